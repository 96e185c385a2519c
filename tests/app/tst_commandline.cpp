// SPDX-License-Identifier: GPL-3.0-or-later
//
// closelab and closelab-cli follow QCommandLineParser conventions: --help and --version exit 0,
// a usage error exits 2 with one line on stderr. Parsing is tested in-process; exit codes and
// output by running the real binaries.

#include "app/commandline.h"
#include "core/runoptions.h"
#include "core/trace.h"

#include <QProcess>
#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Outcome)

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString app = QStringLiteral(CLOSELAB_EXECUTABLE);
const QString cli = QStringLiteral(CLOSELAB_CLI_EXECUTABLE);
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void wantsScreenshot();
    void runOptions_data();
    void runOptions();
    void runOptionsMatchTheEngine();
    void timeMustLieInTheRun();
    void sameMessageAsTheCli_data();
    void sameMessageAsTheCli();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void noDisplaySaysSo();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Outcome>("outcome");
    QTest::addColumn<QString>("errorPart");

    using O = CommandLine::Outcome;
    QTest::newRow("nothing") << QStringList{} << O::Run << QString();
    QTest::newRow("help") << QStringList{"--help"} << O::ShowHelp << QString();
    QTest::newRow("version") << QStringList{"--version"} << O::ShowVersion << QString();
    QTest::newRow("all options") << QStringList{"--lang", "zh_CN", "--screenshot", "a.png", "--size", "800x600"}
                                 << O::Run << QString();
    QTest::newRow("unknown option") << QStringList{"--bogus"} << O::UsageError << QStringLiteral("bogus");
    QTest::newRow("unknown language") << QStringList{"--lang", "fr"} << O::UsageError << QStringLiteral("'fr'");
    QTest::newRow("missing value") << QStringList{"--lang"} << O::UsageError << QStringLiteral("lang");
    QTest::newRow("size not a size") << QStringList{"--size", "big"} << O::UsageError << QStringLiteral("'big'");
    QTest::newRow("size too small") << QStringList{"--size", "10x10"} << O::UsageError << QStringLiteral("640x400");
    // WIDTHxHEIGHT, each 1 to 5 ASCII digits, nothing round it.
    for (const char *bad : {"800x", "x600", "800x600x1", " 800x600", "800x600 ", "+800x600", "800X600", "800x-600",
                            "123456x600", "800x\u0666\u0660\u0660", "800,600"})
        QTest::newRow(qPrintable(QStringLiteral("size %1").arg(QString::fromUtf8(bad))))
            << QStringList{QStringLiteral("--size"), QString::fromUtf8(bad)} << O::UsageError
            << QStringLiteral("'%1'").arg(QString::fromUtf8(bad));
    QTest::newRow("size too large") << QStringList{"--size", "99999x99999"} << O::UsageError
                                    << QStringLiteral("7680x4320");
    QTest::newRow("empty screenshot") << QStringList{"--screenshot", ""} << O::UsageError
                                      << QStringLiteral("--screenshot");
    QTest::newRow("notation plain") << QStringList{"--notation", "plain"} << O::Run << QString();
    QTest::newRow("notation tcpdump") << QStringList{"--notation", "tcpdump"} << O::Run << QString();
    QTest::newRow("notation unknown") << QStringList{"--notation", "wireshark"} << O::UsageError
                                      << QStringLiteral("--notation 'wireshark'");
    QTest::newRow("dock charts") << QStringList{"--dock", "timeline-charts"} << O::Run << QString();
    QTest::newRow("dock unknown") << QStringList{"--dock", "charts"} << O::UsageError
                                  << QStringLiteral("--dock 'charts': expected one of parameters, scenarios, lesson, state-graph, timeline-charts, narration.");
    QTest::newRow("positional") << QStringList{"file.txt"} << O::UsageError << QStringLiteral("file.txt");
    QTest::newRow("scenario and time") << QStringList{"--scenario", "last_ack_lost", "--time", "30"} << O::Run
                                       << QString();
    QTest::newRow("every run option")
        << QStringList{"--set", "net.ipv4.tcp_fin_timeout=5", "--set-client", "net.ipv4.tcp_orphan_retries=2",
                       "--set-server", "net.ipv4.tcp_retries2=5", "--delay", "0.01", "--jitter", "0.001",
                       "--loss", "0.1", "--loss-c2s", "0.2", "--loss-s2c", "0.3", "--duplicate", "0.05",
                       "--drop", "s2c:fin:first", "--opt", "server_close_delay=1", "--seed", "7", "--until", "90",
                       "--budget", "5000"}
        << O::Run << QString();
    QTest::newRow("unknown scenario") << QStringList{"--scenario", "bogus"} << O::UsageError << QStringLiteral("'bogus'");
    QTest::newRow("time not a number") << QStringList{"--time", "soon"} << O::UsageError << QStringLiteral("--time");
    QTest::newRow("time infinite") << QStringList{"--time", "inf"} << O::UsageError << QStringLiteral("--time");
    QTest::newRow("bad set") << QStringList{"--set", "net.ipv4.tcp_fin_timeout=-3"} << O::UsageError
                             << QStringLiteral("tcp_fin_timeout");
    QTest::newRow("unknown sysctl") << QStringList{"--set-server", "net.ipv4.bogus=1"} << O::UsageError
                                    << QStringLiteral("--set-server");
    QTest::newRow("bad delay") << QStringList{"--delay", "abc"} << O::UsageError << QStringLiteral("--delay");
    QTest::newRow("bad jitter") << QStringList{"--jitter", "-1"} << O::UsageError << QStringLiteral("--jitter");
    QTest::newRow("bad loss") << QStringList{"--loss", "2"} << O::UsageError << QStringLiteral("--loss");
    QTest::newRow("bad loss-c2s") << QStringList{"--loss-c2s", "x"} << O::UsageError << QStringLiteral("--loss-c2s");
    QTest::newRow("bad loss-s2c") << QStringList{"--loss-s2c", "-0.1"} << O::UsageError << QStringLiteral("--loss-s2c");
    QTest::newRow("bad drop") << QStringList{"--drop", "c2s:bogus"} << O::UsageError << QStringLiteral("--drop");
    QTest::newRow("bad opt") << QStringList{"--opt", "nonsense"} << O::UsageError << QStringLiteral("--opt");
    QTest::newRow("unknown opt") << QStringList{"--opt", "who=x"} << O::UsageError << QStringLiteral("--opt who");
    QTest::newRow("bad seed") << QStringList{"--seed", "-1"} << O::UsageError << QStringLiteral("--seed");
    QTest::newRow("bad until") << QStringList{"--until", "0"} << O::UsageError << QStringLiteral("--until");
    QTest::newRow("bad budget") << QStringList{"--budget", "0"} << O::UsageError << QStringLiteral("--budget");
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Outcome, outcome);
    QFETCH(QString, errorPart);

    CommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList{QStringLiteral("closelab")} + arguments), outcome);
    if (outcome == CommandLine::Outcome::UsageError) {
        QVERIFY2(commandLine.errorText().contains(errorPart), qPrintable(commandLine.errorText()));
        QVERIFY(!commandLine.errorText().contains(QLatin1Char('\n')));
    }
    if (arguments.size() == 2 && arguments[0] == QLatin1String("--notation") && outcome == CommandLine::Outcome::Run)
        QCOMPARE(commandLine.tcpdumpNotation(), std::optional<bool>(arguments[1] == QLatin1String("tcpdump")));
    else if (outcome == CommandLine::Outcome::Run)
        QVERIFY(!commandLine.tcpdumpNotation());
    if (outcome == CommandLine::Outcome::Run)
        QCOMPARE(commandLine.dockObjectName(), arguments.contains(QLatin1String("--dock")) ? QStringLiteral("timelineDock") : QString());
    if (arguments.size() == 6) {
        QCOMPARE(commandLine.language(), QStringLiteral("zh_CN"));
        QCOMPARE(commandLine.screenshotPath(), QStringLiteral("a.png"));
        QCOMPARE(commandLine.windowSize(), QSize(800, 600));
    }
}

