// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence diagram is the hero of the main window: at every size from 1024×600 up, the default
// layout and View → Reset Layout give it the largest area, at least half of the window. And the
// zoom for people: View → Zoom In / Out / Actual Size reach the diagram, stay within 75–300 %, are
// remembered; --zoom is checked like every other option.
#include "app/commandline.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/sequencediagramview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QTest>

namespace {

double areaOf(const QWidget *w)
{
    return w->isVisible() ? double(w->width()) * w->height() : 0.0;
}

} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
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
