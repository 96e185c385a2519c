// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline Charts dock on a projector: in the main window at 1280×720 and 1920×1080, zoom 100,
// 200 and 300 %, in English and Chinese, with the dock in front of its tab group (as a user clicks
// its tab), nothing a person at the back reads is cut. Every legend entry is whole (beside its chart
// where the column there holds its name, else in a row of its own over or under the charts: at
// 1280×720, 200 % "TIME_WAIT" was drawn "TIM…" beside the chart); every timer row label shown is
// whole (on up to three lines: "serv…-ACK" was all a class read); and no text is drawn over another,
// over a retransmission marker or over a chart's data, nor leaves the plot.
#include "panelcollisions.h"
#include "app/docklayout.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/plots.h"
#include "views/timelinechartspanel.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetricsF>
#include <QSettings>
#include <QTest>

#include <qcustomplot.h>

using namespace closelab;
using namespace closelab::testing;

namespace {

// The runs whose charts hold the most text: long legends of a population (close_wait_leak:
// TIME_WAIT and CLOSE_WAIT of both hosts; syn_flood: SYN retransmissions, queues) and of one
// connection (fin_unacked: FIN retransmissions, delayed ACK and TLP rows; last_ack_lost).
const char *const kScenarios[] = {"fin_unacked", "last_ack_lost", "syn_flood", "close_wait_leak"};

QString where(const QString &scenario, const QSize &size, double zoom, const QString &language)
{
    return QStringLiteral("%1 %2x%3 %4 % %5").arg(scenario).arg(size.width()).arg(size.height()).arg(qRound(zoom * 100)).arg(language);
}

} // namespace

class TestChartsProjector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        usePlotFactory(builtInPlotFactory());
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_charts_projector"));
    }
    void init() { QSettings().clear(); }

    void wholeLegendsAndRowLabels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (const double zoom : {1.0, 2.0, 3.0})
                for (const char *language : {"en", "zh_CN"})
                    QTest::addRow("%dx%d %d %% %s", size.width(), size.height(), int(zoom * 100), language)
                        << size << zoom << QString::fromLatin1(language);
    }

    void wholeLegendsAndRowLabels()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages, nullptr, size, zoom);
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        DockLayout::bringToFront(&window, window.timelineDock());
        QApplication::processEvents();
        auto *panel = qobject_cast<TimelineChartsPanel *>(window.timelineDock()->widget());
        QVERIFY(panel);
        panel->buildContent();
        auto *view = dynamic_cast<TimelineChartsView *>(panel->charts());
        QVERIFY(view);
        QVERIFY(view->isVisible());
        int entries = 0, lanes = 0;
        for (const char *scenario : kScenarios) {
            const QString name = QString::fromLatin1(scenario);
            QCOMPARE(window.controller()->setScenario(name), QString());
            QVERIFY(window.controller()->waitForIdle());
            QApplication::processEvents();
            QCustomPlot *plot = view->plot();
            plot->replot();
            plot->replot(); // the legends' entries and rows settle after one layout
            const QString at = where(name, size, zoom, language);

            // Legends: every entry shown is whole (wrapped on two lines at most, never "…").
            for (const QCPLegend *legend : plot->findChildren<QCPLegend *>()) {
                if (!legend->visible())
                    continue;
                for (int i = 0; i < legend->itemCount(); ++i) {
                    auto *entry = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
                    if (!entry)
                        continue;
                    const QString text = entry->plottable()->name();
                    QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(at + QStringLiteral(": legend \"") + text + QLatin1Char('"')));
                    QVERIFY2(text.count(QLatin1Char('\n')) <= 1, qPrintable(at + QStringLiteral(": legend \"") + text + QLatin1Char('"')));
                    ++entries;
                }
            }

            // Timer rows: every label shown is a row's whole label, on up to three lines.
            const QStringList whole = view->timerRowLabels();
            for (const QString &shown : view->shownTimerLanes()) {
                QVERIFY2(!shown.contains(QChar(0x2026)), qPrintable(at + QStringLiteral(": row \"") + shown + QLatin1Char('"')));
                QVERIFY2(shown.count(QLatin1Char('\n')) <= 2, qPrintable(at + QStringLiteral(": row \"") + shown + QLatin1Char('"')));
                QString joined = shown;
                joined.replace(QLatin1Char('\n'), QLatin1Char(' '));
                QVERIFY2(whole.contains(joined), qPrintable(at + QStringLiteral(": row \"") + shown + QStringLiteral("\" is no row's label")));
                ++lanes;
            }
            // The first row is labelled wherever the chart has rows and three lines of height (its
            // label, on up to three lines, is placed first).
            const double line = QFontMetricsF(zoom::font(zoom, 0.85)).height();
            if (!whole.isEmpty() && view->dataRects()[1].height() >= 3 * line)
                QVERIFY2(!view->shownTimerLanes().isEmpty(), qPrintable(at + QStringLiteral(": no row labelled")));

            // Nothing over anything: texts apart, inside the plot, off the markers and the data.
            const std::vector<QRectF> texts = view->textRects();
            const QString problem = checkTexts(texts, QRectF(QPointF(0, 0), QSizeF(plot->size())), view->markerRects());
            QVERIFY2(problem.isEmpty(), qPrintable(at + QStringLiteral(": ") + problem));
            for (const QRectF &data : view->dataRects())
                for (const QRectF &r : texts)
                    if (!data.adjusted(-1, -1, 1, 1).contains(r)) // duration and limit labels live inside
                        QVERIFY2(!anyOverlap({r, data}), qPrintable(at + QStringLiteral(": text ") + describe(r) + QStringLiteral(" covers the data area ") + describe(data)));
        }
        // Something of both was shown and checked (at 1280x720, 300 % syn_flood's dock holds neither).
        QVERIFY(entries > 0);
        QVERIFY(lanes > 0);
    }
};

QTEST_MAIN(TestChartsProjector)
#include "tst_charts_projector.moc"
