// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start-up at a zoom: MainWindow is made at the zoom it is shown at (--zoom, or the one View > Zoom
// saved), so it is laid out once, at it. A window made at a zoom is the window made at 100 % and
// zoomed afterwards (as start-up did): the same arrangement, dock sizes, view zooms and pixels; and
// the saved zoom is still restored and saved.

#include "app/docklayout.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/narrationpanel.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"

#include <QDockWidget>
#include <QImage>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <memory>

class TestStartZoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void madeAtAZoomIsZoomedAfterwards_data();
    void madeAtAZoomIsZoomedAfterwards();
    void theSavedZoomIsRestored();

private:
    LanguageSwitcher m_languages;
};

void TestStartZoom::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startzoom"));
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestStartZoom::init()
{
    QSettings().clear();
}

void TestStartZoom::madeAtAZoomIsZoomedAfterwards_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("zoom");
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
        for (double zoom : {0.75, 1.5, 2.0, 3.0})
            QTest::addRow("%dx%d %d %%", size.width(), size.height(), int(zoom * 100)) << size << zoom;
}

void TestStartZoom::madeAtAZoomIsZoomedAfterwards()
{
    QFETCH(QSize, size);
    QFETCH(double, zoom);
    MainWindow made(&m_languages, nullptr, size, zoom);
    MainWindow zoomed(&m_languages, nullptr, size);
    QCOMPARE(zoomed.zoomController()->factor(), 1.0);
    zoomed.zoomController()->setFactor(zoom);
    QCOMPARE(made.zoomController()->factor(), zoom);
    QCOMPARE(made.sequenceDiagram()->zoom(), zoom);
    QCOMPARE(made.stateGraph()->zoom(), zoom);
    QCOMPARE(made.narration()->zoom(), zoom);
    for (MainWindow *window : {&made, &zoomed}) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
    QCoreApplication::processEvents();
    const QList<QDockWidget *> docks{made.parametersDock(), made.scenariosDock(), made.stateGraphDock(),
                                     made.narrationDock(), made.timelineDock(), made.lessonDock()};
    const QList<QDockWidget *> others{zoomed.parametersDock(), zoomed.scenariosDock(), zoomed.stateGraphDock(),
                                      zoomed.narrationDock(), zoomed.timelineDock(), zoomed.lessonDock()};
    for (int i = 0; i < docks.size(); ++i) {
        QCOMPARE(made.dockWidgetArea(docks[i]), zoomed.dockWidgetArea(others[i]));
        QCOMPARE(docks[i]->geometry(), others[i]->geometry());
        QCOMPARE(docks[i]->widget()->visibleRegion().isEmpty(), others[i]->widget()->visibleRegion().isEmpty());
    }
    QCOMPARE(made.sequenceDiagram()->geometry(), zoomed.sequenceDiagram()->geometry());
    const QImage a = made.grab().toImage();
    const QImage b = zoomed.grab().toImage();
    QCOMPARE(a.size(), b.size());
    QVERIFY2(a == b, "a window made at the zoom does not look like one zoomed after it was made");
}

// The path of a start-up with a display: the window made at the saved factor, restoreSettings()
// reads it again (nothing changes), and a later change is saved.
void TestStartZoom::theSavedZoomIsRestored()
{
    QCOMPARE(ZoomController::savedFactor(), 1.0); // nothing saved
    QSettings().setValue(QStringLiteral("view/zoom"), 2.0);
    QCOMPARE(ZoomController::savedFactor(), 2.0);
    QSettings().setValue(QStringLiteral("view/zoom"), 9.0);
    QCOMPARE(ZoomController::savedFactor(), 3.0); // clamped, as setFactor() does
    QSettings().setValue(QStringLiteral("view/zoom"), 1.75);
    {
        MainWindow window(&m_languages, nullptr, QSize(1280, 720), ZoomController::savedFactor());
        QCOMPARE(window.zoomController()->factor(), 1.75);
        QCOMPARE(window.sequenceDiagram()->zoom(), 1.75);
        window.restoreSettings();
        QCOMPARE(window.zoomController()->factor(), 1.75);
        QCOMPARE(window.sequenceDiagram()->zoom(), 1.75);
        window.zoomController()->setFactor(1.5);
    }
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toDouble(), 1.5);
    MainWindow again(&m_languages, nullptr, QSize(1280, 720), ZoomController::savedFactor());
    QCOMPARE(again.sequenceDiagram()->zoom(), 1.5);
    again.restoreSettings();
    QCOMPARE(again.zoomController()->factor(), 1.5);
}

QTEST_MAIN(TestStartZoom)
#include "tst_startzoom.moc"
