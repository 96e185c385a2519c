// SPDX-License-Identifier: GPL-3.0-or-later
//
// closelab and closelab-cli follow QCommandLineParser conventions: --help and --version exit 0,
// a usage error exits 2 with one line on stderr. Parsing is tested in-process; exit codes and
// output by running the real binaries.

#include "app/commandline.h"

#include <QProcess>
#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Outcome)

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString app = QStringLiteral(CLOSELAB_EXECUTABLE);
const QString cli = QStringLiteral(CLOSELAB_CLI_EXECUTABLE);
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void wantsScreenshot();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void noDisplaySaysSo();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Outcome>("outcome");
    QTest::addColumn<QString>("errorPart");

    using O = CommandLine::Outcome;
    QTest::newRow("nothing") << QStringList{} << O::Run << QString();
    QTest::newRow("help") << QStringList{"--help"} << O::ShowHelp << QString();
    QTest::newRow("version") << QStringList{"--version"} << O::ShowVersion << QString();
    QTest::newRow("all options") << QStringList{"--lang", "zh_CN", "--screenshot", "a.png", "--size", "800x600"}
                                 << O::Run << QString();
    QTest::newRow("unknown option") << QStringList{"--bogus"} << O::UsageError << QStringLiteral("bogus");
    QTest::newRow("unknown language") << QStringList{"--lang", "fr"} << O::UsageError << QStringLiteral("'fr'");
    QTest::newRow("missing value") << QStringList{"--lang"} << O::UsageError << QStringLiteral("lang");
    QTest::newRow("size not a size") << QStringList{"--size", "big"} << O::UsageError << QStringLiteral("'big'");
    QTest::newRow("size too small") << QStringList{"--size", "10x10"} << O::UsageError << QStringLiteral("640x400");
    QTest::newRow("size too large") << QStringList{"--size", "99999x99999"} << O::UsageError
                                    << QStringLiteral("7680x4320");
    QTest::newRow("empty screenshot") << QStringList{"--screenshot", ""} << O::UsageError
                                      << QStringLiteral("--screenshot");
    QTest::newRow("positional") << QStringList{"file.txt"} << O::UsageError << QStringLiteral("file.txt");
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Outcome, outcome);
    QFETCH(QString, errorPart);

    CommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList{QStringLiteral("closelab")} + arguments), outcome);
    if (outcome == CommandLine::Outcome::UsageError) {
        QVERIFY2(commandLine.errorText().contains(errorPart), qPrintable(commandLine.errorText()));
        QVERIFY(!commandLine.errorText().contains(QLatin1Char('\n')));
    }
    if (arguments.size() == 6) {
        QCOMPARE(commandLine.language(), QStringLiteral("zh_CN"));
        QCOMPARE(commandLine.screenshotPath(), QStringLiteral("a.png"));
        QCOMPARE(commandLine.windowSize(), QSize(800, 600));
    }
}

void TestCommandLine::wantsScreenshot()
{
    const char *with[] = {"closelab", "--lang", "en", "--screenshot", "x.png"};
    const char *withEquals[] = {"closelab", "--screenshot=x.png"};
    const char *without[] = {"closelab", "--lang", "en"};
    const char *afterSeparator[] = {"closelab", "--", "--screenshot"};
    QVERIFY(CommandLine::wantsScreenshot(5, with));
    QVERIFY(CommandLine::wantsScreenshot(2, withEquals));
    QVERIFY(!CommandLine::wantsScreenshot(3, without));
    QVERIFY(!CommandLine::wantsScreenshot(3, afterSeparator));
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("closelab --version") << app << QStringList{"--version"}
                                        << QStringLiteral("closelab " CLOSELAB_VERSION "\n");
    QTest::newRow("closelab --help") << app << QStringList{"--help"} << QStringLiteral("--screenshot <file>");
    QTest::newRow("closelab -h") << app << QStringList{"-h"} << QStringLiteral("Usage:");
    QTest::newRow("closelab --lang zh_CN --help") << app << QStringList{"--lang", "zh_CN", "--help"}
                                                  << QStringLiteral("在屏幕外渲染主窗口");
    QTest::newRow("closelab-cli --help") << cli << QStringList{"--help"} << QStringLiteral("Usage:");
    QTest::newRow("closelab-cli --version") << cli << QStringList{"--version"}
                                            << QStringLiteral("closelab-cli " CLOSELAB_VERSION);
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = runProgram(program, arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("closelab unknown option") << app << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
    QTest::newRow("closelab bad language") << app << QStringList{"--lang", "xx"} << QStringLiteral("'xx'");
    QTest::newRow("closelab bad size") << app << QStringList{"--screenshot", "a.png", "--size", "12"}
                                       << QStringLiteral("'12'");
    QTest::newRow("closelab-cli unknown option") << cli << QStringList{"--frobnicate"} << QStringLiteral("frobnicate");
}

void TestCommandLine::usageErrorsExitTwo()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run run = runProgram(program, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, no Qt noise
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::noDisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run run = runProgram(app, {QStringLiteral("--lang"), QStringLiteral("en")}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("closelab: No display")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("xvfb-run")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("qt.qpa")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
