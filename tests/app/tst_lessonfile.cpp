// SPDX-License-Identifier: GPL-3.0-or-later
//
// The .closelab-lesson file: a round trip keeps every field; every bad field is refused with a
// message naming it and the caller's lesson is left alone; the three built-in lessons load, have
// notes in both languages, and every step's experiment runs to its end with the engine's invariants.

#include "app/experimentcontroller.h"
#include "app/lessonfile.h"
#include "core/invariants.h"
#include "core/population.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
Lesson sampleLesson()
{
    Lesson lesson;
    lesson.titleEn = QStringLiteral("Sample");
    lesson.titleZh = QStringLiteral("示例");
    LessonStep a;
    a.experiment.scenario = "fin_unacked";
    if (a.experiment.sysctls.setFromText("net.ipv4.tcp_orphan_retries=2"))
        qFatal("bad parameter");
    a.experiment.network.lossS2C = 0.25;
    a.experiment.seed = 7;
    a.start = 1'500'000'000;
    a.titleEn = QStringLiteral("Orphans");
    a.titleZh = QStringLiteral("孤儿连接");
    a.notesEn = QStringLiteral("Line one.\n\nLine two.");
    a.notesZh = QStringLiteral("第一行。\n\n第二行。");
    a.quiz = true;
    LessonStep b;
    b.experiment.scenario = "rst_linger0";
    b.start = -250'000; // in the set-up
    lesson.steps = {a, b};
    return lesson;
}

// The sample as a JSON object, for the refusal rows to break one field at a time.
QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(LessonFile::toJson(sampleLesson())).object();
}
} // namespace

class TestLessonFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void saveIsAtomicAndLoads();
    void refusesBadFields_data();
    void refusesBadFields();
    void builtInLessonsLoad_data();
    void builtInLessonsLoad();
    void builtInStepsRun_data();
    void builtInStepsRun();
};

void TestLessonFile::roundTrip()
{
    const Lesson lesson = sampleLesson();
    Lesson back;
    QCOMPARE(LessonFile::fromJson(LessonFile::toJson(lesson), back), QString());
    QCOMPARE(back.titleEn, lesson.titleEn);
    QCOMPARE(back.titleZh, lesson.titleZh);
    QCOMPARE(back.steps.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        const LessonStep &s = lesson.steps.at(i), &r = back.steps.at(i);
        QCOMPARE(r.experiment.scenario, s.experiment.scenario);
        QCOMPARE(r.experiment.sysctls.valueText("net.ipv4.tcp_orphan_retries"), s.experiment.sysctls.valueText("net.ipv4.tcp_orphan_retries"));
        QCOMPARE(r.experiment.network.lossS2C, s.experiment.network.lossS2C);
        QCOMPARE(r.experiment.seed, s.experiment.seed);
        QCOMPARE(r.start, s.start);
        QCOMPARE(r.titleEn, s.titleEn);
        QCOMPARE(r.titleZh, s.titleZh);
        QCOMPARE(r.notesEn, s.notesEn);
        QCOMPARE(r.notesZh, s.notesZh);
        QCOMPARE(r.quiz, s.quiz);
    }
    // Written again, the same bytes.
    QCOMPARE(LessonFile::toJson(back), LessonFile::toJson(lesson));
    // Titles fall back to the other language, then to the scenario's name.
    QCOMPARE(back.steps.at(1).title(QStringLiteral("zh_CN")), QStringLiteral("rst_linger0"));
    LessonStep englishOnly;
    englishOnly.titleEn = QStringLiteral("Only English");
    QCOMPARE(englishOnly.title(QStringLiteral("zh_CN")), QStringLiteral("Only English"));
}

void TestLessonFile::saveIsAtomicAndLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("l.closelab-lesson"));
    QCOMPARE(LessonFile::save(path, sampleLesson()), QString());
    Lesson back;
    QCOMPARE(LessonFile::load(path, back), QString());
    QCOMPARE(back.steps.size(), 2);
    // A folder in the way: the reason, not a crash, and nothing written.
    QVERIFY(!LessonFile::save(dir.path(), sampleLesson()).isEmpty());
    QVERIFY(!LessonFile::load(dir.filePath(QStringLiteral("missing.closelab-lesson")), back).isEmpty());
    QCOMPARE(back.steps.size(), 2);
}

