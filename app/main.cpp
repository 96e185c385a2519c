// SPDX-License-Identifier: GPL-3.0-or-later
//
// closelab: the desktop application. Also renders itself offscreen (--screenshot) for tests,
// documentation and machines without a display.

#include "app/animationexporter.h"
#include "app/applicationicon.h"
#include "app/appstyle.h"
#include "app/commandline.h"
#include "app/capturelauncher.h"
#include "app/docklayout.h"
#include "app/replaylauncher.h"
#include "app/comparelauncher.h"
#include "app/comparewindow.h"
#include "app/experimentcontroller.h"
#include "app/fileopener.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/presentationwindow.h"
#include "app/quizmode.h"
#include "app/screenshot.h"
#include "app/segmentnamesmenu.h"
#include "app/servermenus.h"
#include "app/soak.h"
#include "app/sweeplauncher.h"
#include "app/sweeprunner.h"
#include "app/sweepwindow.h"
#include "app/zoomcontroller.h"
#include "views/sweeppanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace {
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QtMessageHandler defaultMessageHandler = nullptr;

// The offscreen platform reports, on every run, things it cannot do that a picture does not
// need; keep stderr for real problems.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
        || message.contains(QLatin1String("does not support raise()"))) {
        return;
    }
    defaultMessageHandler(type, context, message);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "closelab: %s\n", qPrintable(message));
}
int exportAnimation(MainWindow &window, const AnimationSettings &settings)
{
    window.controller()->waitForIdle();
    if (!window.trace())
        return 1;
    if (const QString error = AnimationExporter::check(settings, *window.trace()); !error.isEmpty()) {
        printError(error);
        return 2;
    }
    AnimationExporter exporter(window.trace(), settings);
    if (const QString error = exporter.exportAll(); !error.isEmpty()) {
        printError(QCoreApplication::translate("main", "Cannot write %1: %2").arg(settings.path, error));
        return 1;
    }
    return 0;
}
/// The end of a --screenshot run, once the picture is written. The process ends here without
/// destroying the window: its widgets (about 700 with the Parameters panel in front) would be
/// deleted one by one for nobody (7 M instructions at 1920x1080, 2.5 % of the run; compilers skip
/// the same work at exit: clang's -disable-free). Nothing is left to save: a picture reads no
/// settings and writes none (no close event, no autosave), and the file is committed.
/// Sanitizer builds tear down as usual, so LeakSanitizer still sees every widget freed.
int finishPicture()
{
#if defined(__SANITIZE_ADDRESS__)
    return 0;
#else
    std::fflush(nullptr);
    std::_Exit(0);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    // Choose the platform before QApplication exists: --screenshot always renders offscreen,
    // and without any display the app still answers --help and --version (and says why it
    // cannot open a window) instead of aborting in the xcb plugin.
    const bool platformChosen = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    const bool screenshotMode = CommandLine::wantsScreenshot(argc, argv);
    const bool noDisplay = !platformChosen && !hasDisplay();
    if (screenshotMode || noDisplay) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultMessageHandler = qInstallMessageHandler(dropOffscreenNoise);
    }

    QApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QApplication::setApplicationName(QStringLiteral("closelab"));
    QApplication::setApplicationVersion(QStringLiteral(CLOSELAB_VERSION));
    QApplication app(argc, argv);
    // Before the first widget: the chrome's icons drawn, not read (app/appstyle.h).
    QApplication::setStyle(new AppStyle);
    QApplication::setWindowIcon(applicationIcon());

    // A screenshot does not depend on what the last session saved.
    LanguageSwitcher languages;
    const QString requested = CommandLine::languageArgument(QApplication::arguments());
    if (!languages.setLanguage(requested))
        languages.setLanguage(screenshotMode ? QStringLiteral("en") : LanguageSwitcher::savedLanguage());

    CommandLine commandLine;
    switch (commandLine.parse(QApplication::arguments())) {
    case CommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    case CommandLine::Outcome::ShowVersion:
        QTextStream(stdout) << QApplication::applicationName() << ' ' << QApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Outcome::UsageError:
        printError(commandLine.errorText());
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    // The size the window is shown at, when known now: its docks are arranged once, for it.
    const QSize shownSize = screenshotMode && !commandLine.windowSize().isValid() ? CommandLine::defaultScreenshotSize
                                                                                   : commandLine.windowSize();
    // The zoom it is shown at, too: the window is laid out once, at it (a picture's --zoom; else
    // --zoom or the one View > Zoom saved, which restoreSettings() below reads again).
    const double shownZoom = commandLine.zoom() ? *commandLine.zoom() : screenshotMode ? 1.0 : ZoomController::savedFactor();
    MainWindow window(&languages, nullptr, shownSize, shownZoom);
    if (commandLine.tcpdumpNotation())
        window.segmentNames()->setTcpdumpNotation(*commandLine.tcpdumpNotation());
    // closelab FILE: the file is the experiment (or lesson). Its contents are checked here, quietly;
    // a refusal is one line and exit 2 without a window, a message box over the window otherwise.
    QString fileError;
    if (!commandLine.file().isEmpty()) {
        fileError = window.fileOpener()->open(commandLine.file(), /*quiet=*/true);
        if (!fileError.isEmpty()) {
            fileError = QCoreApplication::translate("main", "Cannot open %1: %2").arg(commandLine.file(), fileError);
            if (screenshotMode || noDisplay) {
                printError(fileError);
                return 2;
            }
        }
    }
    if (commandLine.hasRun() && commandLine.file().isEmpty()) {
        // The command line has validated the config: the run always exists. A population run
        // finishes in the background; the window (and the picture) shows its result.
        window.showRun(commandLine.runConfig());
    }
    if (commandLine.time()) {
        window.controller()->waitForIdle();
        if (window.trace()) {
            // The playhead's range: the trace, or a population run's whole series.
            closelab::Trace extent;
            extent.start = window.playhead()->start();
            extent.end = window.playhead()->end();
            if (const QString error = commandLine.checkTime(extent); !error.isEmpty()) {
                printError(error);
                return 2;
            }
        }
        window.playhead()->seek(*commandLine.time());
    } else if (commandLine.hasRun()) {
        window.controller()->waitForIdle();
    }
    // `closelab FILE.pcap`: the capture's connections, the first one shown in every view.
    if (!commandLine.captureFile().isEmpty()) {
        if (const QString error = window.captureLauncher()->openNow(commandLine.captureFile()); !error.isEmpty()) {
            printError(error);
            return 2;
        }
        if (commandLine.time())
            window.playhead()->seek(*commandLine.time());
    }
    // --export-animation: the run as an animated WebP or PNG images, then exit (app/animationexporter.h).
    if (const auto &animation = commandLine.animation())
        return exportAnimation(window, *animation);

    // --compare: the A/B window, B being the run with those options on top (validated).
    CompareWindow *compare = nullptr;
    // --replay: the capture's connection against its replay on the engine (app/replaylauncher.h).
    if (commandLine.replay() && (compare = window.captureLauncher()->replayLauncher()->open()) && commandLine.time())
        compare->playhead()->seek(*commandLine.time());
    if (!commandLine.compareOptions().isEmpty()) {
        compare = window.compareLauncher()->open();
        for (const auto &[name, value] : commandLine.compareOptions()) {
            if (const QString error = compare->applyRunOptionB(name, value); !error.isEmpty()) {
                printError(error);
                return 2;
            }
        }
        if (commandLine.time())
            compare->playhead()->seek(*commandLine.time());
    }

    // --sweep: the sweep window, run to the end (validated by the command line).
    SweepWindow *sweep = nullptr;
    if (const auto &spec = commandLine.sweep()) {
        window.controller()->waitForIdle();
        sweep = window.sweepLauncher()->open();
        sweep->panel()->setOutcome(commandLine.sweepOutcome());
        if (const QString error = sweep->runSweep(*spec); !error.isEmpty()) {
            printError(error);
            return 2;
        }
        sweep->runner()->waitForIdle(600000);
    }

    // --server-snapshot FILE… / --this-machine: the Server Health or This Machine window.
    QString serverError;
    QWidget *server = window.serverMenus()->openFromCommandLine(commandLine.serverSnapshotFiles(), commandLine.thisMachine(),
                                                                screenshotMode, &serverError);
    if (!serverError.isEmpty()) {
        printError(serverError);
        return 2;
    }

    // scripts/soak.sh: a population run played at the highest speed for CLOSELAB_SOAK_MINUTES (app/soak.h).
    if (const int minutes = Soak::minutesRequested(); minutes > 0)
        return Soak(&window, minutes).exec();

    if (screenshotMode) {
        const QSize size = commandLine.windowSize().isValid() ? commandLine.windowSize()
                                                              : CommandLine::defaultScreenshotSize;
        if (commandLine.zoom())
            window.zoomController()->setFactor(*commandLine.zoom());
        window.resize(size);
        window.show();
        if (compare)
            compare->resize(size);
        if (sweep)
            sweep->resize(size);
        if (commandLine.present())
            window.presentation()->enter(size, commandLine.zoom());
        if (commandLine.quiz())
            QuizMode::showInScreenshot(window.quiz(), commandLine.quizAnswer());
        if (!commandLine.dockObjectName().isEmpty())
            DockLayout::bringToFront(&window, window.findChild<QDockWidget *>(commandLine.dockObjectName()));
        if (server)
            server->resize(size);
        QApplication::processEvents();
        // A capture's picture shows its panel in front of its tab group.
        if (!commandLine.captureFile().isEmpty() && window.captureLauncher()->dock()) {
            DockLayout::bringToFront(&window, window.captureLauncher()->dock());
            QApplication::processEvents();
        }
        QWidget *shown = server ? server : commandLine.present() ? static_cast<QWidget *>(window.presentation()->window()) : compare ? static_cast<QWidget *>(compare) : sweep ? static_cast<QWidget *>(sweep) : &window;
        const QString error = saveScreenshot(shown, commandLine.screenshotPath());
        if (!error.isEmpty()) {
            printError(QCoreApplication::translate("main", "Cannot write screenshot %1: %2")
                           .arg(commandLine.screenshotPath(), error));
            return 1;
        }
        return finishPicture();
    }

    if (noDisplay) {
        printError(QCoreApplication::translate(
            "main", "No display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). "
                    "Run it in a desktop session, under xvfb-run, or use --screenshot FILE.png."));
        return 1;
    }

    // A copy of the experiment stays on disk until the window closes normally; a copy left by a
    // session that crashed or was killed comes back, unless the command line names a run.
    window.startAutosave(QString(), !commandLine.hasRun() && commandLine.file().isEmpty());
    window.restoreSettings();
    if (commandLine.zoom())
        window.zoomController()->setFactor(*commandLine.zoom());
    if (commandLine.tcpdumpNotation())
        window.segmentNames()->setTcpdumpNotation(*commandLine.tcpdumpNotation());
    if (commandLine.windowSize().isValid())
        window.resize(commandLine.windowSize());
    window.show();
    if (!commandLine.dockObjectName().isEmpty())
        DockLayout::bringToFront(&window, window.findChild<QDockWidget *>(commandLine.dockObjectName()));
    if (!fileError.isEmpty())
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Open File"), fileError);
    if (commandLine.quiz())
        window.quiz()->action()->setChecked(true);
    if (commandLine.present())
        window.presentation()->enter(QSize(), commandLine.zoom());
    return QApplication::exec();
}
