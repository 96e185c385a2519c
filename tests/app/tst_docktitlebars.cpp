// SPDX-License-Identifier: GPL-3.0-or-later
// A tabbed dock's title bar only repeats its tab's name: in the main window at 1280×720 and
// 1920×1080, 100-300 %, English and Chinese, one connection and a population run, a dock that is one
// of a tab group's shown docks has no title bar (its contents start at its top), any other shown dock
// has its title bar, a line of the zoomed font. So the Timeline Charts, in front of their group at
// 1280×720 and 200 %, get the dock column less the tab bar: 583 px where they had 549 under a title
// bar, at least their readable height (TimelineChartsPanel::minimumReadableSize()) and the title bar's
// room. A dock floated, or left alone in its place, has its title bar back; docked into a group again,
// it has none. Measured on widget geometry, without pixels.
#include "app/dockchrome.h"
#include "app/docklayout.h"
#include "app/docktitlebars.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/plots.h"
#include "views/timelinechartspanel.h"
#include "views/zoom.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QSettings>
#include <QTest>

namespace {
/// How far below the dock's top its contents start: its title bar's height (0: none).
int titleBar(const QDockWidget *dock)
{
    return dock->widget()->geometry().top();
}
} // namespace

class TestDockTitleBars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        closelab::usePlotFactory(closelab::builtInPlotFactory());
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_docktitlebars"));
    }
    void init() { QSettings().clear(); }

    void tabbedDocksHaveNoTitleBar_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scenario"); // "": the window's first run
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {1.0, 2.0, 3.0})
                for (const char *language : {"en", "zh_CN"})
                    QTest::addRow("%dx%d at %d %% %s", s.width(), s.height(), int(z * 100), language) << s << z << QString::fromLatin1(language) << QString();
        for (double z : {2.0, 3.0})
            QTest::addRow("1280x720 at %d %% syn_flood", int(z * 100)) << QSize(1280, 720) << z << QStringLiteral("en") << QStringLiteral("syn_flood");
    }

    void tabbedDocksHaveNoTitleBar()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        QFETCH(QString, scenario);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages, nullptr, size, zoom);
        if (!scenario.isEmpty()) {
            QCOMPARE(window.controller()->setScenario(scenario), QString());
            QVERIFY(window.controller()->waitForIdle());
        }
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        const QString where = QStringLiteral("%1x%2 at %3 % %4 %5").arg(size.width()).arg(size.height()).arg(zoom * 100).arg(language, scenario);
        const int text = QFontMetrics(closelab::zoom::font(zoom)).height();
        int tabbed = 0;
        int alone = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            if (dock->isHidden() || !dock->widget())
                continue;
            const QString what = QStringLiteral("%1: title bar %2 px, %3").arg(dock->objectName()).arg(titleBar(dock)).arg(where);
            if (DockTitleBars::tabbed(&window, dock)) {
                ++tabbed;
                QVERIFY2(titleBar(dock) == 0 && DockTitleBars::hidesTitle(dock), qPrintable(what));
            } else {
                ++alone;
                QVERIFY2(titleBar(dock) >= text && !DockTitleBars::hidesTitle(dock), qPrintable(what));
            }
        }
        QVERIFY2(tabbed >= 2, qPrintable(where)); // the narration's group at least

        // The charts in front of their group fill their dock: the column less the tab bar.
        QDockWidget *dock = window.timelineDock();
        DockLayout::bringToFront(&window, dock);
        QApplication::processEvents();
        auto *charts = qobject_cast<closelab::TimelineChartsPanel *>(dock->widget());
        QVERIFY(charts && charts->isVisible());
        QVERIFY(DockTitleBars::tabbed(&window, dock));
        QVERIFY2(charts->geometry() == dock->rect(), qPrintable(QStringLiteral("charts %1 px in a dock of %2, %3").arg(charts->height()).arg(dock->height()).arg(where)));
        if (size == QSize(1280, 720) && zoom == 2.0 && scenario.isEmpty()) {
            // The stated minimum: the readable height and the room the title bar took.
            const int least = closelab::TimelineChartsPanel::minimumReadableSize(zoom).height() + DockChrome::titleBarHeight(zoom);
            QVERIFY2(charts->height() >= least, qPrintable(QStringLiteral("charts %1 px, at least %2, %3").arg(charts->height()).arg(least).arg(where)));
        }
    }

    // Floated, a dock has its title bar (the window's: to move it, float it back and close it); docked into its
    // group again, none. Alone in its place (the others of its group closed), its title bar; with
    // one of them shown again, none.
    void titleBarFollowsTheDock()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(&languages, nullptr, QSize(1920, 1080), 1.0);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        const int text = QFontMetrics(window.font()).height();
        QDockWidget *charts = window.timelineDock();
        QVERIFY(DockTitleBars::tabbed(&window, charts));
        QCOMPARE(titleBar(charts), 0);

        charts->setFloating(true);
        QApplication::processEvents();
        QVERIFY(!DockTitleBars::tabbed(&window, charts));
        // Floating, its title bar is the window's own (native decorations: none in the dock).
        QVERIFY(!DockTitleBars::hidesTitle(charts));
        QCOMPARE(charts->titleBarWidget(), nullptr);
        charts->setFloating(false);
        QApplication::processEvents();
        QVERIFY(DockTitleBars::tabbed(&window, charts));
        QCOMPARE(titleBar(charts), 0);

        const QList<QDockWidget *> others = window.tabifiedDockWidgets(charts);
        QVERIFY(!others.isEmpty());
        for (QDockWidget *other : others)
            other->close();
        QApplication::processEvents();
        QVERIFY(!DockTitleBars::tabbed(&window, charts));
        QVERIFY2(titleBar(charts) >= text, qPrintable(QString::number(titleBar(charts))));
        others.constFirst()->show();
        QApplication::processEvents();
        QVERIFY(DockTitleBars::tabbed(&window, charts));
        QCOMPARE(titleBar(charts), 0);
        QCOMPARE(titleBar(others.constFirst()), 0);
    }
};

QTEST_MAIN(TestDockTitleBars)
#include "tst_docktitlebars.moc"
