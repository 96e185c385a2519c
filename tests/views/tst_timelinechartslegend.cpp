// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline charts at 200 %, in English and Chinese: every legend entry shown is whole (its
// name under its host's heading, wrapped rather than cut: "ports in …" was cut), and the limit
// labels neither overlap nor repeat (close_wait_leak's client and server both drew
// "ulimit -n = 1024", one on top of the other). The Chinese comes from translations/closelab_zh_CN.ts,
// read directly, so this test checks the file the build embeds.
#include "tests/tstranslator.h"
#include "core/population.h"
#include "core/scenario.h"
#include "views/labelplacer.h"
#include "views/timelinechartsview.h"

#include <QCoreApplication>
#include <QLayout>
#include <QScopeGuard>
#include <QTest>

#include <qcustomplot.h>

#include <memory>

using namespace closelab;
using namespace closelab::testing;

namespace {

std::shared_ptr<const PopulationResult> population(const std::string &scenario)
{
    RunConfig c;
    c.scenario = scenario;
    PopulationConfig w;
    if (!populationPreset(scenario, c, w))
        qFatal("%s has no population preset", scenario.c_str());
    return std::make_shared<const PopulationResult>(simulatePopulation(c, w));
}

// What a legend shows: its entries' names and its headings' texts, as drawn.
QStringList legendTexts(const QCPLegend *legend)
{
    QStringList out;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            out << entry->plottable()->name();
    }
    return out;
}

} // namespace

class TestTimelineChartsLegend : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_zh.load(QFINDTESTDATA("../../translations/closelab_zh_CN.ts")));
    }

    void wholeLegendsAndSeparateLimits_data()
    {
        // The population runs with limit lines, in the charts' plot of the 1920x1080 window at
        // 200 % (747x831, measured in the window) and of both windows at 100 % (387x369, 468x503).
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QSize>("size");
        for (const char *scenario : {"close_wait_leak", "http_server_load", "port_exhaustion", "orphan_overflow", "tw_bucket_overflow"}) {
            for (const bool chinese : {false, true}) {
                const char *lang = chinese ? "zh_CN" : "en";
                QTest::addRow("%s %s 1920x1080 200 %%", scenario, lang) << QString::fromLatin1(scenario) << chinese << 2.0 << QSize(747, 831);
                QTest::addRow("%s %s 1920x1080 100 %%", scenario, lang) << QString::fromLatin1(scenario) << chinese << 1.0 << QSize(468, 503);
                QTest::addRow("%s %s 1280x720 100 %%", scenario, lang) << QString::fromLatin1(scenario) << chinese << 1.0 << QSize(387, 369);
            }
        }
    }

    void wholeLegendsAndSeparateLimits()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, chinese);
        QFETCH(double, zoom);
        QFETCH(QSize, size);
        if (chinese)
            QCoreApplication::installTranslator(&m_zh);
        const auto uninstall = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_zh); });
        TimelineChartsView view;
        view.setPopulation(population(scenario.toStdString()));
        view.setZoom(zoom);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resize(size.width(), size.height() + view.height() - view.plot()->height());
        view.layout()->activate();
        QCOMPARE(view.plot()->size(), size);
        view.plot()->replot();
        view.plot()->replot(); // the legends' entries and place settle after one layout

        // Every entry's name is shown whole (wrapped on two lines at most), not cut.
        int entries = 0;
        for (const QCPLegend *legend : view.plot()->findChildren<QCPLegend *>()) {
            if (!legend->visible())
                continue;
            for (const QString &name : legendTexts(legend)) {
                ++entries;
                QVERIFY2(!name.contains(QChar(0x2026)), qPrintable(name));
                QVERIFY2(name.count(QLatin1Char('\n')) <= 1, qPrintable(name));
            }
        }
        // The translator is in place: the entries' names are the Chinese ones.
        QCOMPARE(columnShortLabel(QStringLiteral("client.fds")), chinese ? QStringLiteral("文件描述符") : QStringLiteral("file descriptors"));
        QVERIFY(entries >= 2);
        QVERIFY2(m_zh.missed().isEmpty(), qPrintable(QStringLiteral("not translated: ") + m_zh.missed().join(QLatin1String(", "))));

        // Limit labels: each limit named once (equal limits of the two hosts share a label), none
        // over another or over the legends, all inside the occupancy chart.
        const auto limits = view.limitLabels();
        const QRectF chart = view.dataRects().back();
        QStringList texts;
        std::vector<QRectF> rects;
        for (const auto &[text, rect] : limits) {
            const QString limit = text.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 3);
            QVERIFY2(!texts.contains(limit), qPrintable(QStringLiteral("\"%1\" twice").arg(limit)));
            texts << limit;
            QVERIFY2(chart.adjusted(-1, -1, 1, 1).contains(rect), qPrintable(text));
            rects.push_back(rect);
        }
        QVERIFY2(!anyOverlap(rects), qPrintable(texts.join(QLatin1String(", "))));
        for (const QCPLegend *legend : view.plot()->findChildren<QCPLegend *>()) {
            if (!legend->visible())
                continue;
            for (const QRectF &r : rects)
                QVERIFY(!anyOverlap({r, QRectF(legend->outerRect())}));
        }
    }

private:
    TsTranslator m_zh;
};

QTEST_MAIN(TestTimelineChartsLegend)
#include "tst_timelinechartslegend.moc"
