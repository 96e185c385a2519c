// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of the sequence diagram is drawn over anything else, proved on geometry: every library
// scenario laid out at several playhead times, at five sizes from 640×400 to 3840×2160, at zoom
// 100 % and 200 %, in English and in Chinese (the embedded .qm), segments named in plain words and
// in tcpdump notation. In every frame no two text rectangles intersect, none leaves the widget,
// none covers a marker (a loss cross, a call's dot, a timer's end) or the playhead's clock, and the
// client's lifeline is left of the server's.
// (In app tests because the catalogues are embedded in the app library.)
#include "core/scenario.h"
#include "views/segmenttext.h"
#include "views/sequencediagramview.h"
#include "views/sequencelayout.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

#include <map>

using namespace closelab;

namespace {

const Trace &traceOf(const std::string &scenario)
{
    static std::map<std::string, Trace> cache;
    auto it = cache.find(scenario);
    if (it == cache.end()) {
        RunConfig c;
        c.scenario = scenario;
        it = cache.emplace(scenario, simulate(c)).first;
    }
    return it->second;
}

// Two rectangles overlap by more than a hair (touching edges is not overlapping).
bool overlap(const QRectF &a, const QRectF &b)
{
    return a.adjusted(0.01, 0.01, -0.01, -0.01).intersects(b.adjusted(0.01, 0.01, -0.01, -0.01));
}

QString describe(const PlacedText &t)
{
    return QStringLiteral("'%1' (kind %2) at %3,%4 %5x%6")
        .arg(t.text)
        .arg(int(t.kind))
        .arg(t.rect.x())
        .arg(t.rect.y())
        .arg(t.rect.width())
        .arg(t.rect.height());
}

// "" or what collides in one frame.
QString checkFrame(const SequenceFrame &f, const QRectF &widget)
{
    for (std::size_t i = 0; i < f.texts.size(); ++i) {
        const PlacedText &a = f.texts[i];
        if (!widget.contains(a.rect))
            return QStringLiteral("leaves the widget: ") + describe(a);
        if (a.text.isEmpty())
            return QStringLiteral("empty text placed: ") + describe(a);
        for (std::size_t j = i + 1; j < f.texts.size(); ++j) {
            if (overlap(a.rect, f.texts[j].rect))
                return QStringLiteral("overlap: %1 and %2").arg(describe(a), describe(f.texts[j]));
        }
        for (const Marker &m : f.markers) {
            if (overlap(a.rect, m.rect))
                return QStringLiteral("covers a marker (kind %1 at %3,%4 %5x%6): %2").arg(int(m.kind)).arg(describe(a)).arg(m.rect.x()).arg(m.rect.y()).arg(m.rect.width()).arg(m.rect.height());
        }
    }
    for (const QLineF &dash : f.playheadLine) {
        for (const PlacedText &t : f.texts) {
            if (t.kind != TextKind::Playhead && dash.y1() > t.rect.top() && dash.y1() < t.rect.bottom()
                && std::max(dash.x1(), t.rect.left()) < std::min(dash.x2(), t.rect.right()))
                return QStringLiteral("the playhead line strikes through ") + describe(t);
        }
    }
    return {};
}

// The times a person stops at: the set-up, the call the story is about (0), a few events spread
// over the run, the end.
std::vector<SimTime> timesOf(const Trace &trace)
{
    std::vector<SimTime> times{trace.start, std::clamp<SimTime>(0, trace.start, trace.end), trace.end};
    const std::size_t n = trace.events.size();
    for (std::size_t k : {n / 5, n / 2, 4 * n / 5})
        if (k < n)
            times.push_back(trace.events[k].t);
    return times;
}

} // namespace

