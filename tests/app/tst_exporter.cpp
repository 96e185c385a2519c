// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exporter.h"
#include "core/populationjson.h"
#include "core/tracejson.h"
#include "views/sequencediagramview.h"
#include "views/timelinechartsview.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace closelab;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExporter : public QObject {
    Q_OBJECT
private slots:
    void imagesAreValid_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << "png";
        QTest::newRow("pdf") << "pdf";
#ifdef CLOSELAB_HAVE_SVG
        QTest::newRow("svg") << "svg";
#endif
    }

    // savePicture (the state graph's and the charts' exports go through it, panelexport.cpp): a
    // widget painted at 2 device pixels per logical pixel, as the export dialog's "print" scale does.
    void imagesAreValid()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        auto trace = std::make_shared<const Trace>(simulate(RunConfig{}));
        SequenceDiagramView diagram;
        diagram.resize(700, 500);
        diagram.setTrace(trace);
        TimelineChartsView charts;
        charts.resize(700, 300);
        charts.setTrace(trace, Sysctls{}, Sysctls{});
        const double scale = 2.0;
        for (QWidget *w : {static_cast<QWidget *>(&diagram), static_cast<QWidget *>(&charts)}) {
            const QString path = dir.filePath(QStringLiteral("out.") + suffix);
            const auto paint = [w](QPaintDevice *device, double s, bool) {
                QPainter painter(device);
                painter.scale(s, s);
                w->render(&painter);
            };
            QCOMPARE(Exporter::savePicture(path, QSizeF(w->size()), scale, paint), QString());
            const QByteArray bytes = readAll(path);
            if (suffix == QLatin1String("png")) {
                QImage image;
                QVERIFY(image.loadFromData(bytes, "PNG"));
                QCOMPARE(image.size(), w->size() * scale);
                // 96 dpi per logical pixel: 192 dpi, 7,559 dots per metre.
                QCOMPARE(image.dotsPerMeterX(), int(std::lround(192 / 0.0254)));
                // Something was drawn: not a blank white page.
                int drawn = 0;
                for (int y = 0; y < image.height(); y += 4) {
                    for (int x = 0; x < image.width(); x += 4)
                        drawn += image.pixel(x, y) != qRgb(255, 255, 255);
                }
                QVERIFY2(drawn > 100, qPrintable(QString::number(drawn)));
            } else if (suffix == QLatin1String("pdf")) {
                QVERIFY(bytes.startsWith("%PDF-"));
            } else {
                QXmlStreamReader xml(bytes);
                bool sawSvg = false;
                while (!xml.atEnd()) {
                    if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                        sawSvg = true;
                }
                QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
                QVERIFY(sawSvg);
            }
        }
        const auto nothing = [](QPaintDevice *, double, bool) {};
        QVERIFY(!Exporter::savePicture(dir.filePath(QStringLiteral("out.gif")), QSizeF(10, 10), 1.0, nothing).isEmpty());
        QVERIFY(!Exporter::savePicture(dir.filePath(QStringLiteral("out.png")), QSizeF(0, 10), 1.0, nothing).isEmpty());
    }

    void traceCsvHasAHeaderAndARowPerEvent()
    {
        const Trace trace = simulate(RunConfig{});
        const QList<QByteArray> lines = Exporter::traceCsv(trace).trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(trace.events.size() + 1));
        QVERIFY(lines.first().startsWith("t_s,type,host,conn,"));
        const int columns = int(lines.first().count(','));
        for (const QByteArray &line : lines)
            QCOMPARE(int(line.count(',')), columns);
    }

    void seriesCsvAndJson()
    {
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        PopulationConfig w;
        populationPreset(c.scenario, c, w);
        w.duration = 2;
        w.tail = 1;
        const PopulationResult r = simulatePopulation(c, w);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("series.csv"));
        QCOMPARE(Exporter::saveBytes(csv, QByteArray::fromStdString(seriesToCsv(r.series))), QString());
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QVERIFY(lines.first().startsWith("t,"));
        QCOMPARE(lines.size(), qsizetype(r.series.t.size() + 1));
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromStdString(populationToJson(c, w, r)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonDocument::fromJson(QByteArray::fromStdString(traceToJson(RunConfig{}, simulate(RunConfig{}))), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void sysctlConfHasACommentPerLine()
    {
        RunConfig c;
        (void)c.sysctls.setFromText("net.ipv4.tcp_fin_timeout=30");
        (void)c.sysctls.setFromText("net.ipv4.ip_local_port_range=1024 65000");
        (void)c.sysctls.setFromText("ulimit.nofile=4096");
        const QString text = QString::fromUtf8(Exporter::sysctlConf(c));
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList settings;
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(QLatin1Char('#'))) {
                settings << lines[i];
                QVERIFY(lines[i - 1].startsWith(QLatin1Char('#'))); // a comment above every setting
            }
        }
        QCOMPARE(settings, QStringList({QStringLiteral("net.ipv4.tcp_fin_timeout = 30"), QStringLiteral("net.ipv4.ip_local_port_range = 1024 65000")}));
        QVERIFY(text.contains(QStringLiteral("ulimit -n 4096")));
        QVERIFY(QString::fromUtf8(Exporter::sysctlConf(RunConfig{})).contains(QStringLiteral("Linux default")));
    }
};

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
