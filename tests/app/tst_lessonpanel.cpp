// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Lesson panel in the main window: Help → Lessons opens a built-in lesson, steps move the
// window's experiment and playhead, the quiz flag goes out with each step, "Add This Experiment"
// builds a lesson that saves and opens again, a bad file leaves the lesson alone, the notes follow
// the language, `closelab FILE.closelab-lesson` opens a lesson, and a lesson with unsaved changes
// is asked about (Save, Discard, Cancel) before it is replaced or the window closes.

#include "app/experimentcontroller.h"
#include "app/fileopener.h"
#include "app/languageswitcher.h"
#include "app/lessonpanel.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/zoomcontroller.h"
#include "views/zoom.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpMenuOpensABuiltInLesson();
    void stepsMoveTheExperimentAndThePlayhead();
    void quizFlagGoesOutWithEachStep();
    void addSaveOpen();
    void aBadFileLeavesTheLessonAlone();
    void notesFollowTheLanguage();
    void commandLineOpensALesson();
    void anUnsavedLessonIsAskedAbout();
    void closingTheWindowAsksAboutTheLesson();
    void widgetsAreMadeWhenFirstNeeded();
    void titleFollowsTheZoom();

private:
    LanguageSwitcher m_languages;
    QTemporaryDir m_dir;
};

void TestLessonPanel::init()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestLessonPanel::helpMenuOpensABuiltInLesson()
{
    MainWindow window(&m_languages);
    QMenu *menu = window.lessonPanel()->builtInMenu();
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 3);
    QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("The four-way close and TIME_WAIT"));
    menu->actions().at(2)->trigger();
    LessonPanel *panel = window.lessonPanel();
    QCOMPARE(panel->lesson().steps.size(), 5);
    QCOMPARE(panel->stepList()->count(), 5);
    QCOMPARE(panel->currentStep(), 0);
    QCOMPARE(window.controller()->config().scenario, std::string("rst_linger0"));
    QVERIFY(!window.lessonDock()->isHidden());
}

// Start-up: the panel's widgets are made when its dock comes to the front (or an accessor needs
// them), showing the lesson and the step the panel was given before.
void TestLessonPanel::widgetsAreMadeWhenFirstNeeded()
{
    MainWindow window(&m_languages);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LessonPanel *panel = window.lessonPanel();
    QVERIFY(panel->visibleRegion().isEmpty());
    QVERIFY(!panel->hasContent());
    QVERIFY(panel->findChildren<QWidget *>().size() == 1); // the Help > Lessons menu only

    Lesson lesson;
    for (const char *scenario : {"normal_close", "last_ack_lost", "fin_unacked"}) {
        LessonStep step;
        step.experiment.scenario = scenario;
        step.notesEn = QString::fromLatin1(scenario);
        step.quiz = lesson.steps.size() == 1;
        lesson.steps << step;
    }
    {
        // Given a lesson and a step while nobody sees it: still nothing made.
        const QSignalBlocker quiet(panel); // lessonOpened() would bring the dock to the front
        panel->setLesson(lesson);
        panel->next();
    }
    QCOMPARE(panel->currentStep(), 1);
    QVERIFY(!panel->hasContent());

    window.lessonDock()->raise();
    QCoreApplication::processEvents();
    QVERIFY(!panel->visibleRegion().isEmpty());
    QVERIFY(panel->hasContent());
    QCOMPARE(panel->stepList()->count(), 3);
    QCOMPARE(panel->stepList()->currentRow(), 1);
    QVERIFY(panel->stepList()->isVisible());
    QCOMPARE(panel->notesEdit()->toPlainText(), QStringLiteral("last_ack_lost"));
    QVERIFY(panel->notesEdit()->isEnabled());
    // The step list goes on working: a click shows its step.
    panel->stepList()->setCurrentRow(2);
    QCOMPARE(panel->currentStep(), 2);
    QCOMPARE(window.controller()->config().scenario, std::string("fin_unacked"));
    QCOMPARE(panel->notesEdit()->toPlainText(), QStringLiteral("fin_unacked"));
}

