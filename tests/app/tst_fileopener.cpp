// SPDX-License-Identifier: GPL-3.0-or-later
//
// Opening what was saved from outside the File menu: `closelab FILE` and drag and drop onto the
// main window. The dispatch by extension, the refusals (one line naming the file, exit 2 without a
// window), and that a good file becomes the window's experiment.

#include "app/experimentcontroller.h"
#include "app/experimentfile.h"
#include "app/experimentmenus.h"
#include "app/fileopener.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"

#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

Q_DECLARE_METATYPE(FileOpener::Kind)

namespace {
struct Run
{
    int exitCode = -1;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLOSELAB_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

closelab::RunConfig experimentOf(const char *scenario, const std::string &parameter)
{
    closelab::RunConfig config;
    config.scenario = scenario;
    if (!parameter.empty() && config.sysctls.setFromText(parameter))
        qFatal("bad parameter in the test");
    return config;
}
} // namespace

class TestFileOpener : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void kindOf_data();
    void kindOf();
    void checkPathNamesTheFileAndTheProblem_data();
    void checkPathNamesTheFileAndTheProblem();
    void openDispatchesByKind();
    void openingAnExperimentMakesItTheWindowsExperiment();
    void aBadFileChangesNothing();
    void dropOpensTheFile();
    void dropOfOtherFilesIsNotAccepted();
    void commandLineOpensTheFile();
    void commandLineRefusals_data();
    void commandLineRefusals();

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
};

void TestFileOpener::init()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestFileOpener::kindOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<FileOpener::Kind>("kind");
    using K = FileOpener::Kind;
    QTest::newRow("experiment") << "/tmp/a.closelab" << K::Experiment;
    QTest::newRow("experiment, upper case") << "A.CLOSELAB" << K::Experiment;
    QTest::newRow("lesson") << "lesson1.closelab-lesson" << K::Lesson;
    QTest::newRow("dots in the name") << "my.lesson.v2.closelab-lesson" << K::Lesson;
    QTest::newRow("json") << "a.json" << K::Unsupported;
    QTest::newRow("no extension") << "closelab" << K::Unsupported;
    QTest::newRow("extension inside") << "a.closelab.bak" << K::Unsupported;
}

void TestFileOpener::kindOf()
{
    QFETCH(QString, path);
    QFETCH(FileOpener::Kind, kind);
    QCOMPARE(FileOpener::kindOf(path), kind);
}

void TestFileOpener::checkPathNamesTheFileAndTheProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << "missing.closelab" << "no such file";
    QTest::newRow("folder") << "folder.closelab" << "folder";
    QTest::newRow("other kind") << "notes.txt" << ".closelab-lesson";
}

