// SPDX-License-Identifier: GPL-3.0-or-later
//
// `closelab --screenshot FILE.png` renders the main window offscreen at the requested size,
// saves it and exits 0. The picture must not be blank.

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString app = QStringLiteral(CLOSELAB_EXECUTABLE);

int runApp(const QStringList &arguments, QString *stderrText = nullptr)
{
    QProcess process;
    process.start(app, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (stderrText)
        *stderrText = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}
} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void rendersRequestedSize_data();
    void rendersRequestedSize();
    void unwritablePathFails();
};

void TestScreenshot::rendersRequestedSize_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("expectedSize");
    QTest::newRow("default size, English") << QStringList{} << QSize(1600, 1000);
    QTest::newRow("1200x800, English") << QStringList{"--lang", "en", "--size", "1200x800"} << QSize(1200, 800);
    QTest::newRow("1600x1000, Chinese") << QStringList{"--lang", "zh_CN", "--size", "1600x1000"} << QSize(1600, 1000);
    QTest::newRow("smallest, Chinese") << QStringList{"--lang", "zh_CN", "--size", "640x400"} << QSize(640, 400);
    QTest::newRow("a run at a time, Chinese")
        << QStringList{"--lang", "zh_CN", "--size", "1920x1080", "--scenario", "fin_unacked", "--time", "10"}
        << QSize(1920, 1080);
    QTest::newRow("run options") << QStringList{"--scenario", "normal_close", "--delay", "0.01", "--loss-s2c", "0.5",
                                                "--seed", "3", "--time", "0.005"}
                                 << QSize(1600, 1000);
}

void TestScreenshot::rendersRequestedSize()
{
    QFETCH(QStringList, options);
    QFETCH(QSize, expectedSize);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    QString errors;
    QCOMPARE(runApp(QStringList{QStringLiteral("--screenshot"), path} + options, &errors), 0);

    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(errors));
    QCOMPARE(image.size(), expectedSize);

    // Not blank: a laid-out window has many colours (text antialiasing, icons, frames) and
    // dark text pixels on light backgrounds.
    QSet<QRgb> colours;
    int dark = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(line[x]);
            if (qGray(line[x]) < 96)
                ++dark;
        }
    }
    QVERIFY2(colours.size() > 32, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    QVERIFY2(dark > 500, qPrintable(QStringLiteral("only %1 dark pixels").arg(dark)));
}

void TestScreenshot::unwritablePathFails()
{
    QString errors;
    QCOMPARE(runApp({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/shot.png")}, &errors), 1);
    QVERIFY2(errors.startsWith(QStringLiteral("closelab: ")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("/nonexistent-dir/shot.png")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