void TestCommandLine::wantsScreenshot()
{
    const char *with[] = {"closelab", "--lang", "en", "--screenshot", "x.png"};
    const char *withEquals[] = {"closelab", "--screenshot=x.png"};
    const char *without[] = {"closelab", "--lang", "en"};
    const char *afterSeparator[] = {"closelab", "--", "--screenshot"};
    QVERIFY(CommandLine::wantsScreenshot(5, with));
    QVERIFY(CommandLine::wantsScreenshot(2, withEquals));
    QVERIFY(!CommandLine::wantsScreenshot(3, without));
    QVERIFY(!CommandLine::wantsScreenshot(3, afterSeparator));
}

void TestCommandLine::runOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hasRun");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<qint64>("time"); // -1: not given
    QTest::newRow("nothing: the window's default run") << QStringList{} << false << QStringLiteral("normal_close")
                                                       << qint64(-1);
    QTest::newRow("window options only") << QStringList{"--lang", "en", "--size", "800x600"} << false
                                         << QStringLiteral("normal_close") << qint64(-1);
    QTest::newRow("scenario") << QStringList{"--scenario", "fin_unacked"} << true << QStringLiteral("fin_unacked")
                              << qint64(-1);
    QTest::newRow("time alone: the default scenario") << QStringList{"--time", "0.00025"} << true
                                                      << QStringLiteral("normal_close") << qint64(250'000);
    QTest::newRow("negative time: the set-up") << QStringList{"--time", "-0.3"} << true
                                               << QStringLiteral("normal_close") << qint64(-300'000'000);
    QTest::newRow("run option alone") << QStringList{"--loss", "0.1"} << true << QStringLiteral("normal_close")
                                      << qint64(-1);
    QTest::newRow("with a screenshot") << QStringList{"--screenshot", "a.png", "--scenario", "last_ack_lost", "--time",
                                                      "30"}
                                       << true << QStringLiteral("last_ack_lost") << qint64(30'000'000'000);
}

void TestCommandLine::runOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, hasRun);
    QFETCH(QString, scenario);
    QFETCH(qint64, time);
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList{QStringLiteral("closelab")} + arguments), CommandLine::Outcome::Run);
    QCOMPARE(commandLine.hasRun(), hasRun);
    QCOMPARE(QString::fromStdString(commandLine.runConfig().scenario), scenario);
    QCOMPARE(commandLine.time().value_or(-1), time);
}

