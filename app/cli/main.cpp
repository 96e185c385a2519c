// SPDX-License-Identifier: GPL-3.0-or-later
//
// closelab-cli: list | params | run SCENARIO [options]. Usage errors exit 2 with one line on stderr.

#include "core/population.h"
#include "core/populationjson.h"
#include "core/runoptions.h"
#include "core/scenario.h"
#include "core/sysctltable.h"
#include "core/tracejson.h"
#include "diagnose.h"
#include "explaincommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <string>

namespace {

int usageError(const QString &message)
{
    // One line, whatever the offending input contained: control characters are shown escaped.
    QString line;
    for (const QChar c : message) {
        if (c == QLatin1Char('\n')) line += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r')) line += QStringLiteral("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f) line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else line += c;
    }
    std::fprintf(stderr, "closelab-cli: %s\n", qPrintable(line));
    return 2;
}

int listScenarios()
{
    for (const closelab::ScenarioInfo &s : closelab::scenarioLibrary())
        std::printf("%-24s %s\n", std::string(s.name).c_str(), std::string(s.summary).c_str());
    return 0;
}

int listParams()
{
    std::printf("%-36s %-12s %-10s %-10s %s\n", "key", "default", "min", "max", "unit");
    for (const closelab::SysctlInfo &i : closelab::sysctlTable()) {
        std::string key(i.key);
        if (i.component > 0) key += " (high)";
        else if (!closelab::sysctlRowsForKey(i.key).empty() && closelab::sysctlRowsForKey(i.key).size() > 1) key += " (low)";
        std::printf("%-36s %-12lld %-10lld %-10lld %s\n", key.c_str(), static_cast<long long>(i.defaultValue),
                    static_cast<long long>(i.min), static_cast<long long>(i.max), std::string(i.unit).c_str());
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("closelab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOSELAB_VERSION));
    if (QCoreApplication::arguments().size() > 1 && QCoreApplication::arguments().at(1) == QLatin1String("explain"))
        return explainCommand(QCoreApplication::arguments().mid(2));
    if (QCoreApplication::arguments().size() > 1 && QCoreApplication::arguments().at(1) == QLatin1String("diagnose"))
        return diagnoseCommand(QCoreApplication::arguments().mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates how TCP connections close on Linux, without a display.\n\n"
        "Commands:\n"
        "  list                 one scenario a line: name, one-line summary\n"
        "  params               the sysctl table: key, default, min, max, unit\n"
        "  run SCENARIO         run a scenario and print its trace (population scenarios: also series and totals)\n"
        "  population           run a workload of your own: --rate, --duration, --clients, --closer, --leak, --accept-rate\n"
        "  explain FILE         explain each TCP connection of a pcap/pcapng capture (--json, --connection N, --replay)\n"
        "  verify SCENARIO      play the scenario on this machine's kernel (root, network namespaces) and print\n"
        "                       the fact table comparing it with the engine (--set, --opt, --until)\n"
        "  diagnose FILE...|-   read ss / netstat / nstat / /proc/net / sysctl text as one server snapshot and\n"
        "                       print its diagnosis (--json; closelab-cli diagnose --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("list, params, run, population or verify"));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("scenario name (for run and verify)"), QStringLiteral("[SCENARIO]"));
    const QList<QCommandLineOption> runOptions = {
        {QStringLiteral("set"), QStringLiteral("Set a parameter on both hosts, e.g. net.ipv4.tcp_fin_timeout=5 (repeatable)."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("set-client"), QStringLiteral("Set a parameter on the client host only (repeatable)."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("set-server"), QStringLiteral("Set a parameter on the server host only (repeatable)."), QStringLiteral("KEY=VALUE")},
        {QStringLiteral("delay"), QStringLiteral("One-way delay in seconds (default 0.0005; loopback 0.000004)."), QStringLiteral("S")},
        {QStringLiteral("jitter"), QStringLiteral("Extra random delay up to S seconds."), QStringLiteral("S")},
        {QStringLiteral("loss"), QStringLiteral("Loss probability in both directions."), QStringLiteral("P")},
        {QStringLiteral("loss-c2s"), QStringLiteral("Loss probability client to server."), QStringLiteral("P")},
        {QStringLiteral("loss-s2c"), QStringLiteral("Loss probability server to client."), QStringLiteral("P")},
        {QStringLiteral("duplicate"), QStringLiteral("Duplication probability."), QStringLiteral("P")},
        {QStringLiteral("drop"), QStringLiteral("Drop rule DIR:MATCH[:WHEN], DIR c2s|s2c, MATCH any|syn|synack|ack|fin|rst|data, "
                                                "WHEN all|first|n=K|from=T|until=T (repeatable)."), QStringLiteral("RULE")},
        {QStringLiteral("opt"), QStringLiteral("Scenario option (repeatable)."), QStringLiteral("K=V")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("N")},
        {QStringLiteral("until"), QStringLiteral("Stop at this simulated time in seconds."), QStringLiteral("S")},
        {QStringLiteral("budget"), QStringLiteral("Event budget (default 1000000)."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Print the run as one JSON object.")},
        {QStringLiteral("csv"), QStringLiteral("Population runs: print the time series as CSV.")},
        {QStringLiteral("rate"), QStringLiteral("population: new connections per second."), QStringLiteral("R")},
        {QStringLiteral("duration"), QStringLiteral("population: seconds of arrivals."), QStringLiteral("S")},
        {QStringLiteral("clients"), QStringLiteral("population: client machines."), QStringLiteral("N")},
        {QStringLiteral("closer"), QStringLiteral("population: who closes first: client, server or mix."), QStringLiteral("WHO")},
        {QStringLiteral("leak"), QStringLiteral("population: fraction of server handlers that never close."), QStringLiteral("F")},
        {QStringLiteral("accept-rate"), QStringLiteral("population: accept() calls per second (0: at once)."), QStringLiteral("R")},
    };
    parser.addOptions(runOptions);

    if (!parser.parse(QCoreApplication::arguments())) return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) parser.showVersion();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) return usageError(QStringLiteral("missing command: list, params or run (see --help)"));
    const QString command = args.first();
    if (command == QLatin1String("list") || command == QLatin1String("params")) {
        if (args.size() > 1) return usageError(QStringLiteral("%1 takes no argument, got '%2'").arg(command, args.at(1)));
        return command == QLatin1String("list") ? listScenarios() : listParams();
    }
    if (command == QLatin1String("verify")) {
        if (args.size() != 2) return usageError(QStringLiteral("verify: expected one SCENARIO (closelab-cli list shows them)"));
        if (!closelab::findScenario(args.at(1).toStdString()))
            return usageError(QStringLiteral("unknown scenario '%1' (closelab-cli list shows them)").arg(args.at(1)));
        // The kernel half lives with the conformance suite (tests/kernel): real sockets in a network namespace.
        QStringList py = {QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/kernel/run_matrix.py"), QStringLiteral("verify"),
                          QStringLiteral("--cli"), QCoreApplication::applicationFilePath(), args.at(1)};
        for (const QString &v : parser.values(QStringLiteral("set"))) py << QStringLiteral("--set") << v;
        for (const QString &v : parser.values(QStringLiteral("opt"))) py << QStringLiteral("--opt") << v;
        if (parser.isSet(QStringLiteral("until"))) py << QStringLiteral("--until") << parser.value(QStringLiteral("until"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral("python3"), py);
        if (!p.waitForStarted()) return usageError(QStringLiteral("verify: python3 is needed to play scenarios on the kernel"));
        p.waitForFinished(-1);
        return p.exitCode();
    }
    const bool populationCommand = command == QLatin1String("population");
    if (command != QLatin1String("run") && !populationCommand)
        return usageError(QStringLiteral("unknown command '%1': expected list, params, run or population").arg(command));
    if (!populationCommand && args.size() < 2) return usageError(QStringLiteral("run: missing SCENARIO (closelab-cli list shows them)"));
    if (args.size() > (populationCommand ? 1 : 2))
        return usageError(QStringLiteral("%1: unexpected argument '%2'").arg(command, args.at(populationCommand ? 1 : 2)));

    closelab::RunConfig config;
    config.scenario = populationCommand ? std::string("population") : args.at(1).toStdString();
    // The population command's own flags are its workload options.
    const QList<QPair<QString, QString>> workloadFlags = {{QStringLiteral("rate"), QStringLiteral("rate")},
                                                          {QStringLiteral("duration"), QStringLiteral("duration")},
                                                          {QStringLiteral("clients"), QStringLiteral("clients")},
                                                          {QStringLiteral("closer"), QStringLiteral("closer")},
                                                          {QStringLiteral("leak"), QStringLiteral("leak")},
                                                          {QStringLiteral("accept-rate"), QStringLiteral("accept_rate")}};
    for (const auto &[flag, key] : workloadFlags) {
        if (!parser.isSet(flag)) continue;
        if (!populationCommand) return usageError(QStringLiteral("--%1 belongs to the population command").arg(flag));
        config.options[key.toStdString()] = parser.value(flag).toStdString();
    }
    // Options are applied in command-line order so that repeated ones accumulate.
    for (const QCommandLineOption &o : runOptions) {
        const QString name = o.names().first();
        if (name == QLatin1String("json") || name == QLatin1String("csv")) continue;
        if (std::any_of(workloadFlags.begin(), workloadFlags.end(), [&](const auto &f) { return f.first == name; })) continue;
        for (const QString &v : parser.values(name)) {
            if (auto err = closelab::applyRunOption(config, name.toStdString(), v.toStdString()))
                return usageError(QString::fromStdString(*err));
        }
    }
    if (auto err = closelab::validate(config)) return usageError(QString::fromStdString(*err));
    if (closelab::isPopulationScenario(config.scenario)) {
        closelab::PopulationConfig workload;
        closelab::populationPreset(config.scenario, config, workload);
        if (auto err = closelab::applyPopulationOptions(workload, config.options)) return usageError(QString::fromStdString(*err));
        const closelab::PopulationResult result = closelab::simulatePopulation(config, workload);
        std::string out;
        if (parser.isSet(QStringLiteral("csv"))) out = closelab::seriesToCsv(result.series);
        else if (parser.isSet(QStringLiteral("json"))) out = closelab::populationToJson(config, workload, result);
        else out = closelab::populationToText(config, workload, result);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("csv"))) return usageError(QStringLiteral("--csv: only population runs have time series"));
    const closelab::Trace trace = closelab::simulate(config);
    const std::string out = parser.isSet(QStringLiteral("json")) ? closelab::traceToJson(config, trace)
                                                                  : closelab::traceToText(config, trace);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
