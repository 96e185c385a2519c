// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/animationexporter.h"
#include "core/scenario.h"
#include "core/sweep.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

#include <optional>

namespace closelab {
class Trace;
}

/// closelab's command line, QCommandLineParser conventions: --help and --version print and
/// exit 0; a usage error exits 2 with one line on stderr.
///
/// Besides the window options it takes the run options of `closelab-cli run` (--set, --opt,
/// --delay, --loss, --drop, --seed, --until, …), parsed by the engine's own applyRunOption() and
/// validate(), plus --scenario and --time: the window (or the --screenshot) then shows that run at
/// that time.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, UsageError };

    static constexpr QSize defaultScreenshotSize{1600, 1000};
    static constexpr QSize minimumSize{640, 400};
    static constexpr QSize maximumSize{7680, 4320};

    /// True if the arguments ask for --screenshot or --export-animation (both render offscreen). Read
    /// before QApplication exists, to choose the offscreen platform.
    static bool wantsScreenshot(int argc, const char *const *argv);
    /// The --lang value, if any, without validating anything else (to install the translator
    /// before the real parse, so --help comes out in that language).
    static QString languageArgument(const QStringList &arguments);
    /// The `closelab-cli run` options closelab accepts too, in the order they are applied.
    static QStringList runOptionNames();

    /// Builds the options; their descriptions are translated now.
    CommandLine();

    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

    QString language() const { return m_language; }     ///< empty: not given
    QString screenshotPath() const { return m_screenshot; } ///< empty: normal run
    /// The FILE argument (a .closelab experiment or .closelab-lesson lesson, FileOpener::checkPath()
    /// passed); empty: none.
    QString file() const { return m_file; }
    QSize windowSize() const { return m_size; }          ///< invalid: not given
    /// --zoom PERCENT as a factor (1.5 for 150), validated (75–300 %).
    std::optional<double> zoom() const { return m_zoom; }
    /// --notation plain|tcpdump: true for tcpdump notation (View > Segment Names); unset: not given.
    std::optional<bool> tcpdumpNotation() const { return m_tcpdumpNotation; }
    /// --dock NAME: the panel to bring in front of its tab group, as the object name of its dock
    /// (parametersDock...); empty when not given.
    QString dockObjectName() const { return m_dockObjectName; }
    /// The names --dock takes, with the object names of their docks in MainWindow.
    static const QList<QPair<QString, QString>> &dockNames();
    /// Those names, comma-separated, for --help and the message of a wrong one.
    static QString dockNameList();
    /// `closelab FILE.pcap` (or .pcapng, .cap): a capture to open and explain; empty when not given.
    QString captureFile() const { return m_captureFile; }
    /// --replay (with a capture): replay the connection shown on the engine (File > Replay on the Engine);
    /// with --screenshot the picture shows the capture-vs-engine comparison.
    bool replay() const;

    /// True when --scenario, --time or any run option was given: show runConfig() instead of the
    /// window's default run.
    bool hasRun() const { return m_hasRun; }
    /// The run asked for (the default scenario with the options applied); validated.
    const closelab::RunConfig &runConfig() const { return m_config; }
    /// The --compare values, each a run option for B as NAME=VALUE ("set=net.ipv4.tcp_orphan_retries=2"),
    /// split into (name, value); validated. Non-empty: open the A/B window (the screenshot shows it).
    const QList<QPair<QString, QString>> &compareOptions() const { return m_compare; }
    /// --sweep KEY=FROM:TO[:STEP|/COUNT] on the run's config, validated: open the sweep window and run it
    /// (the screenshot shows it). --sweep-host and --sweep-outcome choose the host and the plotted outcome.
    const std::optional<closelab::SweepSpec> &sweep() const { return m_sweep; }
    const closelab::SweepOutcome &sweepOutcome() const { return m_sweepOutcome; }
    /// --present: start in presentation mode.
    bool present() const;
    /// --export-animation FILE with --from, --to, --fps, --zoom and --size: write the run as an
    /// animated WebP (.webp) or a PNG sequence (.png) and exit. Checked against the run by
    /// AnimationExporter::check() once the run exists.
    const std::optional<AnimationSettings> &animation() const { return m_animation; }
    /// --quiz: start with the quiz on; --quiz-answer N (1-4, 0 when not given or out of range).
    bool quiz() const;
    int quizAnswer() const;
    /// --server-snapshot files (the Server Health window) and --this-machine (app/servermenus.h).
    QStringList serverSnapshotFiles() const;
    bool thisMachine() const;
    /// The --time value in nanoseconds, if given.
    std::optional<qint64> time() const { return m_time; }
    /// "" when time() lies within the trace's run (or was not given), else a one-line message
    /// naming --time and the run's extent.
    QString checkTime(const closelab::Trace &trace) const;

private:
    Outcome parseRun();
    Outcome parseSweep();
    Outcome parseAnimation();

    QCommandLineParser m_parser;
    QCommandLineOption m_langOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_sizeOption;
    QCommandLineOption m_zoomOption;
    QCommandLineOption m_notationOption;
    QCommandLineOption m_dockOption;
    QCommandLineOption m_scenarioOption;
    QCommandLineOption m_timeOption;
    QCommandLineOption m_compareOption;
    QCommandLineOption m_sweepOption;
    QCommandLineOption m_sweepHostOption;
    QCommandLineOption m_sweepOutcomeOption;
    QCommandLineOption m_serverSnapshotOption;
    QCommandLineOption m_thisMachineOption;
    QList<QCommandLineOption> m_runOptions;
    QString m_error;
    QString m_language;
    QString m_screenshot;
    QString m_file;
    QString m_captureFile;
    QSize m_size;
    std::optional<double> m_zoom;
    std::optional<bool> m_tcpdumpNotation;
    QString m_dockObjectName;
    bool m_hasRun = false;
    closelab::RunConfig m_config;
    std::optional<qint64> m_time;
    QList<QPair<QString, QString>> m_compare;
    std::optional<closelab::SweepSpec> m_sweep;
    closelab::SweepOutcome m_sweepOutcome;
    std::optional<AnimationSettings> m_animation;
};
