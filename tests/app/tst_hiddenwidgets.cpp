// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets the first frame does not show are made when first needed (issue 16: start-up), and then
// look and act as if made with the window: in the language and at the zoom of that moment, connected.
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "app/zoomcontroller.h"
#include "core/quiz.h"
#include "core/scenario.h"
#include "views/quizpanel.h"
#include "views/zoom.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QTest>

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
