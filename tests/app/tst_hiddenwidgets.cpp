// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets the first frame does not show are made when first needed (issue 16: start-up), and then
// look and act as if made with the window: in the language and at the zoom of that moment, connected.
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "app/zoomcontroller.h"
#include "core/quiz.h"
#include "core/scenario.h"
#include "views/narrationpanel.h"
#include "views/populationbar.h"
#include "views/populationheader.h"
#include "views/quizpanel.h"
#include "views/zoom.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QSettings>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>

using namespace closelab;

namespace {
// QComboBox's popup (QComboBoxPrivateContainer), made by a box that adjusts to its contents.
int comboPopups(const QWidget &window)
{
    int n = 0;
    for (const QWidget *w : window.findChildren<QWidget *>())
        n += QByteArray(w->metaObject()->className()) == "QComboBoxPrivateContainer";
    return n;
}

// The language switched and every window told (QApplication posts LanguageChange to each window).
bool switchTo(LanguageSwitcher &languages, const QString &code)
{
    const bool ok = languages.setLanguage(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return ok;
}

// The next widget Tab goes to after `w`.
QWidget *nextTab(QWidget *w)
{
    for (QWidget *n = w->nextInFocusChain(); n != w; n = n->nextInFocusChain())
        if (n->focusPolicy() & Qt::TabFocus)
            return n;
    return nullptr;
}

RunConfig synFlood()
{
    RunConfig config;
    config.scenario = "syn_flood";
    return config;
}

QFont labelFont(QuizPanel *panel, const char *name)
{
    auto *label = panel->findChild<QLabel *>(QLatin1String(name));
    return label ? label->font() : QFont();
}
} // namespace

class TestHiddenWidgets : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    // The Quiz dock is made when the quiz is first on: after a switch to Chinese and 200 % it
    // speaks Chinese at 200 %, as the dock of a window whose quiz was on before the switch.
    void quizPanelMadeLateFollowsLanguageAndZoom()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow late(&languages);
        late.showRun(RunConfig{});
        late.show();
        QVERIFY(!late.findChild<QuizPanel *>());
        QVERIFY(!late.findChild<QDockWidget *>(QStringLiteral("quizDock")));
        QVERIFY(!late.quiz()->isBuilt());

        MainWindow early(&languages);
        early.showRun(RunConfig{});
        early.show();
        early.quiz()->action()->setChecked(true);
        early.quiz()->action()->setChecked(false);
        QVERIFY(early.quiz()->isBuilt());

        QVERIFY(switchTo(languages, QStringLiteral("zh_CN")));
        late.zoomController()->setFactor(2.0);
        early.zoomController()->setFactor(2.0);
        QVERIFY(!late.quiz()->isBuilt());

        late.quiz()->action()->setChecked(true);
        early.quiz()->action()->setChecked(true);
        QDockWidget *dock = late.findChild<QDockWidget *>(QStringLiteral("quizDock"));
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QCOMPARE(late.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        // translations/closelab_zh_CN.ts
        QCOMPARE(dock->windowTitle(), QStringLiteral("小测验"));
        QuizPanel *panel = late.quiz()->panel();
        QCOMPARE(panel->questionText(), QStringLiteral("前进一步（→）：每一步之前，只要有合适的问题就会先提问。"));
        QFont bold = zoom::font(2.0, 1.0);
        bold.setBold(true);
        QCOMPARE(labelFont(panel, "quizQuestion").pointSizeF(), bold.pointSizeF());
        QVERIFY(labelFont(panel, "quizQuestion").bold());

        QuizPanel *first = early.quiz()->panel();
        QCOMPARE(panel->questionText(), first->questionText());
        QCOMPARE(labelFont(panel, "quizQuestion"), labelFont(first, "quizQuestion"));
        QCOMPARE(labelFont(panel, "quizScore"), labelFont(first, "quizScore"));
        QCOMPARE(dock->windowTitle(), early.quiz()->dock()->windowTitle());
        QCOMPARE(dock->font(), early.quiz()->dock()->font());
        switchTo(languages, QStringLiteral("en"));
    }

