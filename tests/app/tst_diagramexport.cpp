// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export → Sequence Diagram: the whole run (or a chosen range) in one picture, laid out
// afresh at print resolution, whatever the window's size or scroll position: as tall as the run,
// down to its last event, without a scroll bar, not blank.
#include "app/diagramexport.h"
#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "core/scenario.h"
#include "views/palette.h"
#include "views/sequencediagramview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace closelab;

namespace {

Trace runOf(const char *scenario)
{
    RunConfig c;
    c.scenario = scenario;
    return simulate(c);
}

// Share of the rows in [y0, y1) (device pixels) that hold anything but paper.
double inkedRows(const QImage &image, int y0, int y1)
{
    const QRgb paper = palette::paper().rgb();
    int inked = 0;
    for (int y = std::max(0, y0); y < std::min(image.height(), y1); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((row[x] & 0xffffff) != (paper & 0xffffff)) {
                ++inked;
                break;
            }
        }
    }
    return double(inked) / std::max(1, std::min(image.height(), y1) - std::max(0, y0));
}

} // namespace

class TestDiagramExport : public QObject {
    Q_OBJECT
private slots:
    void wholeRunInOnePicture()
    {
        // fin_unacked retransmits its FIN nine times with backoff: far taller than any window.
        const Trace trace = runOf("fin_unacked");
        DiagramExport::Options o;
        const QImage image = DiagramExport::render(trace, o);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), int(o.width * o.scale));
        const SequenceLayout layout = SequenceDiagramView::layoutFor(trace, o.width, 0, o.zoom, o.mode);
        const double lastEvent = layout.timeMap().y(trace.events.back().t);
        QVERIFY2(image.height() / o.scale > 2000, qPrintable(QString::number(image.height())));
        QVERIFY(image.height() / o.scale >= lastEvent + layout.metrics().em);
        // The last event is drawn: ink around its height; and the picture is not blank.
        const int at = int(lastEvent * o.scale);
        QVERIFY(inkedRows(image, at - int(2 * layout.metrics().em * o.scale), at + 4) > 0.3);
        QVERIFY(inkedRows(image, 0, image.height()) > 0.5);
        // No scroll bar: the right edge is mostly paper from under the header down (the grey bands
        // of idle breaks cross it).
        const int right = image.width() - 3;
        const QRgb paper = palette::paper().rgb();
        int other = 0;
        for (int y = int(layout.metrics().headerHeight() * o.scale) + 2; y < image.height(); ++y)
            other += (image.pixel(right, y) & 0xffffff) != (paper & 0xffffff);
        QVERIFY2(other < image.height() / 2, qPrintable(QStringLiteral("%1 of %2").arg(other).arg(image.height())));
    }

    void aRange()
    {
        const Trace trace = runOf("fin_unacked");
        DiagramExport::Options whole;
        DiagramExport::Options part;
        part.from = 0;
        part.to = 2 * kSec;
        const QSizeF all = DiagramExport::sizeOf(trace, whole);
        const QSizeF some = DiagramExport::sizeOf(trace, part);
        QVERIFY(some.height() < all.height());
        QVERIFY(some.height() > 0);
        const QImage image = DiagramExport::render(trace, part);
        QVERIFY(inkedRows(image, 0, image.height()) > 0.5);
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
#ifdef CLOSELAB_HAVE_SVG
        QTest::newRow("svg") << "svg" << QByteArray("<?xml");
#endif
    }

    void everyFormat()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, start);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.") + suffix);
        QCOMPARE(DiagramExport::save(runOf("last_ack_lost"), path, {}), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(start));
        QVERIFY(!DiagramExport::save(runOf("last_ack_lost"), dir.filePath(QStringLiteral("d.bmp")), {}).isEmpty());
    }

    void fromTheMenuWhateverTheScroll()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1024, 600);
        window.show();
        window.controller()->setScenario(QStringLiteral("fin_unacked"));
        window.sequenceDiagram()->verticalScrollBar()->setValue(300);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("range.png"));
        ExperimentMenus::Dialogs d;
        d.chooseFile = [&](const ExperimentMenus::FileRequest &) { return path; };
        d.chooseRange = [](SimTime start, SimTime) { return std::optional(std::pair<SimTime, SimTime>(start, 0)); };
        d.warn = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        window.experimentMenus()->setDialogs(d);
        window.findChild<QAction *>(QStringLiteral("exportDiagramRangeAction"))->trigger();
        QImage image;
        QVERIFY(image.load(path));
        DiagramExport::Options o;
        o.from = window.trace()->start;
        o.to = 0;
        o.zoom = window.sequenceDiagram()->zoom();
        QCOMPARE(QSizeF(image.size()) / o.scale, DiagramExport::sizeOf(*window.trace(), o));
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