void TestCommandLine::runOptionsMatchTheEngine()
{
    // The same options through the engine's parser, in closelab-cli's order, give the same config.
    // Listed out of closelab-cli's order: only the order of one option's values matters.
    const QList<QPair<QString, QString>> options{{"until", "90"},
                                                 {"drop", "s2c:fin:first"},
                                                 {"seed", "42"},
                                                 {"set-server", "net.ipv4.tcp_retries2=5"},
                                                 {"drop", "c2s:ack:n=2"},
                                                 {"loss-s2c", "0.25"},
                                                 {"set", "net.ipv4.tcp_fin_timeout=5"},
                                                 {"opt", "server_close_delay=1"},
                                                 {"delay", "0.01"}};
    QStringList arguments{QStringLiteral("closelab")};
    for (const auto &[option, value] : options)
        arguments << QStringLiteral("--") + option << value;
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(arguments), CommandLine::Outcome::Run);

    closelab::RunConfig expected;
    for (const QString &name : CommandLine::runOptionNames()) {
        for (const auto &[option, value] : options) {
            if (option == name)
                QVERIFY(!closelab::applyRunOption(expected, name.toStdString(), value.toStdString()));
        }
    }
    QVERIFY(commandLine.runConfig() == expected);
    QCOMPARE(commandLine.runConfig().network.drops.size(), std::size_t(2));
    QVERIFY(commandLine.runConfig().serverSysctls.has_value());
}

