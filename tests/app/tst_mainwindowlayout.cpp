// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence diagram is the hero of the main window: at every size from 1024×600 up, the default
// layout and View → Reset Layout give it the largest area, at least half of the window. And the
// zoom for people: View → Zoom In / Out / Actual Size reach the diagram, stay within 75–300 %, are
// remembered; --zoom is checked like every other option. And the docks follow the zoom: at 200 %
// (300 % at 1920×1080) the state graph and the charts get the room their views need at the zoom; the
// docks' column keeps a quarter of the width when a population run's header leaves the window short.
#include "app/commandline.h"
#include "app/docklayout.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/sequencediagramview.h"
#include "views/stategraphlayout.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QSettings>
#include <QTabBar>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

namespace {

double areaOf(const QWidget *w)
{
    return w->isVisible() ? double(w->width()) * w->height() : 0.0;
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

// How the zoom reaches the window: before it is shown (closelab --zoom, --screenshot), changed
// while it is shown (View → Zoom In), or changed and then View → Reset Layout.
enum class ZoomWay { First, Later, ThenReset };

} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        closelab::usePlotFactory(closelab::builtInPlotFactory()); // the charts are this program's TimelineChartsView
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowlayout"));
    }
    void init() { QSettings().clear(); }

    void diagramIsTheHero_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("reset");
        for (QSize s : {QSize(1024, 600), QSize(1280, 720), QSize(1366, 768), QSize(1600, 900), QSize(1920, 1080)}) {
            QTest::addRow("%dx%d", s.width(), s.height()) << s << false;
            QTest::addRow("%dx%d after Reset Layout", s.width(), s.height()) << s << true;
        }
    }

    void diagramIsTheHero()
    {
        QFETCH(QSize, size);
        QFETCH(bool, reset);
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (reset) {
            // From the other arrangement, then back.
            window.resize(size.width() >= 1500 ? QSize(1100, 700) : QSize(1700, 1000));
            QApplication::processEvents();
            window.resize(size);
            QApplication::processEvents();
            window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
        }
        QApplication::processEvents();
        const double windowArea = double(window.width()) * window.height();
        const double diagram = areaOf(window.sequenceDiagram());
        QVERIFY2(diagram >= 0.5 * windowArea, qPrintable(QStringLiteral("diagram %1x%2 in %3x%4")
                                                             .arg(window.sequenceDiagram()->width()).arg(window.sequenceDiagram()->height())
                                                             .arg(window.width()).arg(window.height())));
        for (QDockWidget *dock : {window.parametersDock(), window.scenariosDock(), window.stateGraphDock(),
                                  window.narrationDock(), window.timelineDock()}) {
            QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName()));
            QVERIFY2(areaOf(dock) < diagram, qPrintable(dock->objectName()));
        }
        // Every dock can be reached: shown, or a tab of a shown group.
        QVERIFY(window.stateGraphDock()->isVisible());
        QVERIFY(window.parametersDock()->isVisible() || !window.tabifiedDockWidgets(window.parametersDock()).isEmpty());
    }

    void docksFollowTheZoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("way");
        QTest::addColumn<QString>("scenario"); // "": the window's first run (normal_close)
        const QSize sizes[] = {QSize(1024, 600), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)};
        for (QSize s : sizes)
            for (double z : {1.0, 2.0})
                QTest::addRow("%dx%d at %d %%", s.width(), s.height(), int(z * 100)) << s << z << int(ZoomWay::First) << QString();
        QTest::addRow("1920x1080 at 300 %%") << QSize(1920, 1080) << 3.0 << int(ZoomWay::First) << QString();
        // A population run shows its toolbar (four lines at 200 %) before the window shows: the
        // column was left 149 px wide.
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            QTest::addRow("%dx%d at 200 %% in syn_flood", s.width(), s.height()) << s << 2.0 << int(ZoomWay::First) << QStringLiteral("syn_flood");
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)}) {
            QTest::addRow("%dx%d zoomed to 200 %% while shown", s.width(), s.height()) << s << 2.0 << int(ZoomWay::Later) << QString();
            QTest::addRow("%dx%d at 200 %% after Reset Layout", s.width(), s.height()) << s << 2.0 << int(ZoomWay::ThenReset) << QString();
        }
        QTest::addRow("1920x1080 zoomed to 300 %% while shown") << QSize(1920, 1080) << 3.0 << int(ZoomWay::Later) << QString();
    }

    void docksFollowTheZoom()
    {
        // The state graph and the charts, each brought in front of its tab group (the user clicks
        // its tab), get the room their views need at the zoom. The state graph is drawn at no less
        // than 85 % of the zoom or, where a column beside half the window cannot hold it at the
        // zoom, of the largest factor that column could give it (the plan keeps 90 % of what its
        // own column could give, and a little less width: its diagram keeps half, the separator and
        // 2 px of rounding; with the menu bar at the zoom). The charts get
        // TimelineChartsView::minimumReadableSize() (or nearly all of that column), each plot area
        // room for two value ticks. The diagram keeps half of the window.
        // Before, at 200 % in 1280×720 the state graph was drawn at 0.88 (384×340 px) and the
        // charts got 384×248 px (plot areas 24–44 px: "100" and "0" on top of each other).
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(int, way);
        QFETCH(QString, scenario);
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        if (!scenario.isEmpty()) {
            QCOMPARE(window.controller()->setScenario(scenario), QString());
            QVERIFY(window.controller()->waitForIdle());
        }
        if (ZoomWay(way) == ZoomWay::First)
            window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        if (ZoomWay(way) != ZoomWay::First) {
            window.zoomController()->setFactor(zoom);
            QApplication::processEvents();
        }
        if (ZoomWay(way) == ZoomWay::ThenReset) {
            window.resize(size.width() >= 1500 ? QSize(1100, 700) : QSize(1700, 1000));
            QApplication::processEvents();
            window.resize(size);
            QApplication::processEvents();
            window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
            QApplication::processEvents();
        }
        const double windowArea = double(window.width()) * window.height();
        const QWidget *diagram = window.sequenceDiagram();
        // A column beside a diagram of half the window, as tall as the diagram: the most any
        // arrangement keeping the diagram's half could give a dock.
        const int columnHeight = diagram->height();
        const double column = window.width() - 0.5 * windowArea / columnHeight;
        auto *graph = qobject_cast<closelab::StateGraphView *>(window.stateGraphDock()->widget());
        auto *charts = qobject_cast<closelab::TimelineChartsPanel *>(window.timelineDock()->widget());
        QVERIFY(graph && charts);
        const QString where = QStringLiteral("%1 at %2 %").arg(sizeText(window.size())).arg(qRound(zoom * 100));
        for (QDockWidget *dock : {window.stateGraphDock(), window.timelineDock()}) {
            DockLayout::bringToFront(&window, dock);
            QApplication::processEvents();
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName() + QStringLiteral(" hidden, ") + where));
            QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName()));
            QVERIFY2(areaOf(diagram) >= 0.5 * windowArea,
                     qPrintable(QStringLiteral("diagram %1 in %2").arg(sizeText(diagram->size()), where)));
            if (dock == window.stateGraphDock()) {
                // Less a dock's title bar and a tab bar (about twice the title bar).
                const int bars = 2 * (dock->height() - graph->height());
                const double wanted = 0.85 * std::min(zoom, closelab::StateGraphLayout::fitScale(QSizeF(column, columnHeight - bars)));
                QVERIFY2(graph->layout().scale() >= wanted,
                         qPrintable(QStringLiteral("state graph %1 drawn at %2 (at least %3) in %4")
                                        .arg(sizeText(graph->size())).arg(graph->layout().scale()).arg(wanted).arg(where)));
            } else {
                const QSize readable = closelab::TimelineChartsPanel::minimumReadableSize(zoom);
                // Less the dock's title bar and its tab group's tab bar (about twice the title bar), both
                // in the zoomed font (app/dockchrome.h).
                const int bars = 2 * (dock->height() - charts->height());
                const QSize wanted(std::min(readable.width(), int(0.9 * column)), std::min(readable.height(), int(0.9 * (columnHeight - bars))));
                QVERIFY2(charts->width() >= wanted.width() && charts->height() >= wanted.height(),
                         qPrintable(QStringLiteral("charts %1 (at least %2) in %3").arg(sizeText(charts->size()), sizeText(wanted), where)));
                if (charts->height() >= readable.height()) {
                    // The timer and occupancy charts keep room for two value ticks (retransmissions:
                    // none in this run, its chart keeps the plot's least height).
                    auto *view = dynamic_cast<closelab::TimelineChartsView *>(charts->charts());
                    QVERIFY(view);
                    view->plot()->replot();
                    const double line = QFontMetricsF(closelab::zoom::font(zoom, 0.85)).height();
                    for (int r : {1, 2}) {
                        const int h = view->plot()->axisRect(r)->rect().height();
                        QVERIFY2(h >= 2 * 2.2 * line, qPrintable(QStringLiteral("chart %1: plot %2 px tall, a line %3 px, in %4").arg(r).arg(h).arg(line).arg(where)));
                    }
                }
            }
        }
    }

    // At 300 % in 1280×720 a population run's header takes four lines across the window: the
    // diagram's half of the window then left the docks a column of 125-142 px, its tab bar no room
    // for a tab beside its scroll buttons. The column keeps a quarter of the width (less the
    // separator), each tab bar its current tab in view.
    void columnKeepsAQuarter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void columnKeepsAQuarter()
    {
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages, nullptr, QSize(1280, 720), 3.0);
        QCOMPARE(window.controller()->setScenario(QStringLiteral("syn_flood")), QString());
        QVERIFY(window.controller()->waitForIdle());
        window.zoomController()->setFactor(3.0);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        DockLayout::bringToFront(&window, window.timelineDock());
        QApplication::processEvents();
        const int column = window.timelineDock()->width();
        QVERIFY2(column >= 0.25 * window.width() - 8, qPrintable(QStringLiteral("column %1 px of %2").arg(column).arg(window.width())));
        int bars = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible() || bar->count() == 0)
                continue;
            ++bars;
            QVERIFY2(bar->rect().contains(bar->tabRect(bar->currentIndex())),
                     qPrintable(QStringLiteral("current tab %1 px wide at %2 in a bar of %3 px").arg(bar->tabRect(bar->currentIndex()).width()).arg(bar->tabRect(bar->currentIndex()).x()).arg(bar->width())));
        }
        QVERIFY(bars > 0);
    }

    void zoomLeavesTheUsersDocks()
    {
        // Once the user moved a dock, the zoom no longer re-arranges them (as a resize does not).
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.removeDockWidget(window.timelineDock());
        window.addDockWidget(Qt::BottomDockWidgetArea, window.timelineDock());
        window.timelineDock()->show();
        QApplication::processEvents();
        window.zoomController()->setFactor(2.0);
        QApplication::processEvents();
        QCOMPARE(window.dockWidgetArea(window.timelineDock()), Qt::BottomDockWidgetArea);
        QVERIFY(window.tabifiedDockWidgets(window.timelineDock()).isEmpty());
    }

    void zoomReachesTheDiagram()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        auto *zoomIn = window.findChild<QAction *>(QStringLiteral("zoomInAction"));
        auto *zoomOut = window.findChild<QAction *>(QStringLiteral("zoomOutAction"));
        auto *actual = window.findChild<QAction *>(QStringLiteral("actualSizeAction"));
        QVERIFY(zoomIn && zoomOut && actual);
        QCOMPARE(zoomIn->shortcuts().constFirst(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
        QCOMPARE(actual->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("fullScreenAction"))->shortcut(), QKeySequence(Qt::Key_F11));
        const double em = window.sequenceDiagram()->layout().metrics().em;
        zoomIn->trigger();
        QCOMPARE(window.sequenceDiagram()->zoom(), 1.1);
        QVERIFY(window.sequenceDiagram()->layout().metrics().em > em);
        for (int i = 0; i < 20; ++i)
            zoomIn->trigger();
        QCOMPARE(window.sequenceDiagram()->zoom(), 3.0); // 300 % at most
        QVERIFY(!zoomIn->isEnabled());
        for (int i = 0; i < 20; ++i)
            zoomOut->trigger();
        QCOMPARE(window.sequenceDiagram()->zoom(), 0.75); // 75 % at least
        actual->trigger();
        QCOMPARE(window.sequenceDiagram()->zoom(), 1.0);
        // The diagram's own +/- keys are the window's zoom.
        QTest::keyClick(window.sequenceDiagram(), Qt::Key_Plus);
        QCOMPARE(window.zoomController()->factor(), 1.1);
    }

    void zoomIsRemembered()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        {
            MainWindow window(&languages);
            window.restoreSettings();
            window.zoomController()->setFactor(1.75);
        }
        MainWindow again(&languages);
        QCOMPARE(again.sequenceDiagram()->zoom(), 1.0); // screenshots do not read settings
        again.restoreSettings();
        QCOMPARE(again.sequenceDiagram()->zoom(), 1.75);
    }

    void zoomOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("factor"); // 0: a usage error
        QTest::newRow("150") << QStringLiteral("150") << 1.5;
        QTest::newRow("75") << QStringLiteral("75") << 0.75;
        QTest::newRow("300%") << QStringLiteral("300%") << 3.0;
        QTest::newRow("74") << QStringLiteral("74") << 0.0;
        QTest::newRow("301") << QStringLiteral("301") << 0.0;
        QTest::newRow("big") << QStringLiteral("big") << 0.0;
        QTest::newRow("nan") << QStringLiteral("nan") << 0.0;
    }

    void zoomOption()
    {
        QFETCH(QString, value);
        QFETCH(double, factor);
        CommandLine line;
        const auto outcome = line.parse({QStringLiteral("closelab"), QStringLiteral("--zoom"), value});
        if (factor == 0) {
            QCOMPARE(outcome, CommandLine::Outcome::UsageError);
            QVERIFY2(line.errorText().contains(QLatin1String("--zoom")) && line.errorText().contains(QLatin1String("75"))
                         && line.errorText().contains(QLatin1String("300")),
                     qPrintable(line.errorText()));
        } else {
            QCOMPARE(outcome, CommandLine::Outcome::Run);
            QCOMPARE(*line.zoom(), factor);
        }
    }
};

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