void TestFileOpener::checkPathNamesTheFileAndTheProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QDir(m_dir.path()).mkpath(QStringLiteral("folder.closelab"));
    const QString path = m_dir.filePath(name);
    const QString error = FileOpener::checkPath(path);
    QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestFileOpener::openDispatchesByKind()
{
    QWidget window;
    FileOpener opener(&window);
    QStringList calls;
    opener.setHandler(FileOpener::Kind::Experiment, [&](const QString &path, bool) { calls << "experiment " + path; return QString(); });
    opener.setHandler(FileOpener::Kind::Lesson, [&](const QString &path, bool) { calls << "lesson " + path; return QString(); });
    const QString experiment = m_dir.filePath(QStringLiteral("a.closelab"));
    const QString lesson = m_dir.filePath(QStringLiteral("b.closelab-lesson"));
    for (const QString &path : {experiment, lesson}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(opener.open(experiment, true), QString());
    QCOMPARE(opener.open(lesson, true), QString());
    QVERIFY(!opener.open(m_dir.filePath(QStringLiteral("c.closelab")), true).isEmpty()); // missing: no handler call
    QCOMPARE(calls, (QStringList{"experiment " + experiment, "lesson " + lesson}));
}

void TestFileOpener::openingAnExperimentMakesItTheWindowsExperiment()
{
    MainWindow window(&m_languages);
    const QString path = m_dir.filePath(QStringLiteral("orphans.closelab"));
    QCOMPARE(ExperimentFile::save(path, experimentOf("fin_unacked", "net.ipv4.tcp_orphan_retries=2")), QString());
    QCOMPARE(window.fileOpener()->open(path, true), QString());
    QCOMPARE(window.controller()->config().scenario, std::string("fin_unacked"));
    QCOMPARE(window.controller()->config().sysctls.valueText("net.ipv4.tcp_orphan_retries"), std::string("2"));
    QCOMPARE(window.experimentMenus()->currentFile(), path);
    QVERIFY(window.windowTitle().contains(QStringLiteral("orphans.closelab")));
}

void TestFileOpener::aBadFileChangesNothing()
{
    MainWindow window(&m_languages);
    const QString path = m_dir.filePath(QStringLiteral("bad.closelab"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "closelab-experiment", "version": 1, "scenario": "no_such_scenario"})");
    file.close();
    const closelab::RunConfig before = window.controller()->config();
    const QString error = window.fileOpener()->open(path, true);
    QVERIFY2(error.contains(QStringLiteral("scenario")), qPrintable(error));
    QCOMPARE(window.controller()->config().scenario, before.scenario);
    QCOMPARE(window.experimentMenus()->currentFile(), QString());
}

void TestFileOpener::dropOpensTheFile()
{
    MainWindow window(&m_languages);
    const QString path = m_dir.filePath(QStringLiteral("dropped.closelab"));
    QCOMPARE(ExperimentFile::save(path, experimentOf("rst_linger0", "")), QString());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(window.controller()->config().scenario, std::string("rst_linger0"));
}

void TestFileOpener::dropOfOtherFilesIsNotAccepted()
{
    MainWindow window(&m_languages);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
}

void TestFileOpener::commandLineOpensTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("good.closelab"));
    QCOMPARE(ExperimentFile::save(path, experimentOf("last_ack_lost", "")), QString());
    const QString picture = m_dir.filePath(QStringLiteral("good.png"));
    const Run run = runApp({QStringLiteral("--screenshot"), picture, QStringLiteral("--size"), QStringLiteral("800x600"), path});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo::exists(picture));
    // --time applies to the opened file's run: last_ack_lost's run ends long before an hour.
    const Run late = runApp({QStringLiteral("--screenshot"), picture, QStringLiteral("--time"), QStringLiteral("3600"), path});
    QCOMPARE(late.exitCode, 2);
    QVERIFY2(late.err.contains(QStringLiteral("--time")), qPrintable(late.err));
}

void TestFileOpener::commandLineRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("contents"); // empty: the file does not exist
    QTest::addColumn<QStringList>("more");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << "missing.closelab" << QString() << QStringList{} << "no such file";
    QTest::newRow("wrong kind") << "notes.txt" << "x" << QStringList{} << "not a file CloseLab opens";
    QTest::newRow("not JSON") << "broken.closelab" << "{" << QStringList{} << "invalid JSON";
    QTest::newRow("unknown scenario") << "unknown.closelab"
                                      << R"({"format": "closelab-experiment", "version": 1, "scenario": "nope"})"
                                      << QStringList{} << "\"scenario\"";
    QTest::newRow("with --scenario") << "good.closelab"
                                     << R"({"format": "closelab-experiment", "version": 1, "scenario": "normal_close"})"
                                     << QStringList{"--scenario", "rst_linger0"} << "cannot be combined";
    QTest::newRow("two files") << "one.closelab"
                               << R"({"format": "closelab-experiment", "version": 1, "scenario": "normal_close"})"
                               << QStringList{"two.closelab"} << "'two.closelab'";
}

void TestFileOpener::commandLineRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, contents);
    QFETCH(QStringList, more);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(name);
    if (!contents.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents.toUtf8());
    }
    const Run run = runApp(QStringList{QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")), path} + more);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(problem), qPrintable(run.err));
    // The line names the file it is about (for "two files": the one too many).
    QVERIFY2(run.err.contains(more.size() == 1 ? more.constFirst() : name), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

QTEST_MAIN(TestFileOpener)
#include "tst_fileopener.moc"
