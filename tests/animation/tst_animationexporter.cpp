// SPDX-License-Identifier: GPL-3.0-or-later
//
// Export Animation: the frame times follow the playhead's compressed clock; a WebP written by the
// exporter decodes (libwebp's WebPAnimDecoder) to the chosen size and frame count, with frames that
// are not blank and that change; the PNG sequence likewise; bad settings are refused naming the
// option; `closelab --export-animation` does it headless and exits 2 on a bad range.

#include "app/animationexporter.h"
#include "app/playhead.h"
#include "core/scenario.h"
#include "views/timemap.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <webp/demux.h>

#include <cmath>

namespace {
std::shared_ptr<const closelab::Trace> runOf(const char *scenario)
{
    closelab::RunConfig config;
    config.scenario = scenario;
    return std::make_shared<const closelab::Trace>(closelab::simulate(config));
}

// Variance of the grey level: a blank (one-colour) frame has 0.
double greyVariance(const QImage &image)
{
    double sum = 0, squares = 0;
    const qsizetype n = qsizetype(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            squares += g * g;
        }
    }
    const double mean = sum / double(n);
    return squares / double(n) - mean * mean;
}

struct Decoded {
    QSize canvas;
    QList<QImage> frames;
    QList<int> timestamps;
};

Decoded decodeWebP(const QString &path)
{
    Decoded out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = file.readAll();
    WebPData data{reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())};
    WebPAnimDecoderOptions options;
    WebPAnimDecoderOptionsInit(&options);
    options.color_mode = MODE_BGRA;
    WebPAnimDecoder *decoder = WebPAnimDecoderNew(&data, &options);
    if (!decoder)
        return out;
    WebPAnimInfo info;
    WebPAnimDecoderGetInfo(decoder, &info);
    out.canvas = QSize(int(info.canvas_width), int(info.canvas_height));
    while (WebPAnimDecoderHasMoreFrames(decoder)) {
        uint8_t *pixels = nullptr;
        int timestamp = 0;
        if (!WebPAnimDecoderGetNext(decoder, &pixels, &timestamp))
            break;
        out.frames << QImage(pixels, out.canvas.width(), out.canvas.height(), QImage::Format_ARGB32).copy();
        out.timestamps << timestamp;
    }
    WebPAnimDecoderDelete(decoder);
    return out;
}
} // namespace

class TestAnimationExporter : public QObject
{
    Q_OBJECT

private slots:
    void frameTimesFollowTheCompressedClock();
    void webpHasTheFramesAsked();
    void pngSequence();
    void refusals_data();
    void refusals();
    void commandLine();
};

void TestAnimationExporter::frameTimesFollowTheCompressedClock()
{
    const auto trace = runOf("normal_close");
    // normal_close's FIN is in flight from 0 to 0.0005 s (0.5 ms one-way delay).
    const qint64 from = 0, to = 500'000;
    const double fps = 10;
    const QList<qint64> times = AnimationExporter::frameTimes(*trace, from, to, fps);
    // Arithmetic on the playhead's axis: 60 px of the compressed axis per second of animation.
    const closelab::TimeMap map(closelab::TimeMap::knotsOf(*trace), closelab::TimeMap::Params{});
    const double seconds = (map.y(to) - map.y(from)) / Playhead::compressedPixelsPerSecond;
    QCOMPARE(times.size(), qsizetype(std::max(2.0, std::round(seconds * fps) + 1)));
    QCOMPARE(times.first(), from);
    QCOMPARE(times.last(), to);
    QVERIFY(std::is_sorted(times.begin(), times.end()));
    // Evenly spaced along the axis (to within the rounding of times to nanoseconds).
    const double step = (map.y(to) - map.y(from)) / double(times.size() - 1);
    for (qsizetype i = 0; i < times.size(); ++i)
        QVERIFY2(std::abs(map.y(times.at(i)) - (map.y(from) + step * double(i))) < 0.5, qPrintable(QString::number(i)));
    // A 60 s TIME_WAIT passes as a break, not as 600 frames.
    QVERIFY(AnimationExporter::frameTimes(*trace, 0, trace->end, fps).size() < 200);
    QVERIFY(AnimationExporter::frameTimes(*trace, to, from, fps).isEmpty());
}

