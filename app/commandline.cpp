// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/capturelauncher.h"

#include "app/fileopener.h"
#include "app/languageswitcher.h"
#include "core/population.h"
#include "core/runoptions.h"
#include "core/trace.h"
#include "views/timeformat.h"
#include "views/zoom.h"


#include <cmath>
#include <cstring>

namespace {
const QString langName = QStringLiteral("lang");
const QString screenshotName = QStringLiteral("screenshot");
const QString sizeName = QStringLiteral("size");
const QString zoomName = QStringLiteral("zoom");
const QString notationName = QStringLiteral("notation");
const QString dockName = QStringLiteral("dock");
const QString scenarioName = QStringLiteral("scenario");
const QString timeName = QStringLiteral("time");
const QString compareName = QStringLiteral("compare");
const QString sweepName = QStringLiteral("sweep");
const QString sweepHostName = QStringLiteral("sweep-host");
const QString sweepOutcomeName = QStringLiteral("sweep-outcome");
// --export-animation and its settings (app/animationexporter.h).
const QString animationName = QStringLiteral("export-animation");
const QString fromName = QStringLiteral("from");
const QString toName = QStringLiteral("to");
const QString fpsName = QStringLiteral("fps");
const QString serverSnapshotName = QStringLiteral("server-snapshot");
const QString thisMachineName = QStringLiteral("this-machine");

// "WIDTHxHEIGHT", each 1 to 5 digits; an invalid QSize otherwise.
QSize parseSize(const QString &value)
{
    const qsizetype x = value.indexOf(QLatin1Char('x'));
    const auto number = [](QStringView digits) {
        if (digits.isEmpty() || digits.size() > 5)
            return -1;
        for (const QChar c : digits)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
        return digits.toInt();
    };
    if (x < 0)
        return {};
    const int width = number(QStringView(value).left(x));
    const int height = number(QStringView(value).mid(x + 1));
    return width < 0 || height < 0 ? QSize() : QSize(width, height);
}

// The options of `closelab-cli run`, in the order it applies them; the parsing is the engine's
// (applyRunOption), so both programs accept and reject exactly the same values.
struct RunOptionText
{
    const char *name;
    const char *valueName; // protocol-like placeholders, not translated
    const char *description;
};
constexpr RunOptionText runOptionTexts[] = {
    {"set", "KEY=VALUE", QT_TRANSLATE_NOOP("CommandLine", "Set a parameter on both hosts, e.g. net.ipv4.tcp_fin_timeout=5 (repeatable).")},
    {"set-client", "KEY=VALUE", QT_TRANSLATE_NOOP("CommandLine", "Set a parameter on the client only (repeatable).")},
    {"set-server", "KEY=VALUE", QT_TRANSLATE_NOOP("CommandLine", "Set a parameter on the server only (repeatable).")},
    {"delay", "S", QT_TRANSLATE_NOOP("CommandLine", "One-way network delay in seconds (default 0.0005).")},
    {"jitter", "S", QT_TRANSLATE_NOOP("CommandLine", "Extra random delay of up to S seconds.")},
    {"loss", "P", QT_TRANSLATE_NOOP("CommandLine", "Loss probability in both directions.")},
    {"loss-c2s", "P", QT_TRANSLATE_NOOP("CommandLine", "Loss probability from client to server.")},
    {"loss-s2c", "P", QT_TRANSLATE_NOOP("CommandLine", "Loss probability from server to client.")},
    {"duplicate", "P", QT_TRANSLATE_NOOP("CommandLine", "Duplication probability.")},
    {"drop", "RULE", QT_TRANSLATE_NOOP("CommandLine", "Drop rule DIR:MATCH[:WHEN] as in closelab-cli, e.g. s2c:fin:first (repeatable).")},
    {"opt", "K=V", QT_TRANSLATE_NOOP("CommandLine", "Scenario option (repeatable).")},
    {"seed", "N", QT_TRANSLATE_NOOP("CommandLine", "Random seed (default 1).")},
    {"until", "S", QT_TRANSLATE_NOOP("CommandLine", "Stop the run at this simulated time in seconds.")},
    {"budget", "N", QT_TRANSLATE_NOOP("CommandLine", "Event budget of the run (default 1000000).")},
};

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}
} // namespace

bool CommandLine::wantsScreenshot(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
        if (std::strcmp(argv[i], "--export-animation") == 0 || std::strncmp(argv[i], "--export-animation=", 19) == 0)
            return true;
    }
    return false;
}