class TestSequenceLayoutCollisions : public QObject {
    Q_OBJECT
private slots:
    void nothingOverlaps_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("tcpdump");
        for (const char *language : {"en", "zh_CN"})
            for (double zoom : {1.0, 2.0})
                QTest::addRow("%s %d %%", language, int(zoom * 100)) << QString::fromLatin1(language) << zoom << false;
        // View → Segment Names → tcpdump Notation (the same in both languages).
        for (double zoom : {1.0, 2.0})
            QTest::addRow("tcpdump notation %d %%", int(zoom * 100)) << QStringLiteral("en") << zoom << true;
    }

    void nothingOverlaps()
    {
        QFETCH(QString, language);
        QFETCH(double, zoom);
        QFETCH(bool, tcpdump);
        setTcpdumpNotation(tcpdump);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        int frames = 0;
        for (const ScenarioInfo &info : scenarioLibrary()) {
            const std::string name(info.name);
            const Trace &trace = traceOf(name);
            for (QSize size : {QSize(640, 400), QSize(1024, 600), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
                SequenceDiagramView view;
                view.resize(size);
                view.setZoom(zoom);
                view.setTrace(std::make_shared<Trace>(trace));
                const SequenceLayout &l = view.layout();
                const QRectF widget(QPointF(0, 0), QSizeF(view.viewport()->size()));
                const QString where = QStringLiteral("%1 at %2x%3").arg(QString::fromStdString(name)).arg(size.width()).arg(size.height());
                QVERIFY2(l.columns().clientX < l.columns().serverX, qPrintable(where + QStringLiteral(": server left of client")));
                // The text placed for the whole run: no two overlap anywhere in it.
                const auto &texts = l.texts();
                for (std::size_t i = 0; i < texts.size(); ++i) {
                    for (std::size_t j = i + 1; j < texts.size() && texts[j].rect.top() < texts[i].rect.bottom(); ++j)
                        QVERIFY2(!overlap(texts[i].rect, texts[j].rect),
                                 qPrintable(where + QStringLiteral(": ") + describe(texts[i]) + QStringLiteral(" and ") + describe(texts[j])));
                }
                for (SimTime t : timesOf(trace)) {
                    for (bool whole : {false, true}) {
                        if (whole && t != trace.end)
                            continue;
                        view.setShowWholeRun(whole);
                        view.setTime(t);
                        const QString problem = checkFrame(view.currentFrame(), widget);
                        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1, t = %2 ns%3: %4")
                                                                  .arg(where).arg(t).arg(whole ? QStringLiteral(" (whole run)") : QString(), problem)));
                        ++frames;
                    }
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
        setTcpdumpNotation(false);
        QVERIFY(frames > 100);
    }

    void chineseSegmentNames()
    {
        // The arrows of last_ack_lost and fin_unacked in Chinese: a FIN sent again is 重传的 FIN, the
        // third transmission 第二次重传的 FIN, the client's answers 对 FIN 的 ACK (from the trace's
        // flags and transmission numbers).
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        int finCopies[4] = {0, 0, 0, 0};
        for (const char *scenario : {"last_ack_lost", "fin_unacked"}) {
            const Trace &trace = traceOf(scenario);
            SequenceDiagramView view;
            view.resize(1280, 720);
            view.setTrace(std::make_shared<Trace>(trace));
            for (const SequenceLayout::Arrow &a : view.layout().arrows()) {
                const SegmentRecord &s = trace.segments[std::size_t(a.segment)];
                if (s.header.flags & FlagFin) {
                    const QString expected = s.transmission == 1 ? QStringLiteral("FIN")
                        : s.transmission == 2                    ? QStringLiteral("重传的 FIN")
                        : s.transmission == 3                    ? QStringLiteral("第二次重传的 FIN")
                                                                 : QString();
                    if (!expected.isEmpty())
                        QCOMPARE(a.label, expected);
                    if (s.transmission <= 3)
                        ++finCopies[s.transmission];
                } else if (scenario == std::string("last_ack_lost") && s.header.flags == FlagAck && s.header.len == 0
                           && s.from == Side::Client && a.t0 > 0) {
                    QCOMPARE(a.label, QStringLiteral("对 FIN 的 ACK"));
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(finCopies[2] >= 2);
        QVERIFY(finCopies[3] >= 1);
    }

    void headersOfANarrowDiagram()
    {
        // Regression: at a 1280×720 window the diagram had about 410×240 px; the old painter centred
        // a 380 px title box on each lifeline (216 and 290 px) and the two titles were printed on top
        // of each other ("客户端 · 10.0服务端5757·0.0.2:80").
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        SequenceDiagramView view;
        view.resize(410, 240);
        view.setTrace(std::make_shared<Trace>(traceOf("normal_close")));
        view.setTime(0);
        const SequenceFrame f = view.currentFrame();
        std::vector<QRectF> titles;
        for (const PlacedText &t : f.texts)
            if (t.kind == TextKind::Title || t.kind == TextKind::HeaderState)
                titles.push_back(t.rect);
        QCOMPARE(titles.size(), std::size_t(4));
        for (std::size_t i = 0; i < titles.size(); ++i)
            for (std::size_t j = i + 1; j < titles.size(); ++j)
                QVERIFY(!overlap(titles[i], titles[j]));
        QVERIFY(view.layout().columns().clientX < view.layout().columns().serverX);
        QCOMPARE(checkFrame(f, QRectF(QPointF(0, 0), QSizeF(view.viewport()->size()))), QString());
        QCoreApplication::removeTranslator(&translator);
    }

    void serverStaysRightOfTheClient_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {200, 300, 410, 640, 800, 1024})
            QTest::addRow("%d px", w) << w;
    }

    void serverStaysRightOfTheClient()
    {
        QFETCH(int, width);
        for (double zoom : {0.75, 1.0, 3.0}) {
            SequenceDiagramView view;
            view.resize(width, 400);
            view.setZoom(zoom);
            view.setTrace(std::make_shared<Trace>(traceOf("normal_close")));
            QVERIFY(view.layout().columns().axisRight < view.layout().columns().clientX);
            QVERIFY(view.layout().columns().clientX < view.layout().columns().serverX);
            QVERIFY2(view.layout().columns().serverX < view.viewport()->width(),
                     qPrintable(QStringLiteral("%1 %2 %3").arg(view.layout().columns().serverX).arg(view.viewport()->width()).arg(zoom)));
        }
    }
};

QTEST_MAIN(TestSequenceLayoutCollisions)
#include "tst_sequencelayout_collisions.moc"