void TestAnimationExporter::webpHasTheFramesAsked()
{
    QTemporaryDir dir;
    const auto trace = runOf("normal_close");
    AnimationSettings settings;
    settings.path = dir.filePath(QStringLiteral("close.webp"));
    settings.from = 0;
    settings.to = 500'000;
    settings.size = QSize(480, 300);
    settings.fps = 8;
    AnimationExporter exporter(trace, settings);
    QCOMPARE(exporter.exportAll(), QString());
    const qsizetype expected = AnimationExporter::frameTimes(*trace, 0, 500'000, 8).size();
    QVERIFY(expected >= 3);

    const Decoded decoded = decodeWebP(settings.path);
    QCOMPARE(decoded.canvas, QSize(480, 300));
    QCOMPARE(decoded.frames.size(), expected);
    // 8 frames per second: frame i ends at (i + 1) * 125 ms.
    QCOMPARE(decoded.timestamps.first(), 125);
    QCOMPARE(decoded.timestamps.last(), int(expected) * 125);
    for (const QImage &frame : decoded.frames)
        QVERIFY(greyVariance(frame) > 100);
    // The FIN moves: the first and last frames differ.
    QVERIFY(decoded.frames.first() != decoded.frames.last());
}

void TestAnimationExporter::pngSequence()
{
    QTemporaryDir dir;
    const auto trace = runOf("rst_linger0");
    AnimationSettings settings;
    settings.path = dir.filePath(QStringLiteral("rst.png"));
    settings.format = AnimationWriter::Format::PngSequence;
    settings.from = 0;
    settings.to = 500'000;
    settings.size = QSize(400, 240);
    settings.fps = 4;
    AnimationExporter exporter(trace, settings);
    QCOMPARE(exporter.exportAll(), QString());
    const qsizetype expected = AnimationExporter::frameTimes(*trace, 0, 500'000, 4).size();
    for (int i = 1; i <= expected; ++i) {
        const QImage image(dir.filePath(QStringLiteral("rst-%1.png").arg(i, 4, 10, QLatin1Char('0'))));
        QCOMPARE(image.size(), QSize(400, 240));
        QVERIFY(greyVariance(image) > 100);
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rst-%1.png").arg(expected + 1, 4, 10, QLatin1Char('0')))));

    // Cancelled half-way: nothing is left behind.
    settings.path = dir.filePath(QStringLiteral("cancelled.png"));
    AnimationExporter halfway(trace, settings);
    QCOMPARE(halfway.start(), QString());
    QVERIFY(halfway.renderNext());
    halfway.cancel();
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cancelled-0001.png"))));
}

void TestAnimationExporter::refusals_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("fps");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("option");
    QTest::newRow("from before the run") << -100.0 << 0.001 << 10.0 << QSize(640, 400) << 1.0 << "--from";
    QTest::newRow("to after the run") << 0.0 << 1e5 << 10.0 << QSize(640, 400) << 1.0 << "--to";
    QTest::newRow("to before from") << 0.001 << 0.0 << 10.0 << QSize(640, 400) << 1.0 << "--to must come after --from";
    QTest::newRow("fps 0") << 0.0 << 0.001 << 0.0 << QSize(640, 400) << 1.0 << "--fps";
    QTest::newRow("fps 1000") << 0.0 << 0.001 << 1000.0 << QSize(640, 400) << 1.0 << "--fps";
    QTest::newRow("tiny") << 0.0 << 0.001 << 10.0 << QSize(10, 10) << 1.0 << "--size";
    QTest::newRow("zoom 10 %") << 0.0 << 0.001 << 10.0 << QSize(640, 400) << 0.1 << "--zoom";
}

void TestAnimationExporter::refusals()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, fps);
    QFETCH(QSize, size);
    QFETCH(double, zoom);
    QFETCH(QString, option);
    const auto trace = runOf("normal_close");
    AnimationSettings settings;
    settings.from = closelab::fromSeconds(from);
    settings.to = closelab::fromSeconds(to);
    settings.fps = fps;
    settings.size = size;
    settings.zoom = zoom;
    const QString error = AnimationExporter::check(settings, *trace);
    QVERIFY2(error.contains(option), qPrintable(error));
}

void TestAnimationExporter::commandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.webp"));
    QProcess process;
    process.start(QStringLiteral(CLOSELAB_EXECUTABLE),
                  {QStringLiteral("--export-animation"), path, QStringLiteral("--scenario"), QStringLiteral("normal_close"),
                   QStringLiteral("--from"), QStringLiteral("0"), QStringLiteral("--to"), QStringLiteral("0.0005"),
                   QStringLiteral("--size"), QStringLiteral("640x400"), QStringLiteral("--fps"), QStringLiteral("5"),
                   QStringLiteral("--zoom"), QStringLiteral("150")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    QCOMPARE(process.exitCode(), 0);
    const Decoded decoded = decodeWebP(path);
    QCOMPARE(decoded.canvas, QSize(640, 400));
    QCOMPARE(decoded.frames.size(), AnimationExporter::frameTimes(*runOf("normal_close"), 0, 500'000, 5).size());

    for (const QStringList &bad : {QStringList{"--to", "999999"}, QStringList{"--fps", "many"}, QStringList{"--zoom", "5"}}) {
        process.start(QStringLiteral(CLOSELAB_EXECUTABLE),
                      QStringList{QStringLiteral("--export-animation"), dir.filePath(QStringLiteral("bad.webp")),
                                  QStringLiteral("--scenario"), QStringLiteral("normal_close")} + bad);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(bad.first()) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.webp"))));
    }
}

QTEST_MAIN(TestAnimationExporter)
#include "tst_animationexporter.moc"
