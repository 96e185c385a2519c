// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "views/sequencediagramview.h"
#include "app/playhead.h"
#include "views/emptystateview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QToolBar>

namespace {
QMenu *menu(MainWindow &window, const char *objectName)
{
    return window.menuBar()->findChild<QMenu *>(QLatin1String(objectName));
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyAreaIsTitled();
    void menusExist();
    void languageSwitchRetranslates();
    void languageMenuIsRemembered();
    void qtStandardButtonsFollowLanguage();
    void playbackShortcuts();
    void resetLayoutShowsEveryDock();
    void layoutPersists();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::everyAreaIsTitled()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);

    auto *centre = qobject_cast<closelab::SequenceDiagramView *>(window.centralWidget());
    QVERIFY(centre);
    QVERIFY(centre->trace()); // the window opens on a run (normal_close)

    const QList<QDockWidget *> docks{window.parametersDock(), window.stateGraphDock(), window.narrationDock(),
                                     window.timelineDock()};
    QSet<QString> titles;
    for (QDockWidget *dock : docks) {
        QVERIFY(!dock->windowTitle().isEmpty());
        titles.insert(dock->windowTitle());
    }
    QCOMPARE(titles.size(), docks.size());
    QCOMPARE(window.dockWidgetArea(window.parametersDock()), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.stateGraphDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.narrationDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.timelineDock()), Qt::BottomDockWidgetArea);
}

void TestMainWindow::menusExist()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles, (QStringList{"&File", "&View", "&Language", "&Help"}));
    // View toggles every dock and the toolbar, the sequence diagram's two modes, then Reset Layout.
    QCOMPARE(menu(window, "viewMenu")->actions().size(), 10);
}

void TestMainWindow::languageSwitchRetranslates()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    QMenu *file = menu(window, "fileMenu");
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window.parametersDock()->windowTitle(), QStringLiteral("Parameters"));

    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.parametersDock()->windowTitle(), QStringLiteral("参数"));
    auto *centre = qobject_cast<closelab::SequenceDiagramView *>(window.centralWidget());
    QCOMPARE(centre->proportionalAction()->text(), QStringLiteral("按比例显示时间"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("playAction"))->text(), QStringLiteral("播放"));

    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(centre->proportionalAction()->text(), QStringLiteral("Proportional Time"));
}

void TestMainWindow::languageMenuIsRemembered()
{
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        auto *chinese = window.findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(chinese);
        QVERIFY(!chinese->isChecked());
        chinese->trigger();
        QCOMPARE(languages.language(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        QTRY_COMPARE(menu(window, "languageMenu")->title(), QStringLiteral("语言(&L)"));
    }
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("zh_CN"));
}

void TestMainWindow::qtStandardButtonsFollowLanguage()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QDialogButtonBox chinese(QDialogButtonBox::Cancel);
    QCOMPARE(chinese.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestMainWindow::playbackShortcuts()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    Playhead *playhead = window.playhead();
    playhead->setDuration(10'000'000'000);
    playhead->setEventTimes({}); // the default step, not the opening run's event times
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(playhead->time(), Playhead::defaultStepNs);
    QTest::keyClick(&window, Qt::Key_End);
    QCOMPARE(playhead->time(), playhead->duration());
    QTest::keyClick(&window, Qt::Key_Left);
    QCOMPARE(playhead->time(), playhead->duration() - Playhead::defaultStepNs);
    QTest::keyClick(&window, Qt::Key_Home);
    QCOMPARE(playhead->time(), qint64(0));
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(playhead->isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    QVERIFY(!playhead->isPlaying());

    // Still there with the toolbar hidden.
    window.findChild<QToolBar *>(QStringLiteral("playbackToolBar"))->hide();
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(playhead->time(), Playhead::defaultStepNs);
}

void TestMainWindow::resetLayoutShowsEveryDock()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.show();
    window.timelineDock()->hide();
    window.parametersDock()->setFloating(true);
    window.removeDockWidget(window.stateGraphDock());
    window.addDockWidget(Qt::BottomDockWidgetArea, window.stateGraphDock());

    window.findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QVERIFY(window.timelineDock()->isVisible());
    QVERIFY(!window.parametersDock()->isFloating());
    QCOMPARE(window.dockWidgetArea(window.stateGraphDock()), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.parametersDock()), Qt::LeftDockWidgetArea);
}

void TestMainWindow::layoutPersists()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    {
        MainWindow window(&languages);
        window.restoreSettings();
        window.resize(1000, 700);
        window.show();
        window.narrationDock()->hide();
        window.close();
    }
    MainWindow window(&languages);
    window.restoreSettings();
    window.show();
    QVERIFY(!window.narrationDock()->isVisible());
    QVERIFY(window.stateGraphDock()->isVisible());
    QCOMPARE(window.size(), QSize(1000, 700));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
