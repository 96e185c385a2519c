// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode: entering and leaving, the projector theme, the clicker's keys, blanking, its own
// zoom and Step by, remembered apart from the window's.
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/presentationwindow.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "core/quiz.h"
#include "views/quizpanel.h"
#include "views/quiztexts.h"
#include "views/sequencediagramview.h"
#include "app/stepper.h"
#include "core/scenario.h"
#include "views/narration.h"
#include "views/palette.h"
#include "views/zoom.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

#include <functional>
#include <map>
#include <tuple>

using namespace closelab;

class TestPresentationMode : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void entersAndLeaves()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        window.show();
        PresentationMode *mode = window.presentation();
        QAction *present = window.findChild<QAction *>(QStringLiteral("presentAction"));
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));

        present->trigger();
        QVERIFY(mode->isActive());
        QCOMPARE(palette::theme(), palette::Theme::Projector);
        QCOMPARE(palette::paper(), QColor(Qt::white));
        QCOMPARE(window.stepper()->stepBy(), StepBy::Segments);
        PresentationWindow *shown = mode->window();
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->zoom(), zoom::kPresentationDefault);

        // The clicker's keys step through the segments' arrivals (from their own records).
        const Trace &trace = *window.trace();
        std::vector<qint64> arrivals;
        for (const SegmentRecord &s : trace.segments)
            arrivals.push_back(s.arrivesAt);
        std::sort(arrivals.begin(), arrivals.end());
        window.playhead()->goToStart();
        QTest::keyClick(shown, Qt::Key_PageDown);
        QCOMPARE(window.playhead()->time(), arrivals[0]);
        QTest::keyClick(shown, Qt::Key_Right);
        QCOMPARE(window.playhead()->time(), arrivals[1]);
        QTest::keyClick(shown, Qt::Key_Space);
        QCOMPARE(window.playhead()->time(), arrivals[2]);
        QTest::keyClick(shown, Qt::Key_PageUp);
        QCOMPARE(window.playhead()->time(), arrivals[1]);
        QTest::keyClick(shown, Qt::Key_Left);
        QCOMPARE(window.playhead()->time(), arrivals[0]);
        QVERIFY(shown->captionText().contains(QStringLiteral("SYN")));

        // B blanks; the next key only brings the picture back.
        QTest::keyClick(shown, Qt::Key_B);
        QVERIFY(shown->isBlanked());
        QTest::keyClick(shown, Qt::Key_PageDown);
        QVERIFY(!shown->isBlanked());
        QCOMPARE(window.playhead()->time(), arrivals[0]);

        // Its own zoom, remembered.
        QTest::keyClick(shown, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(shown->zoom(), 2.5);
        QCOMPARE(QSettings().value(PresentationWindow::zoomKey).toDouble(), 2.5);
        QTest::keyClick(shown, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(shown, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(shown->zoom(), 1.75);

        QTest::keyClick(shown, Qt::Key_Escape);
        QVERIFY(!mode->isActive());
        QVERIFY(!present->isChecked());
        QCOMPARE(palette::theme(), palette::Theme::Standard);
        QCOMPARE(window.stepper()->stepBy(), StepBy::Events);

        // Back in: the zoom it was left with.
        mode->enter(QSize(800, 600));
        QCOMPARE(mode->window()->zoom(), 1.75);
        mode->leave();
    }

    // A population's sample: the caption tells the sample's story. At 5 s in syn_flood another of the
    // 60 connections sends its SYN (the old caption: "The client moves from CLOSED to SYN_SENT"); the
    // sample's last moment was at 3.53 ms, its server's socket closing.
    void captionFollowsThePopulationSample()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        RunConfig config;
        config.scenario = "syn_flood";
        window.showRun(config);
        QVERIFY(window.controller()->waitForIdle(60000));
        const Trace &trace = *window.trace();
        QVERIFY(trace.populationSample);
        const qint64 t = 5 * kSec;
        qint64 lastAt = trace.start;
        for (const TraceEvent &e : trace.events)
            if ((e.conn == 0 || e.conn == kListenerConn) && e.t <= t)
                lastAt = e.t;
        window.presentation()->enter(QSize(800, 600));
        window.playhead()->seek(t);
        const QString caption = window.presentation()->window()->captionText();
        bool sample = false, other = false;
        for (std::size_t i = 0; i < trace.events.size(); ++i) {
            const TraceEvent &e = trace.events[i];
            const bool told = caption.contains(narrate(trace, int(i)).what.toHtmlEscaped());
            if (e.t == lastAt && (e.conn == 0 || e.conn == kListenerConn))
                sample |= told;
            else if (e.t == t)
                other |= told;
        }
        QVERIFY2(sample && !other, qPrintable(caption));
        window.presentation()->leave();
    }

    void quizAsksThenReveals()
    {
        // Presentation mode with the quiz on (Q): → asks the next stop's question with the diagram
        // concealing what comes next; a key 1-4 answers, the step plays, the score counts it.
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        window.show();
        window.presentation()->enter(QSize(1280, 720));
        PresentationWindow *shown = window.presentation()->window();
        QuizSession *quiz = window.quiz()->session();
        QTest::keyClick(shown, Qt::Key_Q);
        QVERIFY(quiz->isEnabled());
        QVERIFY(window.quiz()->action()->isChecked());

        // The first question of the run, whatever kind the generator drew there.
        Playhead *playhead = window.playhead();
        const std::vector<QuizQuestion> &questions = quiz->questions();
        QVERIFY(!questions.empty());
        const QuizQuestion first = questions.front();
        playhead->seek(first.askedAt);
        QTest::keyClick(shown, Qt::Key_PageDown);
        QVERIFY(quiz->pending());
        QCOMPARE(playhead->time(), first.askedAt); // nothing moved yet
        QVERIFY(shown->sequenceDiagram()->concealsFuture());
        QVERIFY(shown->quizPanel()->isAsking());
        QCOMPARE(shown->quizPanel()->choiceTexts().size(), qsizetype(first.choices.size()));
        // Another step forward does not skip the question.
        QTest::keyClick(shown, Qt::Key_PageDown);
        QCOMPARE(playhead->time(), first.askedAt);

        QTest::keyClick(shown, Qt::Key(Qt::Key_1 + first.answer));
        QVERIFY(!quiz->pending());
        QCOMPARE(playhead->time(), first.revealAt);
        QVERIFY(!shown->sequenceDiagram()->concealsFuture());
        QCOMPARE(quiz->right(), 1);
        QCOMPARE(quiz->asked(), 1);
        QVERIFY(shown->quizPanel()->isVisible());

        // Off again: → steps without asking.
        QTest::keyClick(shown, Qt::Key_Q);
        QVERIFY(!quiz->isEnabled());
        const qint64 before = playhead->time();
        QTest::keyClick(shown, Qt::Key_PageDown);
        QVERIFY(playhead->time() > before);
        window.presentation()->leave();
    }

    // A teacher rehearses in the window (Quiz dock, Step by every event) and then presents (Step by
    // segments): a question asked from both lists of stops shows its answers in one order, so
    // "answer 2" stays answer 2. (Before, normal_close's "The FIN reaches the server" listed
    // CLOSE_WAIT, CLOSED, FIN_WAIT1 in the dock and FIN_WAIT1, CLOSED, CLOSE_WAIT when presenting.)
    void quizOrderSameInDockAndPresentation_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name : {"normal_close", "fin_unacked", "half_close"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void quizOrderSameInDockAndPresentation()
    {
        QFETCH(QString, scenario);
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        RunConfig config;
        config.scenario = scenario.toStdString();
        window.showRun(config);
        QVERIFY(window.controller()->waitForIdle(60000));
        window.show();
        QuizSession *quiz = window.quiz()->session();
        window.quiz()->action()->setChecked(true);

        // Every question of the run, asked as → asks it: (stop, question, right answer) -> the answers shown.
        using Key = std::tuple<qint64, QString, QString>;
        auto askAll = [&](const std::function<QuizPanel *()> &panel) {
            std::map<Key, QStringList> shown;
            const std::vector<QuizQuestion> questions = quiz->questions();
            for (const QuizQuestion &q : questions) {
                window.playhead()->seek(q.askedAt);
                quiz->stepForward();
                if (!quiz->pending() || quiz->pending()->revealAt != q.revealAt)
                    return std::map<Key, QStringList>{};
                const Key key{q.revealAt, panel()->questionText(), QuizTexts::choice(q, q.answer)};
                shown[key] = panel()->choiceTexts();
                quiz->answer(0);
            }
            return shown;
        };
        QCOMPARE(window.stepper()->stepBy(), StepBy::Events);
        const auto inDock = askAll([&] { return window.quiz()->panel(); });
        QVERIFY(!inDock.empty());
        window.presentation()->enter(QSize(1280, 720));
        QCOMPARE(window.stepper()->stepBy(), StepBy::Segments);
        const auto presented = askAll([&] { return window.presentation()->window()->quizPanel(); });
        QVERIFY(!presented.empty());
        window.presentation()->leave();

        int same = 0;
        for (const auto &[key, choices] : presented) {
            const auto it = inDock.find(key);
            if (it == inDock.end())
                continue;
            // The answers without their numbers ("2   CLOSED"), in any order: the same set?
            auto answers = [](QStringList list) {
                list.replaceInStrings(QRegularExpression(QStringLiteral("^\\d\\s+")), QString());
                list.sort();
                return list;
            };
            if (answers(choices) != answers(it->second))
                continue; // another question (a timer asked from another stop has other durations)
            ++same;
            QVERIFY2(choices == it->second,
                     qPrintable(QStringLiteral("%1\n  presented: %2\n  dock:      %3")
                                    .arg(std::get<1>(key), choices.join(QStringLiteral(" | ")), it->second.join(QStringLiteral(" | ")))));
        }
        QVERIFY2(same >= 2, qPrintable(QStringLiteral("%1 questions asked in both views").arg(same)));
    }

    void presentsFromTheCommandLine()
    {
        const QString png = QDir::temp().filePath(QStringLiteral("closelab-present-test.png"));
        QFile::remove(png);
        QProcess p;
        p.start(QStringLiteral(CLOSELAB_EXECUTABLE), {QStringLiteral("--present"), QStringLiteral("--screenshot"), png,
                                                      QStringLiteral("--size"), QStringLiteral("1280x720"),
                                                      QStringLiteral("--time"), QStringLiteral("0.0441")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 720));
        // The projector theme's white paper, at the state graph's empty top right corner.
        QCOMPARE(image.pixelColor(1270, 5), QColor(Qt::white));
        QFile::remove(png);
    }
};

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