QStringList CommandLine::runOptionNames()
{
    QStringList names;
    for (const RunOptionText &o : runOptionTexts)
        names << QLatin1String(o.name);
    return names;
}

const QList<QPair<QString, QString>> &CommandLine::dockNames()
{
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("parameters"), QStringLiteral("parametersDock")},
        {QStringLiteral("scenarios"), QStringLiteral("scenariosDock")},
        {QStringLiteral("lesson"), QStringLiteral("lessonDock")},
        {QStringLiteral("state-graph"), QStringLiteral("stateGraphDock")},
        {QStringLiteral("timeline-charts"), QStringLiteral("timelineDock")},
        {QStringLiteral("narration"), QStringLiteral("narrationDock")},
    };
    return names;
}

QString CommandLine::dockNameList()
{
    QStringList names;
    for (const auto &name : dockNames())
        names << name.first;
    return names.join(QStringLiteral(", "));
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    // Every option that takes a value is named, so that a value is never taken for an option.
    QCommandLineParser parser;
    for (const QString &name : QStringList{langName, screenshotName, sizeName, zoomName, notationName, dockName, scenarioName, timeName, compareName, sweepName, sweepHostName, sweepOutcomeName, animationName, fromName, toName, fpsName, QStringLiteral("quiz-answer"), serverSnapshotName} + runOptionNames())
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    parser.parse(arguments);
    return parser.value(langName);
}

