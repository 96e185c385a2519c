// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "core/scenario.h"
#include "views/segmenttext.h"
#include "views/labelplacer.h"
#include "views/sequencelayout.h"
#include "views/textwidth.h"
#include "views/timeformat.h"

#include <QTest>

using namespace closelab;
using namespace closelab::testing;

namespace {

constexpr SimTime d = 500 * kUs;

SequenceLayout layoutOf(const Trace &trace, double width = 1200)
{
    return SequenceLayout(trace, TimeMap(TimeMap::knotsOf(trace), TimeMap::Params{}), width);
}

// A side's title as the diagram view writes it ("client · 10.0.0.1:40312"), in English or Chinese
// (the roles of translations/closelab_zh_CN.ts).
QString titleOf(const Trace &trace, Side side, bool chinese)
{
    const QString role = side == Side::Client ? (chinese ? u"客户端"_qs : u"client"_qs) : (chinese ? u"服务端"_qs : u"server"_qs);
    return role + u" · "_qs + QString::fromStdString(trace.endpointText(side));
}

} // namespace

class TestSequenceLayout : public QObject {
    Q_OBJECT
private slots:
    void columns_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("zoom");
        QTest::newRow("1000") << 1000.0 << 1.0;
        QTest::newRow("1200") << 1200.0 << 1.0;
        QTest::newRow("1800") << 1800.0 << 1.0;
        QTest::newRow("800") << 800.0 << 1.0;
        QTest::newRow("600") << 600.0 << 1.0;
        QTest::newRow("600 at 200 %") << 600.0 << 2.0;
        QTest::newRow("1800 at 300 %") << 1800.0 << 3.0;
    }

    void columns()
    {
        // Every width is measured in the labels' em: 30 % of the width on each outer side, between
        // 11 and 22 em, less when the arrows would get less than 17 em, never less than a fifth of
        // the room right of the axis each (so the client is always left of the server), ...
        QFETCH(double, width);
        QFETCH(double, zoom);
        const Trace trace = normalCloseTrace();
        const SequenceLayout l(trace, TimeMap(TimeMap::knotsOf(trace), TimeMap::Params{}), width, zoom);
        const double em = l.metrics().em;
        const double avail = width - l.columns().axisRight;
        double outer = std::clamp(width * 0.3, 11 * em, 22 * em);
        if (avail - 2 * outer < 17 * em)
            outer = (avail - 17 * em) / 2;
        outer = std::max(outer, std::min(l.columns().stateWidth + 1.2 * em, 0.38 * avail));
        outer = std::clamp(outer, 0.2 * avail, 0.4 * avail);
        // ... and the arrows keep room for "SYN-ACK" on one line, with a pad to spare either side
        // of the lifelines (a fifth of the room stays each outer side's).
        const double label = textWidth(l.metrics().label, u"SYN-ACK"_qs) + 0.5 * em + 2 * l.metrics().pad;
        if (avail - 2 * outer < label)
            outer = std::max(0.2 * avail, (avail - label) / 2);
        QCOMPARE(l.columns().clientX, l.columns().axisRight + outer);
        QCOMPARE(l.columns().serverX, width - outer);
        QVERIFY(l.columns().clientX < l.columns().serverX);
        QVERIFY(l.columns().axisRight <= 0.25 * width);
    }

    void arrows_data()
    {
        QTest::addColumn<int>("segment");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("fromClient");
        QTest::addColumn<bool>("dropped");
        QTest::addColumn<double>("endFraction"); // of the way from sender to receiver
        // Plain words: the last ACK acknowledges the server's FIN (seq 1 + 1 = ack 2).
        QTest::newRow("SYN") << 0 << u"SYN"_qs << true << false << 1.0;
        QTest::newRow("SYN-ACK") << 1 << u"SYN-ACK"_qs << false << false << 1.0;
        QTest::newRow("FIN") << 3 << u"FIN"_qs << true << false << 1.0;
        QTest::newRow("last ACK") << 6 << u"ACK of the FIN"_qs << true << false << 1.0;
    }

    void arrows()
    {
        QFETCH(int, segment);
        QFETCH(QString, label);
        QFETCH(bool, fromClient);
        QFETCH(bool, dropped);
        QFETCH(double, endFraction);
        const Trace trace = normalCloseTrace();
        const SequenceLayout l = layoutOf(trace);
        QCOMPARE(l.arrows().size(), trace.segments.size());
        const SequenceLayout::Arrow &a = l.arrows()[std::size_t(segment)];
        const SegmentRecord &s = trace.segments[std::size_t(segment)];
        QCOMPARE(a.label, label);
        QCOMPARE(a.from == Side::Client, fromClient);
        QCOMPARE(a.dropped, dropped);
        const double x0 = l.lifelineX(a.from);
        const double x1 = l.lifelineX(peerOf(a.from));
        QCOMPARE(a.start, QPointF(x0, l.timeMap().y(s.sentAt)));
        QCOMPARE(a.end.x(), x0 + endFraction * (x1 - x0));
        QCOMPARE(a.end.y(), l.timeMap().y(s.arrivesAt));
        QVERIFY(a.end.y() > a.start.y()); // sloped by the delay
    }

    void everyArrowHasItsLabelApart()
    {
        // In the engine's normal_close the client's handshake ACK and its first data segment leave
        // at the same moment: both labels are placed, apart.
        const Trace trace = simulate(RunConfig{});
        const SequenceLayout l = layoutOf(trace);
        std::vector<QRectF> labels;
        for (const PlacedText &t : l.texts())
            if (t.kind == TextKind::ArrowLabel)
                labels.push_back(t.rect);
        QCOMPARE(labels.size(), trace.segments.size());
        for (std::size_t i = 0; i < labels.size(); ++i)
            for (std::size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i].intersects(labels[j]));
    }

    void droppedArrowStopsMidway()
    {
        const Trace trace = finUnackedTrace();
        const SequenceLayout l = layoutOf(trace);
        const SequenceLayout::Arrow &a = l.arrows()[1];
        QVERIFY(a.dropped);
        QCOMPARE(a.end.x(), (l.columns().clientX + l.columns().serverX) / 2);
        QCOMPARE(a.end.y(), l.timeMap().y(trace.segments[1].droppedAt));
        QCOMPARE(l.arrows()[2].label, u"retransmitted FIN"_qs);
        QCOMPARE(l.arrows()[4].label, u"retransmitted FIN (2nd)"_qs); // the third transmission
        setTcpdumpNotation(true);
        const SequenceLayout t = layoutOf(trace);
        setTcpdumpNotation(false);
        QCOMPARE(t.arrows()[2].label, u"F. seq 1 ack 1 #2"_qs);
        QCOMPARE(t.arrows()[4].label, u"F. seq 1 ack 1 #3"_qs);
    }

    void tcpdumpNotation()
    {
        // The notation a packet capture prints: flags, seq, ack (SYN seq 0; FIN seq 1 ack 1).
        const Trace trace = normalCloseTrace();
        setTcpdumpNotation(true);
        const SequenceLayout l = layoutOf(trace);
        setTcpdumpNotation(false);
        QCOMPARE(l.arrows()[0].label, u"S seq 0"_qs);
        QCOMPARE(l.arrows()[1].label, u"S. seq 0 ack 1"_qs);
        QCOMPARE(l.arrows()[3].label, u"F. seq 1 ack 1"_qs);
        QCOMPARE(l.arrows()[6].label, u". seq 2 ack 2"_qs);
    }

    void mergedFinAckAndProbes()
    {
        // A passive closer whose first answer to the FIN is its own FIN (a delayed ACK merged):
        // FIN+ACK; probes count themselves (keepalive probe, keepalive probe (2nd)); data by length.
        HandTrace h;
        h.send(Side::Client, 0, FlagAck | FlagPsh, 1, 1, d, std::nullopt, 1, 100)
            .send(Side::Client, 2 * d, FlagFin | FlagAck, 101, 1, d)
            .send(Side::Server, 3 * d, FlagFin | FlagAck, 1, 102, d)
            .send(Side::Client, 4 * d, FlagAck, 102, 2, d)
            .send(Side::Client, 5 * d, FlagRst, 102, 0, d);
        for (int n = 1; n <= 3; ++n) {
            h.send(Side::Server, 10 * n * d, FlagAck, 1, 102, d, std::nullopt, std::uint16_t(n));
            h.trace.segments.back().retransKind = RetransKind::Keepalive;
        }
        h.send(Side::Server, 50 * d, FlagAck, 1, 102, d, std::nullopt, 1);
        h.trace.segments.back().retransKind = RetransKind::Probe;
        const QStringList expected{u"data 100 B"_qs, u"FIN"_qs, u"FIN+ACK"_qs, u"ACK of the FIN"_qs, u"RST"_qs,
                                   u"keepalive probe"_qs, u"keepalive probe (2nd)"_qs, u"keepalive probe (3rd)"_qs,
                                   u"zero-window probe"_qs};
        const SequenceLayout l = layoutOf(h.trace);
        QStringList labels;
        for (const SequenceLayout::Arrow &a : l.arrows())
            labels << a.label;
        QCOMPARE(labels, expected);
    }

    void labelNamesWhatTheSegmentIs()
    {
        // Every arrow's words say what the trace records: its flags, its length, which transmission
        // (every library scenario; fin_ack_combined's passive closer answers the FIN with FIN+ACK).
        int finAck = 0;
        std::size_t notDrawn = 0; // segments of a population's other connections (syn_flood records 60)
        for (const ScenarioInfo &info : scenarioLibrary()) {
            const QString scenario = QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
            RunConfig c;
            c.scenario = std::string(info.name);
            const Trace trace = simulate(c);
            const SequenceLayout l = layoutOf(trace);
            // A population's other connections (other client ports) are not drawn on the sample's
            // lifelines; a single story's second incarnation of the 4-tuple (stale_segment) is.
            const auto drawn = std::count_if(trace.segments.begin(), trace.segments.end(), [&trace](const SegmentRecord &s) {
                return !trace.populationSample || s.conn == 0;
            });
            QCOMPARE(qsizetype(l.arrows().size()), qsizetype(drawn));
            notDrawn += trace.segments.size() - std::size_t(drawn);
            for (const SequenceLayout::Arrow &a : l.arrows())
                QVERIFY(!trace.populationSample || trace.segments[std::size_t(a.segment)].conn == 0);
            const QStringList ordinals{u"1st"_qs, u"2nd"_qs, u"3rd"_qs, u"4th"_qs, u"5th"_qs, u"6th"_qs, u"7th"_qs, u"8th"_qs, u"9th"_qs, u"10th"_qs};
            for (const SequenceLayout::Arrow &a : l.arrows()) {
                const SegmentRecord &s = trace.segments[std::size_t(a.segment)];
                const std::uint8_t f = s.header.flags;
                const QString why = QStringLiteral("%1: segment %2 '%3' flags %4 len %5 #%6")
                                        .arg(scenario).arg(a.segment).arg(a.label).arg(int(f)).arg(s.header.len).arg(s.transmission);
                const bool probe = s.retransKind == RetransKind::Keepalive || s.retransKind == RetransKind::Probe;
                QString kind;
                if (f & FlagRst)
                    kind = u"RST"_qs;
                else if ((f & FlagSyn) && (f & FlagAck))
                    kind = u"SYN-ACK"_qs;
                else if (f & FlagSyn)
                    kind = u"SYN"_qs;
                else if (s.retransKind == RetransKind::Keepalive)
                    kind = u"keepalive probe"_qs;
                else if (s.retransKind == RetransKind::Probe)
                    kind = u"zero-window probe"_qs;
                else if (f & FlagFin)
                    kind = u"FIN"_qs;
                else if (s.header.len > 0)
                    kind = QStringLiteral("data %1 B").arg(s.header.len);
                else
                    kind = u"ACK"_qs;
                QVERIFY2(a.label.contains(kind), qPrintable(why));
                if ((f & FlagFin) && s.header.len > 0)
                    QVERIFY2(a.label.contains(QStringLiteral("%1 B").arg(s.header.len)), qPrintable(why));
                if (!(f & FlagSyn) && !(f & FlagFin) && !(f & FlagRst) && s.header.len == 0 && !probe)
                    QVERIFY2(!a.label.contains(u"SYN-ACK"_qs) || a.label == u"ACK of the SYN-ACK"_qs, qPrintable(why));
                if (!(f & FlagRst) && !(f & FlagSyn))
                    QVERIFY2(!a.label.contains(u"RST"_qs) && !a.label.startsWith(u"SYN"_qs), qPrintable(why));
                if (probe) {
                    QVERIFY2(!a.label.contains(u"retransmitted"_qs), qPrintable(why));
                    if (s.transmission > 1 && s.transmission <= 10)
                        QVERIFY2(a.label.endsWith(QStringLiteral("(%1)").arg(ordinals[s.transmission - 1])), qPrintable(why));
                } else if (s.transmission == 1) {
                    QVERIFY2(!a.label.contains(u"retransmitted"_qs), qPrintable(why));
                } else {
                    QVERIFY2(a.label.startsWith(u"retransmitted "_qs), qPrintable(why));
                    if (s.transmission == 2)
                        QVERIFY2(!a.label.contains(QLatin1Char('(')), qPrintable(why));
                    else if (s.transmission <= 11)
                        QVERIFY2(a.label.endsWith(QStringLiteral("(%1)").arg(ordinals[s.transmission - 2])), qPrintable(why));
                }
                finAck += a.label.contains(u"FIN+ACK"_qs) ? 1 : 0;
            }
        }
        QVERIFY(finAck > 0);
        QVERIFY(notDrawn > 0);
    }

    void headAt_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<double>("fraction");
        QTest::newRow("at send") << qint64(0) << 0.0;
        QTest::newRow("before send stays at the start") << qint64(-d) << 0.0;
        QTest::newRow("half way") << qint64(d / 2) << 0.5;
        QTest::newRow("a fifth") << qint64(d / 5) << 0.2;
        QTest::newRow("arrived") << qint64(d) << 1.0;
        QTest::newRow("long after") << qint64(kSec) << 1.0;
    }

    void headAt()
    {
        QFETCH(qint64, t);
        QFETCH(double, fraction);
        const Trace trace = normalCloseTrace();
        const SequenceLayout l = layoutOf(trace);
        const SequenceLayout::Arrow &fin = l.arrows()[3];
        const QPointF expected = fin.start + fraction * (fin.end - fin.start);
        const QPointF head = l.headAt(fin, t);
        QVERIFY2(qAbs(head.x() - expected.x()) < 1e-6 && qAbs(head.y() - expected.y()) < 1e-6,
                 qPrintable(QStringLiteral("(%1, %2)").arg(head.x()).arg(head.y())));
        // The head is always at the playhead's height while in flight.
        if (t > 0 && t < d)
            QCOMPARE(head.y(), l.timeMap().y(t));
    }

    void arrowAt()
    {
        const SequenceLayout l = layoutOf(normalCloseTrace());
        const SequenceLayout::Arrow &fin = l.arrows()[3];
        const QPointF mid = (fin.start + fin.end) / 2;
        QCOMPARE(l.arrowAt(mid, 4), 3);
        QCOMPARE(l.arrowAt(mid + QPointF(0, 3), 6), 3);
        QCOMPARE(l.arrowAt(QPointF(5, mid.y()), 4), -1);
    }

    void arrowsBetween()
    {
        const Trace trace = normalCloseTrace();
        const SequenceLayout l = layoutOf(trace);
        const double y0 = l.timeMap().y(d / 2);
        const std::vector<int> hit = l.arrowsBetween(y0, y0 + 1);
        QCOMPARE(hit, std::vector<int>{3});
        QCOMPARE(l.arrowsBetween(-1e9, 1e9).size(), trace.segments.size());
    }

    void lifelines()
    {
        const Trace trace = normalCloseTrace();
        const SequenceLayout l = layoutOf(trace);
        QList<QString> clientStates;
        for (const auto &m : l.stateMarks())
            if (m.side == Side::Client)
                clientStates << QString::fromLatin1(stateName(m.state).data());
        QCOMPARE(clientStates, (QList<QString>{u"SYN_SENT"_qs, u"ESTABLISHED"_qs, u"FIN_WAIT1"_qs,
                                               u"FIN_WAIT2"_qs, u"TIME_WAIT"_qs, u"CLOSED"_qs}));
        // The client's band covering the FIN's flight is FIN_WAIT1, spanning 0 .. 2d.
        bool found = false;
        for (const auto &b : l.bands()) {
            if (b.side == Side::Client && b.from <= d / 2 && d / 2 < b.to) {
                QCOMPARE(b.state, TcpState::FinWait1);
                QCOMPARE(b.to, 2 * d);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void timers()
    {
        const Trace trace = normalCloseTrace();
        const SequenceLayout l = layoutOf(trace);
        QCOMPARE(l.timerBars().size(), trace.timers.size());
        // The client's RTO is cancelled before TIME_WAIT starts: both use lane 0.
        QCOMPARE(l.laneCount(Side::Client), 1);
        const auto &tw = l.timerBars()[2];
        QCOMPARE(trace.timers[2].kind, TimerKind::TimeWait);
        QCOMPARE(tw.lane, 0);
        QVERIFY(tw.x < l.columns().clientX - l.columns().stateWidth); // outside the state names
        QCOMPARE(tw.yEnd, l.timeMap().y(trace.timers[2].endedAt));
    }

    void timersStayInsideANarrowView_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("600") << 600.0;
        QTest::newRow("700") << 700.0;
        QTest::newRow("1200") << 1200.0;
    }

    void timersStayInsideANarrowView()
    {
        // The engine's normal_close has timers on both sides (RTO, TLP, delayed ACK, TIME_WAIT):
        // every lane lies between the time axis and the client lifeline, or between the server
        // lifeline and the right edge, however narrow the view.
        QFETCH(double, width);
        const Trace trace = simulate(RunConfig{});
        const SequenceLayout l = layoutOf(trace, width);
        QVERIFY(!l.timerBars().empty());
        for (const SequenceLayout::TimerBar &bar : l.timerBars()) {
            if (bar.side == Side::Client)
                QVERIFY2(bar.x > l.columns().axisRight + 5 && bar.x < l.columns().clientX, qPrintable(QString::number(bar.x)));
            else
                QVERIFY2(bar.x > l.columns().serverX && bar.x < width - 5, qPrintable(QString::number(bar.x)));
        }
        if (width >= 1200) // room enough: the lanes sit outside the state column
            QCOMPARE(l.laneX(Side::Client, 0), l.columns().clientX - 2 * l.metrics().pad - l.columns().stateWidth);
    }

    void headersShowTheWholeAddress_data()
    {
        // What the diagram gets in the main window (measured with closelab --screenshot: the central
        // area less its scroll bar), and a tenth less (the docks may take more).
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("1280x720") << QSizeF(876, 656);
        QTest::newRow("1280x720, narrower") << QSizeF(790, 656);
        QTest::newRow("1024x600") << QSizeF(697, 536);
        QTest::newRow("1024x600, narrower") << QSizeF(627, 536);
    }

    void headersShowTheWholeAddress()
    {
        // Issue 17: at 200 % in a 1280×720 window the server's header read "服务端 · 10.0.0…". Where
        // one line does not fit, the role and the address take a line each; every title line lies
        // inside its side's half, client left and server right, and nothing in the frame overlaps.
        QFETCH(QSizeF, size);
        int frames = 0, wrapped = 0;
        for (const char *scenario : {"normal_close", "last_ack_lost", "syn_flood", "close_wait_leak", "tw_recycle_nat"}) {
            RunConfig c;
            c.scenario = scenario;
            const Trace trace = simulate(c);
            for (const bool chinese : {false, true}) {
                const SequenceLayout::Titles titles{titleOf(trace, Side::Client, chinese), titleOf(trace, Side::Server, chinese)};
                for (const double zoom : {1.0, 2.0}) {
                    TimeMap::Params params;
                    params.top = SequenceMetrics::at(zoom).headerHeight() + 2.2 * SequenceMetrics::at(zoom).em;
                    const SequenceLayout l(trace, TimeMap(TimeMap::knotsOf(trace), params), size.width(), zoom, titles);
                    const QString where = QStringLiteral("%1 %2 %3x%4 zoom %5").arg(scenario, chinese ? "zh" : "en").arg(size.width()).arg(size.height()).arg(zoom);
                    // Everything under the header moved down with it.
                    QCOMPARE(l.timeMap().top(), params.top + l.headerHeight() - l.metrics().headerHeight());
                    for (const SimTime t : {SimTime(0), trace.end}) {
                        SequenceFrame::Request request;
                        request.t = t;
                        request.viewport = QRectF(QPointF(0, 0), size);
                        request.clientTitle = titles.client;
                        request.serverTitle = titles.server;
                        request.scrollY = std::max(0.0, l.timeMap().y(t) - 0.7 * size.height());
                        const SequenceFrame f = l.frame(trace, request);
                        QStringList lines[2];
                        double centre[2] = {0, 0};
                        std::vector<QRectF> rects;
                        for (const PlacedText &text : f.texts) {
                            QVERIFY2(request.viewport.contains(text.rect), qPrintable(where + u": leaves the view: "_qs + text.text));
                            rects.push_back(text.rect);
                            if (text.kind != TextKind::Title)
                                continue;
                            const int s = text.side == Side::Client ? 0 : 1;
                            lines[s] << text.text;
                            centre[s] = text.rect.center().x();
                            QVERIFY2(text.rect.bottom() <= f.headerBottom, qPrintable(where));
                            const double mid = (l.columns().clientX + l.columns().serverX) / 2;
                            QVERIFY2(s == 0 ? text.rect.right() <= mid : text.rect.left() >= mid, qPrintable(where + u": crosses the middle: "_qs + text.text));
                        }
                        QVERIFY2(!anyOverlap(rects), qPrintable(where));
                        for (const QRectF &r : rects) {
                            for (const Marker &m : f.markers)
                                QVERIFY2(!anyOverlap({r, m.rect}), qPrintable(where + u": covers a marker"_qs));
                        }
                        // The whole title: on one line, or the role over the address:port.
                        QCOMPARE(lines[0].join(u" · "_qs), titles.client);
                        QCOMPARE(lines[1].join(u" · "_qs), titles.server);
                        QVERIFY2(lines[1].last().endsWith(QString::fromStdString(trace.endpointText(Side::Server))), qPrintable(where));
                        QVERIFY2(centre[0] < centre[1], qPrintable(where + u": client right of the server"_qs));
                        // Where one side takes two lines both do (role beside role).
                        QCOMPARE(lines[0].size(), lines[1].size());
                        wrapped += lines[0].size() > 1;
                        ++frames;
                    }
                }
            }
        }
        QCOMPARE(frames, 5 * 2 * 2 * 2);
        QVERIFY(wrapped > 0); // at 200 % the headers need their second line
    }

    void headerShortensOnlyWhatCannotFit()
    {
        // 300 px at 200 %: not even "10.0.0.2:80" fits a side's half; the address line is its port
        // alone (":80", what the address ends with after its last ':'), and the whole title is
        // the tooltip.
        const Trace trace = normalCloseTrace();
        const SequenceLayout::Titles titles{titleOf(trace, Side::Client, false), titleOf(trace, Side::Server, false)};
        const SequenceLayout l(trace, TimeMap(TimeMap::knotsOf(trace), TimeMap::Params{}), 300, 2.0, titles);
        SequenceFrame::Request request;
        request.viewport = QRectF(0, 0, 300, 400);
        request.clientTitle = titles.client;
        request.serverTitle = titles.server;
        const SequenceFrame f = l.frame(trace, request);
        bool elided = false;
        const PlacedText *address[2] = {nullptr, nullptr};
        for (const PlacedText &text : f.texts) {
            if (text.kind != TextKind::Title)
                continue;
            address[text.side == Side::Client ? 0 : 1] = &text; // the lower line: after the role
            if (text.fullText.isEmpty())
                continue;
            elided = true;
            QCOMPARE(f.toolTipAt(text.rect.center()), text.side == Side::Client ? titles.client : titles.server);
        }
        QVERIFY(elided);
        int ports = 0;
        for (Side side : {Side::Client, Side::Server}) {
            const PlacedText *text = address[side == Side::Client ? 0 : 1];
            QVERIFY(text);
            const QString endpoint = QString::fromStdString(trace.endpointText(side));
            const QString port = endpoint.mid(endpoint.lastIndexOf(u':'));
            QVERIFY2(text->text == endpoint || text->text == port, qPrintable(text->text));
            ports += text->text == port;
        }
        QVERIFY(ports > 0);
        // A layout made without titles keeps the one-line header (and elides there).
        const SequenceLayout plain(trace, TimeMap(TimeMap::knotsOf(trace), TimeMap::Params{}), 300, 2.0);
        QCOMPARE(plain.headerHeight(), plain.metrics().headerHeight());
        QVERIFY(l.headerHeight() > plain.headerHeight());
    }

    void appCallText_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<qint64>("result");
        QTest::addColumn<int>("err");
        QTest::addColumn<QString>("expected");
        QTest::newRow("close") << int(AppCall::Close) << qint64(0) << int(Errno::None) << u"close()"_qs;
        QTest::newRow("read eof") << int(AppCall::Read) << qint64(0) << int(Errno::None) << u"read() = 0"_qs;
        QTest::newRow("write epipe") << int(AppCall::Write) << qint64(-1) << int(Errno::Epipe)
                                     << u"write() = -1 EPIPE"_qs;
        QTest::newRow("connect refused") << int(AppCall::Connect) << qint64(-1) << int(Errno::Econnrefused)
                                         << u"connect() = -1 ECONNREFUSED"_qs;
    }

    void appCallText()
    {
        QFETCH(int, call);
        QFETCH(qint64, result);
        QFETCH(int, err);
        QFETCH(QString, expected);
        TraceEvent e;
        e.type = EventType::App;
        e.call = AppCall(call);
        e.result = result;
        e.err = Errno(err);
        QCOMPARE(closelab::appCallText(e), expected);
    }
};

QTEST_MAIN(TestSequenceLayout)
#include "tst_sequencelayout.moc"