void TestLessonPanel::stepsMoveTheExperimentAndThePlayhead()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    Lesson lesson;
    for (auto [scenario, start] : {std::pair{"normal_close", qint64(250'000)}, std::pair{"last_ack_lost", qint64(256'300'000)}}) {
        LessonStep step;
        step.experiment.scenario = scenario;
        step.start = start;
        lesson.steps << step;
    }
    panel->setLesson(lesson);
    QCOMPARE(window.playhead()->time(), qint64(250'000));
    panel->next();
    QCOMPARE(panel->currentStep(), 1);
    QCOMPARE(window.controller()->config().scenario, std::string("last_ack_lost"));
    QCOMPARE(window.playhead()->time(), qint64(256'300'000));
    panel->next(); // past the end: stays
    QCOMPARE(panel->currentStep(), 1);
    panel->previous();
    QCOMPARE(window.controller()->config().scenario, std::string("normal_close"));
    // Jump: a click in the list.
    panel->stepList()->setCurrentRow(1);
    QCOMPARE(panel->currentStep(), 1);
    QCOMPARE(window.controller()->config().scenario, std::string("last_ack_lost"));
}

void TestLessonPanel::quizFlagGoesOutWithEachStep()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    Lesson lesson;
    for (bool quiz : {true, false}) {
        LessonStep step;
        step.experiment.scenario = "normal_close";
        step.quiz = quiz;
        lesson.steps << step;
    }
    QSignalSpy spy(panel, &LessonPanel::stepShown);
    auto *quizAction = window.findChild<QAction *>(QStringLiteral("quizAction"));
    QVERIFY(quizAction);
    QVERIFY(!quizAction->isChecked());
    panel->setLesson(lesson);
    // The main window turns View > Quiz on for a step that asks for it, and off for one that does not.
    QVERIFY(quizAction->isChecked());
    panel->next();
    QVERIFY(!quizAction->isChecked());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QCOMPARE(spy.at(0).at(1).toBool(), true);
    QCOMPARE(spy.at(1).at(1).toBool(), false);
}

void TestLessonPanel::addSaveOpen()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    QCOMPARE(window.controller()->setScenario(QStringLiteral("fin_unacked")), QString());
    QCOMPARE(window.controller()->applyRunOption(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=2")), QString());
    window.playhead()->seek(1'000'000'000);
    panel->addCurrentExperiment();
    panel->notesEdit()->setPlainText(QStringLiteral("Watch the FIN."));
    QCOMPARE(window.controller()->setScenario(QStringLiteral("rst_linger0")), QString());
    panel->addCurrentExperiment();
    QCOMPARE(panel->lesson().steps.size(), 2);
    QCOMPARE(panel->lesson().steps.at(0).notesEn, QStringLiteral("Watch the FIN."));
    QCOMPARE(panel->lesson().steps.at(0).start, qint64(1'000'000'000));

    const QString path = m_dir.filePath(QStringLiteral("built.closelab-lesson"));
    QCOMPARE(panel->saveFile(path, true), QString());

    MainWindow other(&m_languages);
    QCOMPARE(other.fileOpener()->open(path, true), QString());
    const Lesson &opened = other.lessonPanel()->lesson();
    QCOMPARE(opened.steps.size(), 2);
    QCOMPARE(opened.steps.at(0).experiment.sysctls.valueText("net.ipv4.tcp_orphan_retries"), std::string("2"));
    QCOMPARE(opened.steps.at(0).notesEn, QStringLiteral("Watch the FIN."));
    QCOMPARE(other.controller()->config().scenario, std::string("fin_unacked"));
    QCOMPARE(other.playhead()->time(), qint64(1'000'000'000));
    QCOMPARE(other.lessonPanel()->currentFile(), path);
}

void TestLessonPanel::aBadFileLeavesTheLessonAlone()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(0), true), QString());
    const QString path = m_dir.filePath(QStringLiteral("bad.closelab-lesson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "closelab-lesson", "version": 1, "steps": [{"experiment": {"format": "closelab-experiment", "version": 1, "scenario": "normal_close"}, "quiz": "yes"}]})");
    file.close();
    const QString error = panel->openFile(path, true);
    QVERIFY2(error.contains(QStringLiteral("steps[0].quiz")), qPrintable(error));
    QCOMPARE(panel->lesson().steps.size(), 4);
    QCOMPARE(panel->currentFile(), QString());
    QCOMPARE(window.controller()->config().scenario, std::string("normal_close"));
}

void TestLessonPanel::notesFollowTheLanguage()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(0), true), QString());
    QVERIFY(panel->notesEdit()->toPlainText().startsWith(QStringLiteral("The client calls close()")));
    m_languages.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(panel->notesEdit()->toPlainText().startsWith(QStringLiteral("客户端调用 close()")));
    QVERIFY(panel->stepList()->item(0)->text().contains(QStringLiteral("正常关闭")));
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestLessonPanel::commandLineOpensALesson()
{
    // The built-in lesson copied to a file, opened as `closelab FILE --time T`: the screenshot is made
    // (exit 0) and a bad lesson file is refused with its field (exit 2).
    const QString path = m_dir.filePath(QStringLiteral("rst.closelab-lesson"));
    QFile::remove(path);
    QVERIFY(QFile::copy(LessonFile::builtInLessons().at(2), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.start(QStringLiteral(CLOSELAB_EXECUTABLE),
                  {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("l.png")), QStringLiteral("--size"), QStringLiteral("800x600"), path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    QCOMPARE(process.exitCode(), 0);

    const QString bad = m_dir.filePath(QStringLiteral("bad2.closelab-lesson"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "closelab-lesson", "version": 1, "steps": []})");
    file.close();
    process.start(QStringLiteral(CLOSELAB_EXECUTABLE), {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("l.png")), bad});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("\"steps\"")) && err.contains(bad), qPrintable(err));
}


void TestLessonPanel::anUnsavedLessonIsAskedAbout()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    panel->setSaveQuestion([&](const QString &name) {
        asked << name;
        return answer;
    });
    // Opening a built-in lesson and walking through it changes nothing of the user's.
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(0), true), QString());
    panel->next();
    QVERIFY(!panel->isModified());
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(1), true), QString());
    QVERIFY(asked.isEmpty());

    // A note typed for the class is the user's work: Cancel keeps it and the lesson.
    panel->notesEdit()->setPlainText(QStringLiteral("Ask about the 60 s."));
    QVERIFY(panel->isModified());
    const int steps = int(panel->lesson().steps.size());
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(2), true), QStringLiteral("cancelled"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(panel->lesson().steps.size(), steps);
    QCOMPARE(panel->notesEdit()->toPlainText(), QStringLiteral("Ask about the 60 s."));

    // Save with no file yet asks where; cancelling that dialog cancels the replacement too.
    answer = QMessageBox::Save;
    QString saveTo;
    panel->setFileChooser([&](bool save, const QString &) { return save ? saveTo : QString(); });
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(2), true), QStringLiteral("cancelled"));
    QVERIFY(panel->isModified());

    // Save to a chosen file writes the note, then the other lesson opens.
    saveTo = m_dir.filePath(QStringLiteral("asked.closelab-lesson"));
    QCOMPARE(panel->openFile(LessonFile::builtInLessons().at(2), true), QString());
    QVERIFY(!panel->isModified());
    QCOMPARE(panel->lesson().steps.size(), 5);
    Lesson saved;
    QCOMPARE(LessonFile::load(saveTo, saved), QString());
    QCOMPARE(saved.steps.size(), steps);
    QCOMPARE(saved.steps.at(0).notesEn, QStringLiteral("Ask about the 60 s."));

    // Removing a step is a change; Discard drops it.
    panel->removeCurrentStep();
    QVERIFY(panel->isModified());
    answer = QMessageBox::Discard;
    QCOMPARE(panel->openFile(saveTo, true), QString());
    QCOMPARE(asked.size(), 4);
    QVERIFY(!panel->isModified());
    QCOMPARE(panel->currentFile(), saveTo);

    // With a file, Save writes to it without asking where.
    panel->setFileChooser([](bool, const QString &) {
        qFatal("Save must not ask for a file when the lesson has one");
        return QString();
    });
    panel->addCurrentExperiment();
    answer = QMessageBox::Save;
    QVERIFY(panel->maybeSave());
    QCOMPARE(LessonFile::load(saveTo, saved), QString());
    QCOMPARE(saved.steps.size(), steps + 1);
}