CommandLine::CommandLine()
    : m_langOption(langName,
                   tr("User interface language: %1.").arg(LanguageSwitcher::availableLanguages().join(QStringLiteral(", "))),
                   //: Value name of --lang in --help
                   tr("language"))
    , m_screenshotOption(screenshotName,
                         tr("Render the main window offscreen, save it as a PNG image and exit."),
                         //: Value name of --screenshot in --help
                         tr("file"))
    , m_sizeOption(sizeName,
                   tr("Window size in pixels, e.g. %1 (the default for --screenshot).").arg(sizeText(defaultScreenshotSize)),
                   //: Value name of --size in --help
                   tr("WIDTHxHEIGHT"))
    , m_zoomOption(zoomName,
                   tr("Zoom of text and drawings in percent, from %1 to %2 (default 100; View > Zoom remembers the last one).")
                       .arg(qRound(closelab::zoom::kMin * 100))
                       .arg(qRound(closelab::zoom::kMax * 100)),
                   //: Value name of --zoom in --help
                   tr("percent"))
    , m_notationOption(notationName,
                       tr("How segments are named: plain (FIN, ACK of the FIN, data 100 B; the default) or tcpdump "
                          "(F. seq 6 ack 7). View > Segment Names remembers the last choice."),
                       //: Value name of --notation in --help
                       tr("plain|tcpdump"))
    , m_dockOption(dockName,
                   tr("Bring this panel in front of its tabs (for --screenshot, or at start): %1.").arg(dockNameList()),
                   //: Value name of --dock in --help
                   tr("panel"))
    , m_scenarioOption(scenarioName,
                       tr("Show this scenario (closelab-cli list shows them; default normal_close)."),
                       //: Value name of --scenario in --help
                       tr("name"))
    , m_timeOption(timeName,
                   tr("Show the run at this simulated time in seconds (0 is the call the scenario is about; "
                      "negative times are the set-up)."),
                   //: Value name of --time in --help
                   tr("seconds"))
    , m_compareOption(compareName,
                      tr("Open the A/B comparison with B changed by this run option, written NAME=VALUE, e.g. "
                         "set=net.ipv4.tcp_orphan_retries=2 or delay=0.02 (repeatable; with --screenshot the picture "
                         "shows the comparison)."),
                      //: Value name of --compare in --help
                      tr("OPTION=VALUE"))
    , m_sweepOption(sweepName,
                    tr("Open the parameter sweep and run it: the parameter's key (or delay, jitter, loss, loss-c2s, "
                       "loss-s2c, duplicate) and a range FROM:TO, FROM:TO:STEP or FROM:TO/COUNT, e.g. "
                       "net.ipv4.tcp_orphan_retries=0:8 (with --screenshot the picture shows the sweep)."),
                    //: Value name of --sweep in --help
                    tr("KEY=RANGE"))
    , m_sweepHostOption(sweepHostName, tr("Host the swept parameter is set on: both (default), client or server."),
                        //: Value name of --sweep-host in --help
                        tr("host"))
    , m_sweepOutcomeOption(sweepOutcomeName,
                           tr("Outcome the sweep plots: %1; prefix server. for the server's side (default gone_time, "
                              "or time_wait_plateau for a population scenario).")
                               .arg(QStringLiteral("gone_time, retransmissions, rsts_sent, final_state, time_wait_plateau, "
                                                   "time_wait_peak, connect_failures, orphans_peak, accept_queue_drops, syn_recv_peak")),
                           //: Value name of --sweep-outcome in --help
                           tr("name"))
    , m_serverSnapshotOption(serverSnapshotName,
                             tr("Open the Server Health window of this ss / netstat / nstat / /proc/net / sysctl output "
                                "(repeatable: several files are one snapshot; with --screenshot the picture shows it)."),
                             //: Value name of --server-snapshot in --help
                             tr("file"))
    , m_thisMachineOption(thisMachineName, tr("Open View > This Machine (with --screenshot: after a few samples)."))
{
    m_parser.setApplicationDescription(tr("CloseLab shows how TCP connections close on Linux."));
    m_parser.addPositionalArgument(QStringLiteral("file"),
                                   tr("A saved experiment (.closelab) or lesson (.closelab-lesson) to open."),
                                   //: Syntax of the optional positional argument in --help
                                   tr("[FILE]"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_langOption);
    m_parser.addOption(m_screenshotOption);
    m_parser.addPositionalArgument(QStringLiteral("capture"), tr("A pcap or pcapng capture to explain (File > Open Capture…)."),
                                   QStringLiteral("[FILE.pcap]"));
    m_parser.addOption(m_sizeOption);
    m_parser.addOption(m_zoomOption);
    m_parser.addOption(m_notationOption);
    m_parser.addOption(m_dockOption);
    m_parser.addOption(m_scenarioOption);
    m_parser.addOption(m_timeOption);
    m_parser.addOption(m_compareOption);
    m_parser.addOption(m_sweepOption);
    m_parser.addOption(QCommandLineOption(QStringLiteral("replay"),
                                          tr("With a capture FILE.pcap: replay the connection shown on the engine and open the "
                                             "capture-vs-engine comparison (File > Replay on the Engine).")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("present"),
                                          tr("Start in presentation mode (with --screenshot: the presentation picture at --size).")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("quiz"),
                                          tr("Start with the quiz on (with --screenshot: the next step's question is asked).")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("quiz-answer"),
                                          tr("With --quiz and --screenshot: answer the question with choice N (1-4) and show the reveal."),
                                          QStringLiteral("N")));
    m_parser.addOption(m_sweepHostOption);
    m_parser.addOption(m_sweepOutcomeOption);
    m_parser.addOption(QCommandLineOption(animationName,
                                          tr("Write the run (--scenario and run options, or FILE) as an animation and exit: "
                                             "an animated WebP (.webp) or numbered PNG images (.png); with --from, --to, "
                                             "--fps, --zoom and --size (default 1280x720)."),
                                          //: Value name of --export-animation in --help
                                          tr("file")));
    m_parser.addOption(QCommandLineOption(fromName, tr("--export-animation: start at this simulated time in seconds (default: the run's start)."),
                                          //: Value name of --from in --help
                                          tr("seconds")));
    m_parser.addOption(QCommandLineOption(toName, tr("--export-animation: end at this simulated time in seconds (default: the run's end)."),
                                          //: Value name of --to in --help
                                          tr("seconds")));
    m_parser.addOption(QCommandLineOption(fpsName, tr("--export-animation: frames per second, 1 to 60 (default 10)."),
                                          //: Value name of --fps in --help
                                          tr("N")));
    m_parser.addOption(m_serverSnapshotOption);
    m_parser.addOption(m_thisMachineOption);
    for (const RunOptionText &o : runOptionTexts) {
        m_runOptions << QCommandLineOption(QLatin1String(o.name), QCoreApplication::translate("CommandLine", o.description),
                                           QLatin1String(o.valueName));
        m_parser.addOption(m_runOptions.constLast());
    }
}

QStringList CommandLine::serverSnapshotFiles() const { return m_parser.values(m_serverSnapshotOption); }
bool CommandLine::thisMachine() const { return m_parser.isSet(m_thisMachineOption); }

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Outcome::ShowHelp;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::ShowVersion;

    QStringList files = m_parser.positionalArguments();
    // A capture to explain (app/capturelauncher.h): its own branch of the dispatch by extension.
    if (!files.isEmpty() && CaptureLauncher::isCaptureFile(files.constFirst()))
        m_captureFile = files.takeFirst();
    if (replay() && m_captureFile.isEmpty()) {
        m_error = tr("--replay needs a capture to replay (closelab FILE.pcap --replay).");
        return Outcome::UsageError;
    }
    if (!files.isEmpty()) {
        if (files.size() > 1) {
            m_error = tr("Unexpected argument '%1': closelab opens one file at a time.").arg(files.at(1));
            return Outcome::UsageError;
        }
        if (const QString error = FileOpener::checkPath(files.constFirst()); !error.isEmpty()) {
            m_error = error;
            return Outcome::UsageError;
        }
        m_file = files.constFirst();
    }

    if (m_parser.isSet(QStringLiteral("quiz-answer")) && quizAnswer() == 0) {
        m_error = tr("--quiz-answer: expected a choice from 1 to 4, got '%1'.").arg(m_parser.value(QStringLiteral("quiz-answer")));
        return Outcome::UsageError;
    }
    if (m_parser.isSet(m_langOption)) {
        m_language = m_parser.value(m_langOption);
        const QStringList available = LanguageSwitcher::availableLanguages();
        if (!available.contains(m_language)) {
            m_error = tr("Unknown language '%1' for --lang (available: %2).")
                          .arg(m_language, available.join(QStringLiteral(", ")));
            return Outcome::UsageError;
        }
    }

    if (m_parser.isSet(m_screenshotOption)) {
        m_screenshot = m_parser.value(m_screenshotOption);
        if (m_screenshot.isEmpty()) {
            m_error = tr("--screenshot needs a file name.");
            return Outcome::UsageError;
        }
    }

    if (m_parser.isSet(m_sizeOption)) {
        const QString value = m_parser.value(m_sizeOption);
        const QSize size = parseSize(value);
        if (!size.isValid() || size.width() < minimumSize.width() || size.height() < minimumSize.height()
            || size.width() > maximumSize.width() || size.height() > maximumSize.height()) {
            m_error = tr("Invalid --size '%1': expected WIDTHxHEIGHT from %2 to %3.")
                          .arg(value, sizeText(minimumSize), sizeText(maximumSize));
            return Outcome::UsageError;
        }
        m_size = size;
    }

    if (m_parser.isSet(m_zoomOption)) {
        const QString value = m_parser.value(m_zoomOption);
        bool ok = false;
        const double percent = value.trimmed().remove(QLatin1Char('%')).toDouble(&ok);
        if (!ok || !std::isfinite(percent) || percent < closelab::zoom::kMin * 100 - 1e-9 || percent > closelab::zoom::kMax * 100 + 1e-9) {
            m_error = tr("Invalid --zoom '%1': expected a percentage from %2 to %3.")
                          .arg(value)
                          .arg(qRound(closelab::zoom::kMin * 100))
                          .arg(qRound(closelab::zoom::kMax * 100));
            return Outcome::UsageError;
        }
        m_zoom = percent / 100;
    }
    if (m_parser.isSet(m_notationOption)) {
        const QString value = m_parser.value(m_notationOption);
        if (value != QLatin1String("plain") && value != QLatin1String("tcpdump")) {
            m_error = tr("Invalid --notation '%1': expected plain or tcpdump.").arg(value);
            return Outcome::UsageError;
        }
        m_tcpdumpNotation = value == QLatin1String("tcpdump");
    }
    if (m_parser.isSet(m_dockOption)) {
        const QString value = m_parser.value(m_dockOption);
        for (const auto &[name, objectName] : dockNames())
            if (value == name)
                m_dockObjectName = objectName;
        if (m_dockObjectName.isEmpty()) {
            m_error = tr("Invalid --dock '%1': expected one of %2.").arg(value, dockNameList());
            return Outcome::UsageError;
        }
    }
    if (const Outcome outcome = parseRun(); outcome != Outcome::Run)
        return outcome;
    return parseAnimation();
}

