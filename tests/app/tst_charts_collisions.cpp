// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of the timeline charts is drawn over anything else, proved on geometry (issue 17): every
// library scenario (population runs shortened to a few seconds) at two playhead times, in the docks
// of five window sizes from 640×400 to 3840×2160, at zoom 100 % and 200 %, in English and in Chinese
// (the embedded .qm; in app tests for that reason). In every frame no two text rectangles (lane,
// duration and limit labels, legends) intersect, none leaves the plot, none covers a retransmission
// marker, and no legend or lane label covers a chart's data area.
#include "panelcollisions.h"
#include "core/population.h"
#include "views/timelinechartsview.h"

#include <QLayout>
#include <QTranslator>

#include <qcustomplot.h>

using namespace closelab;
using namespace closelab::testing;

class TestChartsCollisions : public QObject {
    Q_OBJECT
private slots:
    void charts_data() { languageRows(); }

    void charts()
    {
        QFETCH(QString, language);
        QFETCH(double, zoom);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        int frames = 0, texted = 0;
        for (const ScenarioInfo &info : scenarioLibrary()) {
            const std::string name(info.name);
            TimelineChartsView view;
            view.setZoom(zoom);
            RunConfig c;
            c.scenario = name;
            PopulationConfig w;
            SimTime start = 0, end = 0;
            if (populationPreset(name, c, w)) {
                // Shortened: the lanes, legends and limit lines are there after a few seconds.
                w.duration = std::min(w.duration, 3.0);
                w.tail = std::min(w.tail, 3.0);
                static std::map<std::string, std::shared_ptr<const PopulationResult>> cache;
                auto &result = cache[name];
                if (!result)
                    result = std::make_shared<const PopulationResult>(simulatePopulation(c, w));
                view.setPopulation(result);
                end = SimTime((w.duration + w.tail) * 1e9);
            } else {
                const auto trace = traceOf(name);
                view.setTrace(trace, c.sysctls, c.sysctls);
                start = trace->start;
                end = trace->end;
            }
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (const QSize &window : kWindows) {
                // The charts dock: about two thirds of the window's width and a third of its height.
                view.resize(window.width() * 2 / 3, window.height() / 3);
                view.layout()->activate();
                // The text does not depend on the playhead (a line on its own layer); two times
                // prove it stays so.
                for (SimTime t : {start, (start + end) / 2}) {
                    view.setTime(t);
                    view.plot()->replot();
                    if (t == start)
                        view.plot()->replot(); // the legends' wrap settles after one layout
                    const QString where = QStringLiteral("%1 %2x%3 t = %4 ns").arg(QString::fromStdString(name)).arg(window.width()).arg(window.height()).arg(t);
                    const std::vector<QRectF> texts = view.textRects();
                    texted += texts.empty() ? 0 : 1; // a chart too short for any text has none
                    const QString problem = checkTexts(texts, QRectF(QPointF(0, 0), QSizeF(view.plot()->size())), view.markerRects());
                    QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
                    for (const QRectF &data : view.dataRects())
                        for (const QRectF &r : texts)
                            if (!data.adjusted(-1, -1, 1, 1).contains(r)) // duration and limit labels live inside
                                QVERIFY2(!anyOverlap({r, data}), qPrintable(where + QStringLiteral(": covers the data area ") + describe(data)));
                    ++frames;
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(frames > 100);
        QVERIFY(texted > frames * 3 / 4);
    }
};

QTEST_MAIN(TestChartsCollisions)
#include "tst_charts_collisions.moc"