void TestLessonPanel::closingTheWindowAsksAboutTheLesson()
{
    MainWindow window(&m_languages);
    LessonPanel *panel = window.lessonPanel();
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int asked = 0;
    panel->setSaveQuestion([&](const QString &) {
        ++asked;
        return answer;
    });
    panel->addCurrentExperiment();
    window.show();
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QCOMPARE(panel->lesson().steps.size(), 1);
    answer = QMessageBox::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
}

// The title ("No lesson open") is 1.2 x the zoomed font, bold, at every zoom the docks take: built
// at 100 %, then zoomed to 200 % and back.
void TestLessonPanel::titleFollowsTheZoom()
{
    MainWindow window(&m_languages);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.lessonPanel()->buildContent();
    const auto *title = window.lessonPanel()->findChild<QLabel *>(QStringLiteral("lessonTitle"));
    QVERIFY(title);
    for (double zoom : {1.0, 2.0, 1.0, 3.0}) {
        window.zoomController()->setFactor(zoom);
        QCoreApplication::processEvents();
        const double expected = closelab::zoom::font(zoom).pointSizeF() * 1.2;
        QVERIFY2(std::abs(title->font().pointSizeF() - expected) < 0.01,
                 qPrintable(QStringLiteral("at %1 %: title %2 pt, expected %3").arg(zoom * 100).arg(title->font().pointSizeF()).arg(expected)));
        QVERIFY(title->font().bold());
    }
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