void TestLessonFile::refusesBadFields_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field"); // what the message must name

    auto row = [](const char *name, const std::function<void(QJsonObject &)> &breakIt, const char *field) {
        QJsonObject o = sampleObject();
        breakIt(o);
        QTest::newRow(name) << QJsonDocument(o).toJson() << QString::fromUtf8(field);
    };
    auto stepRow = [&row](const char *name, const std::function<void(QJsonObject &)> &breakStep, const char *field) {
        row(name, [&](QJsonObject &o) {
            QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
            QJsonObject second = steps.at(1).toObject();
            breakStep(second);
            steps.replace(1, second);
            o.insert(QStringLiteral("steps"), steps);
        }, field);
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("invalid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    row("format", [](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("closelab-experiment")); }, "\"format\"");
    row("version", [](QJsonObject &o) { o.insert(QStringLiteral("version"), QStringLiteral("1")); }, "\"version\"");
    row("newer version", [](QJsonObject &o) { o.insert(QStringLiteral("version"), 99); }, "newer");
    row("unknown field", [](QJsonObject &o) { o.insert(QStringLiteral("colour"), 1); }, "\"colour\"");
    row("title not an object", [](QJsonObject &o) { o.insert(QStringLiteral("title"), QStringLiteral("x")); }, "title");
    row("title language", [](QJsonObject &o) { o.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("fr"), QStringLiteral("x")}}); }, "title.fr");
    row("steps missing", [](QJsonObject &o) { o.remove(QStringLiteral("steps")); }, "\"steps\"");
    row("steps empty", [](QJsonObject &o) { o.insert(QStringLiteral("steps"), QJsonArray()); }, "\"steps\"");
    row("steps not a list", [](QJsonObject &o) { o.insert(QStringLiteral("steps"), QJsonObject()); }, "\"steps\"");
    row("too many steps", [](QJsonObject &o) {
        QJsonArray steps;
        for (int i = 0; i <= LessonFile::maxSteps; ++i)
            steps.append(o.value(QStringLiteral("steps")).toArray().at(0));
        o.insert(QStringLiteral("steps"), steps);
    }, "\"steps\"");
    stepRow("step not an object", [](QJsonObject &s) { s = QJsonObject{{QStringLiteral("x"), 1}}; }, "steps[1].x");
    stepRow("step unknown field", [](QJsonObject &s) { s.insert(QStringLiteral("speed"), 2); }, "steps[1].speed");
    stepRow("experiment missing", [](QJsonObject &s) { s.remove(QStringLiteral("experiment")); }, "steps[1].experiment");
    stepRow("experiment scenario", [](QJsonObject &s) {
        QJsonObject e = s.value(QStringLiteral("experiment")).toObject();
        e.insert(QStringLiteral("scenario"), QStringLiteral("no_such"));
        s.insert(QStringLiteral("experiment"), e);
    }, "steps[1].experiment: \"scenario\"");
    stepRow("experiment parameter", [](QJsonObject &s) {
        QJsonObject e = s.value(QStringLiteral("experiment")).toObject();
        e.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("net.ipv4.tcp_fin_timeout"), QStringLiteral("-5")}});
        s.insert(QStringLiteral("experiment"), e);
    }, "steps[1].experiment: parameters");
    stepRow("experiment network", [](QJsonObject &s) {
        QJsonObject e = s.value(QStringLiteral("experiment")).toObject();
        e.insert(QStringLiteral("network"), QJsonObject{{QStringLiteral("loss_c2s"), 2}});
        s.insert(QStringLiteral("experiment"), e);
    }, "steps[1].experiment: network.loss_c2s");
    stepRow("start text", [](QJsonObject &s) { s.insert(QStringLiteral("start_s"), QStringLiteral("soon")); }, "steps[1].start_s");
    stepRow("start far", [](QJsonObject &s) { s.insert(QStringLiteral("start_s"), 1e12); }, "steps[1].start_s");
    stepRow("quiz not bool", [](QJsonObject &s) { s.insert(QStringLiteral("quiz"), 1); }, "steps[1].quiz");
    stepRow("notes not an object", [](QJsonObject &s) { s.insert(QStringLiteral("notes"), QStringLiteral("hi")); }, "steps[1].notes");
    stepRow("notes not text", [](QJsonObject &s) { s.insert(QStringLiteral("notes"), QJsonObject{{QStringLiteral("en"), 3}}); }, "steps[1].notes.en");
    stepRow("notes too long", [](QJsonObject &s) {
        s.insert(QStringLiteral("notes"), QJsonObject{{QStringLiteral("zh_CN"), QString(20001, QLatin1Char('x'))}});
    }, "steps[1].notes.zh_CN");
}

