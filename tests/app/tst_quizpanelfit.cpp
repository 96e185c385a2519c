// SPDX-License-Identifier: GPL-3.0-or-later
// The Quiz dock after an answer, at the sizes a classroom projects (1280×720, 1920×1080), at 100 %
// and 200 %, in English and Chinese: the question, the answer buttons and the verdict do not
// overlap, each label's wrapped text fits its rectangle, and what the dock cannot show scrolls.
// (Before: at 1280×720, 200 %, zh_CN the verdict was drawn over the third answer button.)
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "core/quiz.h"
#include "app/zoomcontroller.h"
#include "views/quizpanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <cstdlib>

namespace {

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The height the label's text needs, wrapped at the label's width.
QString labelFits(const QLabel *label)
{
    const QRect box = label->contentsRect();
    const QRect need = QFontMetrics(label->font())
                           .boundingRect(QRect(0, 0, box.width(), 100000), Qt::TextWordWrap | int(label->alignment()), label->text());
    if (need.width() > box.width() || need.height() > box.height())
        return QStringLiteral("%1: text needs %2×%3, has %4").arg(label->objectName()).arg(need.width()).arg(need.height()).arg(rectText(box));
    return QString();
}

// The question, the shown answer buttons and the verdict (when shown) inside the panel, none over
// another, the buttons' and labels' text not cut; empty when so, else what is wrong.
QString panelProblem(const closelab::QuizPanel *panel)
{
    auto *question = panel->findChild<QLabel *>(QStringLiteral("quizQuestion"));
    auto *verdict = panel->findChild<QLabel *>(QStringLiteral("quizVerdict"));
    if (!question || !verdict)
        return QStringLiteral("no question or verdict label");
    std::vector<std::pair<QString, QRect>> boxes{{question->objectName(), question->geometry()}};
    if (verdict->isVisible())
        boxes.emplace_back(verdict->objectName(), verdict->geometry());
    for (int i = 1; i <= 4; ++i)
        if (auto *b = panel->findChild<QPushButton *>(QStringLiteral("quizChoice%1").arg(i)); b && b->isVisible()) {
            boxes.emplace_back(b->objectName(), b->geometry());
            if (b->fontMetrics().horizontalAdvance(b->text()) > b->contentsRect().width())
                return b->objectName() + QStringLiteral(": text cut");
        }
    if (boxes.size() < 4)
        return QStringLiteral("fewer than three answers shown");
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (!panel->rect().contains(boxes[i].second))
            return QStringLiteral("%1 %2 leaves the panel %3").arg(boxes[i].first, rectText(boxes[i].second), rectText(panel->rect()));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            if (boxes[i].second.intersects(boxes[j].second))
                return QStringLiteral("%1 %2 overlaps %3 %4").arg(boxes[i].first, rectText(boxes[i].second), boxes[j].first, rectText(boxes[j].second));
    }
    for (const QLabel *label : {question, verdict})
        if (label->isVisible())
            if (const QString problem = labelFits(label); !problem.isEmpty())
                return problem;
    return QString();
}

// Answers the waiting question (with its right answer) and steps on to the next question.
bool nextQuestion(QuizSession *session, Playhead *playhead)
{
    if (const closelab::QuizQuestion *q = session->pending())
        session->answer(q->answer);
    QApplication::processEvents();
    for (int i = 0; i < 200 && !session->pending(); ++i) {
        const qint64 before = playhead->time();
        session->stepForward();
        if (!session->pending() && playhead->time() == before)
            return false; // the end
    }
    QApplication::processEvents();
    return session->pending() != nullptr;
}

} // namespace