    // The late panel is connected: a question asked through Step Forward, answered with key 1-4 on
    // the panel, plays the step and scores.
    void quizPanelMadeLateAnswers()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        window.show();
        QuizSession *quiz = window.quiz()->session();
        window.quiz()->action()->setChecked(true);
        QVERIFY(!quiz->questions().empty());
        const QuizQuestion first = quiz->questions().front();
        window.playhead()->seek(first.askedAt);
        window.findChild<QAction *>(QStringLiteral("stepForwardAction"))->trigger();
        QVERIFY(quiz->pending());
        QuizPanel *panel = window.quiz()->panel();
        QVERIFY(panel->isAsking());
        QCOMPARE(panel->choiceTexts().size(), qsizetype(first.choices.size()));
        QTest::keyClick(panel, Qt::Key(Qt::Key_1 + first.answer));
        QVERIFY(!quiz->pending());
        QCOMPARE(window.playhead()->time(), first.revealAt);
        QCOMPARE(quiz->right(), 1);
    }

    // A quiz first switched on while presentation mode shares the session: the window's dock follows.
    void quizDockFollowsTheSession()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        window.show();
        window.quiz()->session()->setEnabled(true);
        QVERIFY(window.quiz()->action()->isChecked());
        QVERIFY(window.quiz()->dock()->isVisible());
        window.quiz()->session()->setEnabled(false);
        QVERIFY(!window.quiz()->dock()->isVisible());
    }

    // A Quiz dock the user moved keeps its place in the saved window state, though the next session
    // makes it only when the quiz is first on.
    void quizDockMadeLateKeepsItsSavedPlace()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        {
            MainWindow window(&languages);
            window.restoreSettings();
            window.show();
            window.quiz()->action()->setChecked(true);
            QDockWidget *dock = window.quiz()->dock();
            window.addDockWidget(Qt::LeftDockWidgetArea, dock);
            QCOMPARE(window.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
            QVERIFY(window.close());
        }
        MainWindow window(&languages);
        window.restoreSettings();
        window.show();
        QVERIFY(!window.quiz()->isBuilt());
        window.quiz()->action()->setChecked(true);
        QCOMPARE(window.dockWidgetArea(window.quiz()->dock()), Qt::LeftDockWidgetArea);
        QVERIFY(window.quiz()->dock()->isVisible());
    }

    // The population bar is made for the first population run: after a switch to Chinese and 200 %
    // it speaks Chinese at 200 %, on its own line under the playback bar, Tab going to its button
    // from the playback bar's last widget, its paragraph in the narration; a single run hides it.
    void populationBarMadeForAPopulationRun()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        window.showRun(RunConfig{});
        QVERIFY(!window.populationBar());
        QVERIFY(!window.findChild<PopulationBar *>());
        QVERIFY(switchTo(languages, QStringLiteral("zh_CN")));
        window.zoomController()->setFactor(2.0);

        window.showRun(synFlood());
        QVERIFY(window.controller()->waitForIdle(60000));
        PopulationBar *bar = window.populationBar();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QCOMPARE(window.toolBarArea(bar), Qt::TopToolBarArea);
        QVERIFY(window.toolBarBreak(bar));
        auto *playback = window.findChild<QToolBar *>(QStringLiteral("playbackToolBar"));
        QVERIFY(bar->geometry().top() >= playback->geometry().bottom());
        QToolButton *summary = bar->header()->summaryButton();
        // translations/closelab_zh_CN.ts
        QCOMPARE(summary->text(), QStringLiteral("批量运行汇总…"));
        QVERIFY(!bar->headerText().isEmpty());
        QCOMPARE(bar->header()->font().pointSizeF(), zoom::font(2.0).pointSizeF());
        QCOMPARE(nextTab(window.findChild<QComboBox *>(QStringLiteral("stepByBox"))), summary);
        QVERIFY(!bar->note().isEmpty());
        const QString note = QTextDocumentFragment::fromHtml(bar->note()).toPlainText();
        QVERIFY2(QTextDocumentFragment::fromHtml(window.narration()->explanationHtml()).toPlainText().contains(note), qPrintable(note));
        // It follows the playhead.
        const QString at0 = bar->headerText();
        window.playhead()->seek(qint64(20e9));
        QVERIFY(bar->headerText() != at0);

        window.showRun(RunConfig{});
        QVERIFY(window.controller()->waitForIdle(60000));
        QVERIFY(bar->isHidden());
        switchTo(languages, QStringLiteral("en"));
    }

    // A window whose saved state was restored puts the late population bar on its own line too.
    void populationBarMadeLateAfterARestoredState()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        {
            MainWindow window(&languages);
            window.restoreSettings();
            window.show();
            window.showRun(synFlood());
            QVERIFY(window.controller()->waitForIdle(60000));
            QVERIFY(window.close());
        }
        for (bool population : {false, true}) {
            MainWindow window(&languages);
            window.restoreSettings();
            window.show();
            window.showRun(population ? synFlood() : RunConfig{});
            QVERIFY(window.controller()->waitForIdle(60000));
            if (!population) {
                QVERIFY(!window.populationBar());
                QVERIFY(window.close());
                continue;
            }
            PopulationBar *bar = window.populationBar();
            QVERIFY(bar && bar->isVisible());
            QVERIFY(window.toolBarBreak(bar));
            auto *playback = window.findChild<QToolBar *>(QStringLiteral("playbackToolBar"));
            QVERIFY(bar->geometry().top() >= playback->geometry().bottom());
            QCOMPARE(bar->width(), window.width());
        }
    }

    // The status bar's progress and Cancel button are made when the first population run starts, in
    // the language of that moment; Cancel stops the run.
    void runStatusMadeForAPopulationRun()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("populationProgress")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("cancelPopulationButton")));
        QVERIFY(window.statusBar()->isHidden());
        QVERIFY(switchTo(languages, QStringLiteral("zh_CN")));

        RunConfig config;
        config.scenario = "tw_bucket_overflow";
        config.options = {{"duration", "600"}, {"rate", "5000"}};
        window.showRun(config);
        auto *progress = window.statusBar()->findChild<QProgressBar *>(QStringLiteral("populationProgress"));
        auto *cancel = window.statusBar()->findChild<QPushButton *>(QStringLiteral("cancelPopulationButton"));
        QVERIFY(progress && cancel);
        QVERIFY(progress->isVisible() && cancel->isVisible());
        // translations/closelab_zh_CN.ts
        QCOMPARE(cancel->text(), QStringLiteral("取消"));
        cancel->click();
        QVERIFY(window.controller()->waitForIdle(60000));
        QVERIFY(!window.controller()->populationResult());
        QVERIFY(progress->isHidden() && cancel->isHidden());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("批量运行已取消。"));
        switchTo(languages, QStringLiteral("en"));
    }

    // The toolbar's boxes make no popup at start-up, and still fit their words after a change of
    // language: as wide as a box adjusting to the same items all along.
    void toolbarBoxesFitTheirWordsAfterALanguageChange()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(comboPopups(window), 0);
        QVERIFY(switchTo(languages, QStringLiteral("zh_CN")));
        for (const char *name : {"stepByBox", "speedBox"}) {
            auto *box = window.findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(box);
            QComboBox reference;
            reference.setSizeAdjustPolicy(QComboBox::AdjustToContents);
            reference.setFont(box->font());
            reference.setStyle(box->style());
            for (int i = 0; i < box->count(); ++i)
                reference.addItem(box->itemText(i));
            QCOMPARE(box->itemText(0).isEmpty(), false);
            QCOMPARE(box->sizeHint(), reference.sizeHint());
        }
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("stepByBox"))->itemText(2), QStringLiteral("每个事件"));
        switchTo(languages, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestHiddenWidgets)
#include "tst_hiddenwidgets.moc"