void TestLessonFile::refusesBadFields()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, field);
    Lesson kept = sampleLesson();
    kept.titleEn = QStringLiteral("kept");
    const QString error = LessonFile::fromJson(document, kept);
    QVERIFY2(error.contains(field), qPrintable(QStringLiteral("'%1' does not name %2").arg(error, field)));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(kept.titleEn, QStringLiteral("kept"));
    QCOMPARE(kept.steps.size(), 2);
}

void TestLessonFile::builtInLessonsLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("scenarios");
    // The three lessons, their steps in this order.
    const QStringList paths = LessonFile::builtInLessons();
    QCOMPARE(paths.size(), 3);
    QTest::newRow("four-way close") << paths.at(0)
                                    << QStringList{"normal_close", "server_close_first", "simultaneous_close", "last_ack_lost"};
    QTest::newRow("retransmission") << paths.at(1)
                                    << QStringList{"fin_unacked", "fin_wait2_timeout", "peer_crash", "keepalive_dead_peer"};
    QTest::newRow("rst") << paths.at(2)
                         << QStringList{"rst_linger0", "rst_unread_data", "rst_closed_port", "rst_data_after_close", "accept_queue_overflow"};
}

void TestLessonFile::builtInLessonsLoad()
{
    QFETCH(QString, path);
    QFETCH(QStringList, scenarios);
    Lesson lesson;
    QCOMPARE(LessonFile::load(path, lesson), QString());
    QVERIFY(!lesson.titleEn.isEmpty());
    QVERIFY(!lesson.titleZh.isEmpty());
    QStringList names;
    for (const LessonStep &step : std::as_const(lesson.steps)) {
        names << QString::fromStdString(step.experiment.scenario);
        QVERIFY2(step.notesEn.size() > 100 && step.notesZh.size() > 40, step.experiment.scenario.c_str());
        QVERIFY(!step.titleEn.isEmpty() && !step.titleZh.isEmpty());
        // The Chinese notes are Chinese (protocol tokens and sysctl names aside).
        const auto cjk = std::count_if(step.notesZh.cbegin(), step.notesZh.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
        QVERIFY2(cjk > 40, step.experiment.scenario.c_str());
    }
    QCOMPARE(names, scenarios);
    // The one step with a parameter: fin_unacked with tcp_orphan_retries (seed 000's knob), in the
    // seeds' term for the sockets it governs.
    if (scenarios.constFirst() == QLatin1String("fin_unacked")) {
        QVERIFY(lesson.steps.at(0).notesZh.contains(QStringLiteral("孤儿连接")));
        QCOMPARE(lesson.steps.at(0).experiment.sysctls.valueText("net.ipv4.tcp_orphan_retries"), std::string("3"));
    }
}

void TestLessonFile::builtInStepsRun_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("index");
    for (const QString &path : LessonFile::builtInLessons()) {
        Lesson lesson;
        if (!LessonFile::load(path, lesson).isEmpty())
            QFAIL("a built-in lesson does not load");
        for (int i = 0; i < lesson.steps.size(); ++i)
            QTest::addRow("%s step %d (%s)", qPrintable(path), i + 1, lesson.steps.at(i).experiment.scenario.c_str()) << path << i;
    }
}

void TestLessonFile::builtInStepsRun()
{
    QFETCH(QString, path);
    QFETCH(int, index);
    Lesson lesson;
    QCOMPARE(LessonFile::load(path, lesson), QString());
    const LessonStep &step = lesson.steps.at(index);
    // As the panel shows it: through the controller, population runs included.
    ExperimentController controller;
    QCOMPARE(controller.load(step.experiment), QString());
    QVERIFY(controller.waitForIdle(60000));
    QVERIFY(controller.trace());
    const closelab::Trace &trace = *controller.trace();
    if (closelab::isPopulationScenario(step.experiment.scenario)) {
        QVERIFY(controller.populationResult());
        QVERIFY(!controller.populationResult()->series.t.empty());
    } else {
        // The run ends by itself (quiescent), not at the event budget or the horizon.
        QCOMPARE(closelab::runEndName(trace.runEnd), std::string_view("quiescent"));
        const std::vector<std::string> problems = closelab::checkInvariants(controller.effectiveConfig(), trace);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
    }
    QCOMPARE(trace.illegalTransitions, 0);
    // The step starts within the run.
    QVERIFY(step.start >= trace.start && step.start <= trace.end);
}

QTEST_MAIN(TestLessonFile)
#include "tst_lessonfile.moc"
