// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of the state graph is drawn over anything else, proved on geometry (issue 17): every
// library scenario at six playhead times, in the docks of five window sizes from 640×400 to
// 3840×2160, at zoom 100 % and 200 %, in English and in Chinese (the embedded .qm; in app tests for
// that reason). In every frame no two labels intersect, none leaves the widget, and none covers a
// state box, a ⊗ terminal, a count badge (population runs) or a C/S token; no badge hides under a
// token.
#include "panelcollisions.h"
#include "views/stategraphview.h"

#include <QPicture>
#include <QTranslator>

using namespace closelab;
using namespace closelab::testing;

class TestStateGraphCollisions : public QObject {
    Q_OBJECT
private slots:
    void stateGraph_data() { languageRows(); }

    void stateGraph()
    {
        QFETCH(QString, language);
        QFETCH(double, zoom);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        std::array<std::int64_t, 11> counts{};
        counts[std::size_t(TcpState::TimeWait)] = 40000;
        counts[std::size_t(TcpState::Established)] = 123;
        counts[std::size_t(TcpState::SynRecv)] = 1024;
        int frames = 0;
        for (const ScenarioInfo &info : scenarioLibrary()) {
            const std::string name(info.name);
            const auto trace = traceOf(name);
            // Population runs show their sockets per state as count badges.
            const bool population = info.group == ScenarioGroup::Population;
            StateGraphView view;
            view.setZoom(zoom);
            view.setTrace(trace);
            if (population)
                view.setStateCounts(counts);
            for (const QSize &window : kWindows) {
                // The state graph dock: about a third of the width, half the height.
                view.resize(std::max(220, window.width() / 3), std::max(180, window.height() / 2));
                for (SimTime t : timesOf(*trace)) {
                    view.setTime(t);
                    view.setTrace(trace); // settles the tokens (no animation frame in between)
                    QPicture picture; // records the layout without rasterising it
                    view.render(&picture);
                    std::vector<QRectF> markers = view.markerRects();
                    const QString where = QStringLiteral("%1 %2x%3 t = %4 ns").arg(QString::fromStdString(name)).arg(window.width()).arg(window.height()).arg(t);
                    QVERIFY2(!view.textRects().empty() || view.height() < 300, qPrintable(where + QStringLiteral(": no label at all")));
                    const QString problem = checkTexts(view.textRects(), QRectF(view.rect()), markers);
                    QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
                    if (population) {
                        for (int n = 0; n < int(view.layout().nodes().size()); ++n)
                            for (Side s : {Side::Client, Side::Server})
                                if (!view.layout().nodes()[std::size_t(n)].terminal && view.tokenNode(s) == n)
                                    QVERIFY2(!anyOverlap({view.countBadgeRect(n), view.tokenRect(s)}), qPrintable(where + QStringLiteral(": badge under a token")));
                    }
                    ++frames;
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(frames > 500);
    }
};

QTEST_MAIN(TestStateGraphCollisions)
#include "tst_stategraph_collisions.moc"
