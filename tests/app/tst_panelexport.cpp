// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export → State Graph / Timeline Charts as Image: the whole picture drawn afresh at print
// resolution, whatever the window's size, the docks' sizes or the charts' pan of the time axis:
// PNG of the default size at 2× and not blank, SVG that parses and carries the text, PDF with its
// header, trailer and the page size of the picture.
#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/panelexport.h"
#include "app/playhead.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <qcustomplot.h>

using namespace closelab;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Share of the pixels in the rows [y0, y1) that are not paper (the top left corner's colour), and
// the number of colours.
double inked(const QImage &image, int y0, int y1, int *colours = nullptr)
{
    QSet<QRgb> seen;
    qint64 ink = 0, all = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb paper = rgb.pixel(0, 0) & 0xffffff;
    for (int y = std::max(0, y0); y < std::min(rgb.height(), y1); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            ++all;
            if ((row[x] & 0xffffff) != paper)
                ++ink;
            if (seen.size() < 1000)
                seen.insert(row[x]);
        }
    }
    if (colours)
        *colours = int(seen.size());
    return all ? double(ink) / double(all) : 0;
}

} // namespace

class TestPanelExport : public QObject {
    Q_OBJECT

private:
    LanguageSwitcher m_languages;

    QString exportFrom(MainWindow &window, bool stateGraph, const QString &path)
    {
        return stateGraph ? PanelExport::saveStateGraph(*window.stateGraph(), path)
                          : PanelExport::saveCharts(*window.timelineCharts(), path);
    }

private slots:
    void initTestCase()
    {
        usePlotFactory(builtInPlotFactory()); // the charts are this program's TimelineChartsView
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void everyFormat_data()
    {
        QTest::addColumn<bool>("stateGraph");
        QTest::addColumn<QString>("suffix");
        for (bool graph : {true, false}) {
            QTest::addRow("%s png", graph ? "state graph" : "charts") << graph << "png";
            QTest::addRow("%s pdf", graph ? "state graph" : "charts") << graph << "pdf";
#ifdef CLOSELAB_HAVE_SVG
            QTest::addRow("%s svg", graph ? "state graph" : "charts") << graph << "svg";
#endif
        }
    }

    void everyFormat()
    {
        QFETCH(bool, stateGraph);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        QCOMPARE(window.controller()->setScenario(QStringLiteral("last_ack_lost")), QString());
        window.resize(1024, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // At 0.2563 s the client is in TIME_WAIT, the server in LAST_ACK (scripts/screenshots.sh).
        window.playhead()->seek(256300000);
        const QString path = dir.filePath(QStringLiteral("small.") + suffix);
        QCOMPARE(exportFrom(window, stateGraph, path), QString());
        const QByteArray bytes = readAll(path);
        const QSizeF logical = stateGraph ? PanelExport::stateGraphSize(1.5) : PanelExport::chartsSize(1.5);
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            // The default picture at 2×, not the dock's size; 192 dpi recorded for print.
            QCOMPARE(image.size(), (logical * 2).toSize());
            QVERIFY2(image.width() >= 1400, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
            image.save(QStringLiteral("/tmp/lp-export-%1.png").arg(stateGraph));
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 192);
            int colours = 0;
            const double ink = inked(image, 0, image.height(), &colours);
            QVERIFY2(ink > 0.02 && ink < 0.9, qPrintable(QString::number(ink)));
            QVERIFY(colours > 20);
            // Down to the bottom: the state graph's TIME_WAIT row, the charts' time axis.
            QVERIFY(inked(image, image.height() * 85 / 100, image.height()) > 0.002);
            // Whatever the window's size and the charts' pan: the same picture.
            window.resize(1600, 1000);
            dynamic_cast<TimelineChartsView *>(window.timelineCharts()->charts())->plot()->xAxis->setRange(0.25, 0.26);
            QTest::qWait(10);
            const QString again = dir.filePath(QStringLiteral("large.png"));
            QCOMPARE(exportFrom(window, stateGraph, again), QString());
            QImage second;
            QVERIFY(second.load(again));
            QCOMPARE(second.size(), image.size());
            QVERIFY(second.convertToFormat(QImage::Format_RGB32) == image.convertToFormat(QImage::Format_RGB32));
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            QVERIFY(bytes.size() > 5000);
            // One page, the picture's size in points (96 logical pixels to the inch).
            const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const auto m = box.match(QString::fromLatin1(bytes));
            QVERIFY(m.hasMatch());
            QVERIFY(std::abs(m.captured(1).toDouble() - logical.width() * 0.75) < 2);
            QVERIFY(std::abs(m.captured(2).toDouble() - logical.height() * 0.75) < 2);
        } else {
            QXmlStreamReader xml(bytes);
            bool sawSvg = false;
            QString texts;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("svg"))
                    sawSvg = true;
                if (xml.name() == QLatin1String("text"))
                    texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(sawSvg);
            // Text stays text (selectable, sharp on a slide).
            QVERIFY2(texts.contains(stateGraph ? QStringLiteral("TIME_WAIT") : QStringLiteral("time (s)")), qPrintable(texts.left(400)));
        }
        QVERIFY(!exportFrom(window, stateGraph, dir.filePath(QStringLiteral("x.bmp"))).isEmpty());
    }

    void fromTheMenu_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::newRow("state graph") << "exportStateGraphAction";
        QTest::newRow("charts") << "exportChartsAction";
    }

    void fromTheMenu()
    {
        QFETCH(QString, actionName);
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        window.resize(1280, 720);
        window.show();
        QCOMPARE(window.controller()->setScenario(QStringLiteral("fin_unacked")), QString());
        window.stateGraph()->setZoom(2.0);
        const QString path = dir.filePath(QStringLiteral("menu.png"));
        ExperimentMenus::Dialogs d;
        d.chooseFile = [&](const ExperimentMenus::FileRequest &request) {
            return request.filter.contains(QLatin1String("*.png")) ? path : QString();
        };
        d.warn = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        window.experimentMenus()->setDialogs(d);
        auto *action = window.findChild<QAction *>(actionName);
        QVERIFY(action);
        action->trigger();
        QImage image;
        QVERIFY(image.load(path));
        // The state graph at its own zoom (200 %, above the 150 % default); the charts at 150 %.
        const QSizeF logical = actionName == QLatin1String("exportStateGraphAction") ? PanelExport::stateGraphSize(2.0) : PanelExport::chartsSize(1.5);
        QCOMPARE(image.size(), (logical * 2).toSize());
    }
};

QTEST_MAIN(TestPanelExport)
#include "tst_panelexport.moc"