class TestQuizPanelFit : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void revealFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (const double zoom : {1.0, 2.0})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                    QTest::addRow("%dx%d %d%% %s", size.width(), size.height(), int(zoom * 100), qPrintable(language))
                        << size << zoom << language;
    }

    void revealFits()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As closelab --quiz --quiz-answer N --screenshot: the next step's question, answered wrong
        // (the longer verdict, "Not quite: the answer is …").
        QuizMode::showInScreenshot(window.quiz(), 0);
        const closelab::QuizQuestion *asked = window.quiz()->session()->pending();
        QVERIFY(asked);
        window.quiz()->session()->answer((asked->answer + 1) % int(asked->choices.size()));
        QApplication::processEvents();

        QDockWidget *dock = window.quiz()->dock();
        closelab::QuizPanel *panel = window.quiz()->panel();
        QVERIFY(dock->isVisible());
        auto *question = panel->findChild<QLabel *>(QStringLiteral("quizQuestion"));
        auto *verdict = panel->findChild<QLabel *>(QStringLiteral("quizVerdict"));
        QVERIFY(question && verdict);
        QVERIFY(verdict->isVisible() && !verdict->text().isEmpty());

        const QString problem = panelProblem(panel);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // What the dock cannot show is reached by scrolling, not cut off.
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        if (scroll && scroll->widget() == panel) {
            const int hidden = panel->height() - scroll->viewport()->height();
            QVERIFY2(hidden <= 0 || scroll->verticalScrollBar()->maximum() >= hidden,
                     qPrintable(QStringLiteral("panel %1 px taller than its view, scrolls %2").arg(hidden).arg(scroll->verticalScrollBar()->maximum())));
            // At these sizes the dock is planned tall enough for all of it: the class sees the
            // answers and the verdict without anyone scrolling.
            QVERIFY2(hidden <= 0, qPrintable(QStringLiteral("the dock hides %1 px of the panel").arg(hidden)));
        } else {
            const QRect shown(panel->mapTo(dock, QPoint(0, 0)), panel->size());
            QVERIFY2(dock->rect().contains(shown), qPrintable(QStringLiteral("panel %1 cut by the dock %2").arg(rectText(shown), rectText(dock->rect()))));
        }
    }

    // The user drags the separator above the Quiz dock to make it shorter (QMainWindow::resizeDocks(),
    // as the separator's drag does): at the next question the dock keeps that height and the panel
    // scrolls, nothing drawn over anything. (Before, the dock grew back to fit every question.) A
    // taller window lets it grow again.
    void userHeightKept_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        QTest::addRow("1280x720 200%% zh_CN") << QSize(1280, 720) << 2.0 << QStringLiteral("zh_CN");
        QTest::addRow("1920x1080 100%% en") << QSize(1920, 1080) << 1.0 << QStringLiteral("en");
    }

    void userHeightKept()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QuizMode::showInScreenshot(window.quiz(), 0); // the first question asked
        QApplication::processEvents();
        QuizSession *session = window.quiz()->session();
        QVERIFY(session->pending());
        QDockWidget *dock = window.quiz()->dock();
        closelab::QuizPanel *panel = window.quiz()->panel();
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        QVERIFY(scroll && scroll->widget() == panel);
        const int fitted = dock->height();

        // The user's drag: the dock a little over half as tall as the quiz made it (well over its
        // title and one row of answers).
        const int asked = std::max(fitted * 55 / 100, dock->minimumSizeHint().height());
        window.resizeDocks({dock}, {asked}, Qt::Vertical);
        QApplication::processEvents();
        const int user = dock->height();
        QVERIFY2(std::abs(user - asked) <= 4, qPrintable(QStringLiteral("dragged to %1, got %2").arg(asked).arg(user)));

        // The reveal and the next questions: the user's height stays, what it cannot show scrolls.
        for (int n = 0; n < 3; ++n) {
            QVERIFY(nextQuestion(session, window.playhead()));
            QVERIFY2(std::abs(dock->height() - user) <= 3,
                     qPrintable(QStringLiteral("question %1: the user's %2 px dock became %3 px").arg(n + 2).arg(user).arg(dock->height())));
            const int hidden = panel->height() - scroll->viewport()->height();
            QVERIFY2(hidden > 0, "the question needs more than the user's height (else this shows nothing)");
            QVERIFY2(scroll->verticalScrollBar()->isVisible() && scroll->verticalScrollBar()->maximum() >= hidden,
                     qPrintable(QStringLiteral("panel %1 px taller than its view, scrolls %2").arg(hidden).arg(scroll->verticalScrollBar()->maximum())));
            QVERIFY2(panel->height() >= panel->heightForWidth(panel->width()),
                     qPrintable(QStringLiteral("panel squeezed to %1 px, needs %2").arg(panel->height()).arg(panel->heightForWidth(panel->width()))));
            const QString problem = panelProblem(panel);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // The window made taller: the dock fits the next question again.
        window.resize(size + QSize(0, 40));
        QApplication::processEvents();
        QVERIFY(nextQuestion(session, window.playhead()));
        const int hidden = panel->height() - scroll->viewport()->height();
        QVERIFY2(hidden <= 0 || dock->height() >= window.height() / 2 - 2,
                 qPrintable(QStringLiteral("after the window's resize the dock (%1 px) hides %2 px").arg(dock->height()).arg(hidden)));
        const QString problem = panelProblem(panel);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestQuizPanelFit)
#include "tst_quizpanelfit.moc"