CommandLine::Outcome CommandLine::parseRun()
{
    if (m_parser.isSet(m_scenarioOption)) {
        m_hasRun = true;
        m_config.scenario = m_parser.value(m_scenarioOption).toStdString();
    }
    if (m_parser.isSet(m_timeOption)) {
        m_hasRun = true;
        bool ok = false;
        const QString value = m_parser.value(m_timeOption);
        const double seconds = value.toDouble(&ok);
        // A month either way is far beyond any run (the engine's horizon is at most 30 days).
        if (!ok || !std::isfinite(seconds) || std::abs(seconds) > 2592000.0) {
            m_error = tr("--time: expected seconds (e.g. 0.00025), got '%1'.").arg(value);
            return Outcome::UsageError;
        }
        m_time = closelab::fromSeconds(seconds);
    }
    // As closelab-cli does: option by option, each one's values in command-line order.
    bool runOptionGiven = false;
    for (const QCommandLineOption &option : std::as_const(m_runOptions)) {
        const QString name = option.names().constFirst();
        for (const QString &value : m_parser.values(option)) {
            m_hasRun = true;
            runOptionGiven = true;
            if (const auto error = closelab::applyRunOption(m_config, name.toStdString(), value.toStdString())) {
                m_error = QString::fromStdString(*error);
                return Outcome::UsageError;
            }
        }
    }
    if (const auto error = closelab::validate(m_config)) {
        m_error = QString::fromStdString(*error);
        return Outcome::UsageError;
    }
    // The file is the experiment: --scenario and the run options would silently replace it.
    if (!m_file.isEmpty() && (m_parser.isSet(m_scenarioOption) || runOptionGiven)) {
        m_error = tr("%1: a file to open cannot be combined with --scenario or run options.").arg(m_file);
        return Outcome::UsageError;
    }
    // B: the run's config with the --compare options on top, checked as the run's own.
    closelab::RunConfig b = m_config;
    for (const QString &value : m_parser.values(m_compareOption)) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString name = value.left(eq);
        if (eq <= 0 || !runOptionNames().contains(name)) {
            m_error = tr("--compare: expected NAME=VALUE with NAME one of %1, got '%2'.")
                          .arg(runOptionNames().join(QStringLiteral(", ")), value);
            return Outcome::UsageError;
        }
        if (const auto error = closelab::applyRunOption(b, name.toStdString(), value.mid(eq + 1).toStdString())) {
            m_error = QString::fromStdString(*error);
            return Outcome::UsageError;
        }
        m_compare.append({name, value.mid(eq + 1)});
    }
    if (const auto error = closelab::validate(b)) {
        m_error = QString::fromStdString(*error);
        return Outcome::UsageError;
    }
    if (!m_compare.isEmpty() && closelab::isPopulationScenario(m_config.scenario)) {
        m_error = tr("--compare covers single-connection scenarios; %1 is a population scenario.")
                      .arg(QString::fromStdString(m_config.scenario));
        return Outcome::UsageError;
    }
    return parseSweep();
}

