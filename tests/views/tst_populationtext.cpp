// SPDX-License-Identifier: GPL-3.0-or-later
// Population runs speak about the population: the header and narration at t (core populationAt(),
// views/populationtext), the Population summary and the sample's label, for port_exhaustion and
// close_wait_leak. Expected figures come from arithmetic on the workload: 1,000 ports held 60 s in
// TIME_WAIT at 200 connections/s for 10 s give 1,000 connections and 1,000 EADDRNOTAVAIL.
#include "core/population.h"
#include "core/populationmoment.h"
#include "core/runoptions.h"
#include "views/populationbar.h"
#include "views/populationheader.h"
#include "views/populationtext.h"
#include "views/zoom.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace closelab;

namespace {

std::shared_ptr<const PopulationResult> run(const std::string &scenario, const std::vector<std::pair<std::string, std::string>> &options)
{
    RunConfig config;
    config.scenario = scenario;
    for (const auto &[name, value] : options)
        if (auto err = applyRunOption(config, name, value)) qFatal("%s", err->c_str());
    PopulationConfig w;
    populationPreset(scenario, config, w);
    if (auto err = applyPopulationOptions(w, config.options)) qFatal("%s", err->c_str());
    return std::make_shared<const PopulationResult>(simulatePopulation(config, w));
}

QString n(qint64 v) { return QLocale().toString(v); }

} // namespace

class TestPopulationText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void portExhaustion()
    {
        const auto r = run("port_exhaustion", {{"set", "net.ipv4.ip_local_port_range=40000-40999"}, {"opt", "rate=200"},
                                               {"opt", "duration=10"}, {"opt", "tail=1"}});
        // before the first sample: nothing to say yet
        QVERIFY(!populationAt(*r, -1).started);
        const PopulationMoment end = populationAt(*r, 10.5);
        QVERIFY(end.started);
        QCOMPARE(end.client.at("TIME_WAIT"), 1000);               // every port of the range
        QCOMPARE(end.connectFailures.at("EADDRNOTAVAIL"), 1000);   // 2,000 attempts, 1,000 ports
        QCOMPARE(end.connectsOk, 1000);
        // at 2 s, 400 attempts fit in the range: none has failed yet
        const PopulationMoment early = populationAt(*r, 2.0);
        QVERIFY(early.connectFailures.empty());
        QVERIFY(early.connectsAttempted >= 300 && early.connectsAttempted <= 400);

        const QString header = text::populationHeader(end);
        QVERIFY2(header.contains(QStringLiteral("TIME_WAIT %1").arg(n(1000))), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("EADDRNOTAVAIL %1").arg(n(1000))), qPrintable(header));
        QVERIFY(!text::populationHeader(early).contains(QStringLiteral("EADDRNOTAVAIL")));
        const QString narration = text::populationNarrationHtml(end, *r);
        QVERIFY2(narration.contains(QStringLiteral("%1 connect() calls failed with EADDRNOTAVAIL").arg(n(1000))), qPrintable(narration));
        QVERIFY(narration.contains(QStringLiteral("connection #1 of %1").arg(n(2000))));
        const QString summary = text::populationSummaryHtml(*r);
        QVERIFY(summary.contains(QStringLiteral("connect() failed: EADDRNOTAVAIL")));
        QVERIFY(summary.contains(QStringLiteral("<b>%1</b>").arg(n(1000))));
        QVERIFY(summary.contains(QStringLiteral("client.TIME_WAIT")));
        // the peak of TIME_WAIT (1,000) is first reached when the range is used up: 1,000 / 200 per s = 5 s
        for (const PopulationPeak &p : populationPeaks(*r))
            if (p.column == "client.TIME_WAIT") {
                QCOMPARE(p.value, 1000.0);
                QVERIFY(p.t >= 4.9 && p.t <= 6.1);
            }
        QCOMPARE(text::sampleLabel(*r), QStringLiteral("The sequence diagram shows connection #1 of 2,000: a sample. The counts above are the whole population's."));
    }

    void closeWaitLeak()
    {
        // 3,000 connections, a tenth of the server's handlers never close: about 300 CLOSE_WAIT that stay
        const auto r = run("close_wait_leak", {{"opt", "duration=30"}, {"opt", "tail=5"}});
        const PopulationMoment end = populationAt(*r, 1e9);
        QVERIFY(end.server.count("CLOSE_WAIT"));
        const std::int64_t cw = end.server.at("CLOSE_WAIT");
        QVERIFY2(cw >= 200 && cw <= 400, qPrintable(QString::number(cw))); // binomial(3000, 0.1): 300 ± 50
        // the clients' side of a leaked connection waits in FIN_WAIT2 (an orphan: tcp_fin_timeout) or is gone
        const QString header = text::populationHeader(end);
        QVERIFY2(header.contains(QStringLiteral("CLOSE_WAIT %1").arg(n(cw))), qPrintable(header));
        const QString summary = text::populationSummaryHtml(*r);
        QVERIFY(summary.contains(QStringLiteral("accept() failed: EMFILE")));
        QVERIFY(summary.contains(QStringLiteral("server.CLOSE_WAIT")));
        // CLOSE_WAIT only grows: its peak is at the end
        const PopulationMoment mid = populationAt(*r, 15);
        QVERIFY(mid.server.at("CLOSE_WAIT") < cw);

        // the bar: hidden without a population, the header and the narration's paragraph follow the playhead
        PopulationBar bar;
        QSignalSpy notes(&bar, &PopulationBar::populationNoteChanged);
        bar.setPopulation(r);
        bar.setTime(qint64(15e9));
        QVERIFY(bar.headerText().contains(QStringLiteral("CLOSE_WAIT %1").arg(n(mid.server.at("CLOSE_WAIT")))));
        QVERIFY(bar.headerText().contains(QStringLiteral("connection #1 of")));
        QVERIFY(!notes.isEmpty());
        QVERIFY(bar.note().contains(QStringLiteral("The population:")));

        // The header's three logical lines stand no taller than the flowed text and its button need at
        // every zoom: the bar sits above the diagram and must not take its room (the geometry of the
        // flow: tst_populationheader).
        for (const double zoom : {1.0, 2.0}) {
            bar.setZoom(zoom);
            bar.resize(1280, 600);
            bar.show();
            QCoreApplication::processEvents();
            bar.resize(1280, bar.sizeHint().height());
            QCoreApplication::processEvents();
            const QFontMetrics metrics(zoom::font(zoom));
            QCOMPARE(int(bar.headerText().count(QLatin1Char('\n'))) + 1, 3);
            const double needed = bar.header()->currentLayout().size.height();
            QVERIFY(needed >= metrics.lineSpacing());
            QVERIFY2(bar.header()->height() >= needed && bar.height() <= needed + metrics.height(),
                     qPrintable(QStringLiteral("zoom %1: bar %2 px, header %3 px, text needs %4 px").arg(zoom).arg(bar.height()).arg(bar.header()->height()).arg(needed)));
            bar.hide();
        }
        bar.setPopulation(nullptr);
        QVERIFY(bar.note().isEmpty());
        QVERIFY(bar.headerText().isEmpty());
    }
};

QTEST_MAIN(TestPopulationText)
#include "tst_populationtext.moc"