void TestCommandLine::timeMustLieInTheRun()
{
    closelab::Trace trace;
    trace.start = -1'000'000'000;
    trace.end = 62'000'000'000;
    const auto check = [&trace](const char *value) {
        CommandLine commandLine;
        const CommandLine::Outcome outcome =
            commandLine.parse({QStringLiteral("closelab"), QStringLiteral("--time"), QLatin1String(value)});
        return outcome == CommandLine::Outcome::Run ? commandLine.checkTime(trace) : QStringLiteral("parse failed");
    };
    QCOMPARE(check("0"), QString());
    QCOMPARE(check("-1"), QString());
    QCOMPARE(check("62"), QString());
    const QString late = check("500");
    QVERIFY2(late.startsWith(QStringLiteral("--time 500")) && late.contains(QStringLiteral("62.000000 s")),
             qPrintable(late));
    QVERIFY(!check("-2").isEmpty());
    CommandLine without;
    QCOMPARE(without.parse({QStringLiteral("closelab")}), CommandLine::Outcome::Run);
    QCOMPARE(without.checkTime(trace), QString());
}

void TestCommandLine::sameMessageAsTheCli_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("delay") << QStringList{"--delay", "abc"};
    QTest::newRow("drop") << QStringList{"--drop", "c2s:bogus"};
    QTest::newRow("opt") << QStringList{"--opt", "who=x"};
    QTest::newRow("set") << QStringList{"--set", "net.ipv4.tcp_fin_timeout=x"};
    QTest::newRow("until") << QStringList{"--until", "-5"};
}

void TestCommandLine::sameMessageAsTheCli()
{
    QFETCH(QStringList, options);
    const Run gui = runProgram(app, QStringList{"--screenshot", "never-written.png"} + options);
    const Run cli = runProgram(::cli, QStringList{"run", "normal_close"} + options);
    QCOMPARE(gui.exitCode, 2);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY2(gui.err.startsWith(QStringLiteral("closelab: ")), qPrintable(gui.err));
    QCOMPARE(gui.err.mid(gui.err.indexOf(QLatin1Char(' '))), cli.err.mid(cli.err.indexOf(QLatin1Char(' '))));
    QCOMPARE(gui.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("closelab --version") << app << QStringList{"--version"}
                                        << QStringLiteral("closelab " CLOSELAB_VERSION "\n");
    QTest::newRow("closelab --help") << app << QStringList{"--help"} << QStringLiteral("--screenshot <file>");
    QTest::newRow("closelab --help: run options") << app << QStringList{"--help"} << QStringLiteral("--set-server <KEY=VALUE>");
    QTest::newRow("closelab --help: time") << app << QStringList{"--help"} << QStringLiteral("--time <seconds>");
    QTest::newRow("closelab -h") << app << QStringList{"-h"} << QStringLiteral("Usage:");
    QTest::newRow("closelab --lang zh_CN --help") << app << QStringList{"--lang", "zh_CN", "--help"}
                                                  << QStringLiteral("在屏幕外渲染主窗口");
    QTest::newRow("closelab-cli --help") << cli << QStringList{"--help"} << QStringLiteral("Usage:");
    QTest::newRow("closelab-cli --version") << cli << QStringList{"--version"}
                                            << QStringLiteral("closelab-cli " CLOSELAB_VERSION);
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = runProgram(program, arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("closelab unknown option") << app << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
    QTest::newRow("closelab bad language") << app << QStringList{"--lang", "xx"} << QStringLiteral("'xx'");
    QTest::newRow("closelab bad size") << app << QStringList{"--screenshot", "a.png", "--size", "12"}
                                       << QStringLiteral("'12'");
    QTest::newRow("closelab bad run option") << app << QStringList{"--screenshot", "a.png", "--loss", "2"}
                                             << QStringLiteral("--loss");
    QTest::newRow("closelab time outside the run") << app << QStringList{"--screenshot", "a.png", "--time", "9999"}
                                                   << QStringLiteral("--time 9999");
    QTest::newRow("closelab bad notation") << app << QStringList{"--screenshot", "a.png", "--notation", "hex"}
                                           << QStringLiteral("--notation 'hex'");
    QTest::newRow("closelab bad dock") << app << QStringList{"--screenshot", "a.png", "--dock", "graph"}
                                       << QStringLiteral("--dock 'graph'");
    QTest::newRow("closelab-cli unknown option") << cli << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
}

void TestCommandLine::usageErrorsExitTwo()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run run = runProgram(program, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, no Qt noise
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::noDisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = runProgram(app, {QStringLiteral("--lang"), QStringLiteral("en")}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("closelab: No display")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("xvfb-run")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("qt.qpa")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