CommandLine::Outcome CommandLine::parseSweep()
{
    if (!m_parser.isSet(m_sweepOption)) {
        if (m_parser.isSet(m_sweepHostOption) || m_parser.isSet(m_sweepOutcomeOption)) {
            m_error = tr("--sweep-host and --sweep-outcome need --sweep.");
            return Outcome::UsageError;
        }
        return Outcome::Run;
    }
    const QString value = m_parser.value(m_sweepOption);
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    const auto parameter = eq > 0 ? closelab::sweepParameterFromKey(value.left(eq).toStdString()) : std::nullopt;
    if (!parameter) {
        m_error = tr("--sweep: expected KEY=RANGE with KEY a parameter (closelab-cli params lists them) or one of "
                     "delay, jitter, loss, loss-c2s, loss-s2c, duplicate; got '%1'.").arg(value);
        return Outcome::UsageError;
    }
    closelab::SweepSpec spec;
    spec.config = m_config;
    spec.parameter = *parameter;
    if (const auto error = closelab::parseSweepRange(value.mid(eq + 1).toStdString(), spec)) {
        m_error = QStringLiteral("--sweep: ") + QString::fromStdString(*error);
        return Outcome::UsageError;
    }
    if (m_parser.isSet(m_sweepHostOption)) {
        const QString host = m_parser.value(m_sweepHostOption);
        const QStringList hosts{QStringLiteral("both"), QStringLiteral("client"), QStringLiteral("server")};
        if (!hosts.contains(host)) {
            m_error = tr("--sweep-host: expected both, client or server, got '%1'.").arg(host);
            return Outcome::UsageError;
        }
        spec.host = static_cast<closelab::SweepHost>(hosts.indexOf(host));
    }
    if (const auto error = closelab::validateSweep(spec)) {
        m_error = QStringLiteral("--sweep: ") + QString::fromStdString(*error);
        return Outcome::UsageError;
    }
    const bool population = closelab::isPopulationScenario(m_config.scenario);
    m_sweepOutcome = {};
    m_sweepOutcome.metric = population ? closelab::SweepMetric::TimeWaitPlateau : closelab::SweepMetric::GoneTime;
    if (m_parser.isSet(m_sweepOutcomeOption)) {
        QString name = m_parser.value(m_sweepOutcomeOption);
        if (name.startsWith(QLatin1String("server."))) {
            m_sweepOutcome.side = closelab::Side::Server;
            name = name.mid(7);
        } else if (name.startsWith(QLatin1String("client."))) {
            name = name.mid(7);
        }
        const auto metric = closelab::sweepMetricFromName(name.toStdString());
        if (!metric || closelab::isPopulationMetric(*metric) != population) {
            m_error = tr("--sweep-outcome: '%1' is not an outcome of a %2 scenario.")
                          .arg(m_parser.value(m_sweepOutcomeOption),
                               population ? tr("population") : tr("single-connection"));
            return Outcome::UsageError;
        }
        m_sweepOutcome.metric = *metric;
    }
    m_sweep = spec;
    return Outcome::Run;
}

bool CommandLine::replay() const
{
    return m_parser.isSet(QStringLiteral("replay"));
}

bool CommandLine::present() const
{
    return m_parser.isSet(QStringLiteral("present"));
}

bool CommandLine::quiz() const
{
    return m_parser.isSet(QStringLiteral("quiz"));
}

int CommandLine::quizAnswer() const
{
    const int n = m_parser.value(QStringLiteral("quiz-answer")).toInt();
    return n >= 1 && n <= 4 ? n : 0;
}

QString CommandLine::checkTime(const closelab::Trace &trace) const
{
    if (!m_time || (*m_time >= trace.start && *m_time <= trace.end))
        return {};
    return tr("--time %1 lies outside the run, which goes from %2 to %3.")
        .arg(m_parser.value(m_timeOption), closelab::formatClock(trace.start), closelab::formatClock(trace.end));
}

CommandLine::Outcome CommandLine::parseAnimation()
{
    const QStringList settings{fromName, toName, fpsName};
    if (!m_parser.isSet(animationName)) {
        for (const QString &name : settings) {
            if (m_parser.isSet(name)) {
                m_error = tr("--%1 needs --export-animation.").arg(name);
                return Outcome::UsageError;
            }
        }
        return Outcome::Run;
    }
    AnimationSettings a;
    a.path = m_parser.value(animationName);
    if (!AnimationWriter::formatForPath(a.path, a.format)) {
        m_error = tr("--export-animation: '%1' must end in .webp (animated WebP) or .png (numbered PNG images).").arg(a.path);
        return Outcome::UsageError;
    }
    if (!m_screenshot.isEmpty() || !m_compare.isEmpty() || m_sweep) {
        m_error = tr("--export-animation cannot be combined with --screenshot, --compare or --sweep.");
        return Outcome::UsageError;
    }
    if (closelab::isPopulationScenario(m_config.scenario) && m_file.isEmpty()) {
        m_error = tr("--export-animation covers single-connection scenarios; %1 is a population scenario.")
                      .arg(QString::fromStdString(m_config.scenario));
        return Outcome::UsageError;
    }
    // Numbers here; the range against the run and the limits in AnimationExporter::check().
    const auto number = [this](const QString &name, double &out) {
        bool ok = false;
        out = m_parser.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(out)) {
            m_error = tr("--%1: expected a number, got '%2'.").arg(name, m_parser.value(name));
            return false;
        }
        return true;
    };
    double value = 0;
    for (const QString &name : {fromName, toName}) {
        if (!m_parser.isSet(name))
            continue;
        if (!number(name, value))
            return Outcome::UsageError;
        if (std::abs(value) > 2592000.0) {
            m_error = tr("--%1: expected seconds (e.g. 0.00025), got '%2'.").arg(name, m_parser.value(name));
            return Outcome::UsageError;
        }
        (name == fromName ? a.from : a.to) = closelab::fromSeconds(value);
    }
    if (m_parser.isSet(fpsName)) {
        if (!number(fpsName, a.fps))
            return Outcome::UsageError;
    }
    // --zoom (validated above) is the diagram's zoom in the animation too.
    a.zoom = m_zoom.value_or(1.0);
    if (m_size.isValid())
        a.size = m_size;
    m_animation = a;
    return Outcome::Run;
}
