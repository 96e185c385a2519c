// SPDX-License-Identifier: GPL-3.0-or-later
// Every event kind, cause, timer, drop, RST, gone reason, errno and application call has
// narration, in English and in Chinese. The Chinese comes from translations/closelab_zh_CN.ts,
// read directly, so this test checks the file the build embeds.
#include "tests/tstranslator.h"
#include "handtrace.h"
#include "core/scenario.h"
#include "core/transitiontable.h"
#include "views/codetexts.h"
#include "views/narration.h"
#include "views/segmenttext.h"
#include "views/sidestate.h"

#include <QCoreApplication>
#include <QTest>

using namespace closelab;
using namespace closelab::testing;

namespace {

bool hasHan(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// One trace holding one event of every kind and code.
Trace everyCodeTrace()
{
    HandTrace h;
    SimTime t = 0;
    for (int c = 0; c <= int(AppCall::HostReboot); ++c)
        h.app(Side::Client, t += kMs, AppCall(c));
    for (int e = 1; e <= int(Errno::Enotconn); ++e)
        h.app(Side::Server, t += kMs, AppCall::Write, -1, Errno(e));
    for (int c = 0; c <= int(Cause::AcceptOverflow); ++c)
        for (TcpState from : kAllStates)
            h.state(Side::Client, t += kMs, from, TcpState::Closed, Cause(c));
    for (int k = 0; k <= int(TimerKind::Linger); ++k)
        for (TimerAction end : {TimerAction::Fire, TimerAction::Cancel}) {
            t += kMs;
            h.timer(Side::Server, TimerKind(k), t, t + kSec, t + kMs, end);
        }
    for (int r = 0; r <= int(DropReason::LostAfterCapture); ++r)
        h.send(Side::Client, t += kMs, FlagAck, 1, 1, kMs, DropReason(r));
    for (std::uint8_t flags : {std::uint8_t(FlagSyn), std::uint8_t(FlagSyn | FlagAck), std::uint8_t(FlagFin | FlagAck),
                               std::uint8_t(FlagRst), std::uint8_t(FlagAck), std::uint8_t(FlagPsh | FlagAck)})
        h.send(Side::Server, t += kMs, flags, 1, 1, kMs);
    for (int g = 1; g <= int(GoneReason::Closed); ++g)
        h.gone(Side::Server, t += kMs, GoneReason(g));
    Trace trace = h.finish(t + kSec);
    for (int k = 0; k < kRetransKindCount; ++k) {
        SegmentRecord s;
        s.transmission = 2;
        s.retransKind = RetransKind(k);
        s.sentAt = s.arrivesAt = trace.end;
        trace.segments.push_back(s);
        trace.events.push_back({trace.end, EventType::Send, Side::Client, 0, int(trace.segments.size()) - 1});
    }
    for (int r = 0; r < kRstReasonCount; ++r) {
        SegmentRecord s;
        s.header.flags = FlagRst;
        s.rstReason = RstReason(r);
        s.sentAt = s.arrivesAt = trace.end;
        trace.segments.push_back(s);
        trace.events.push_back({trace.end, EventType::Send, Side::Client, 0, int(trace.segments.size()) - 1});
    }
    return trace;
}

} // namespace

class TestNarration : public QObject {
    Q_OBJECT
private slots:
    void everyEventHasNarration_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("English") << false;
        QTest::newRow("Chinese") << true;
    }

    void everyEventHasNarration()
    {
        QFETCH(bool, chinese);
        TsTranslator zh;
        if (chinese) {
            QVERIFY(zh.load(QFINDTESTDATA("../../translations/closelab_zh_CN.ts")));
            QCoreApplication::installTranslator(&zh);
        }
        const Trace trace = everyCodeTrace();
        for (int i = 0; i < int(trace.events.size()); ++i) {
            const Narration n = narrate(trace, i);
            const QString where = QStringLiteral("event %1 (type %2)").arg(i).arg(int(trace.events[std::size_t(i)].type));
            QVERIFY2(!n.headline.isEmpty(), qPrintable(where));
            QVERIFY2(!n.what.isEmpty(), qPrintable(where));
            const TraceEvent &e = trace.events[std::size_t(i)];
            const bool needsWhy = e.type != EventType::App || e.err != Errno::None
                || e.call == AppCall::Close || e.call == AppCall::ShutdownWr;
            if (needsWhy)
                QVERIFY2(!n.why.isEmpty(), qPrintable(where + QStringLiteral(": no why")));
            if (chinese) {
                QVERIFY2(hasHan(n.what), qPrintable(where + QStringLiteral(": ") + n.what));
                if (!n.why.isEmpty())
                    QVERIFY2(hasHan(n.why), qPrintable(where + QStringLiteral(": ") + n.why));
            }
        }
        // Short labels too.
        for (TcpState s : kAllStates) {
            QVERIFY(!text::stateExplanation(s).isEmpty());
            if (chinese)
                QVERIFY2(hasHan(text::stateExplanation(s)), qPrintable(text::stateName(s)));
        }
        for (int c = 0; c <= int(Cause::AcceptOverflow); ++c)
            QVERIFY(!text::causeLabel(Cause(c)).isEmpty());
        if (chinese) {
            QCoreApplication::removeTranslator(&zh);
            QVERIFY2(zh.missed().isEmpty(), qPrintable(QStringLiteral("not translated: ") + zh.missed().join(QLatin1String(", "))));
        }
    }

    void closeSendsAFinOnlyWhereTheKernelDoes()
    {
        // tcp.c: new_state[] — close() adds TCP_ACTION_FIN from ESTABLISHED, SYN_RECV and CLOSE_WAIT
        // only. LISTEN and SYN_SENT go to CLOSE silently; the closing states have sent theirs already.
        int withFin = 0, without = 0;
        for (const Transition &t : transitionTable()) {
            if (t.cause != Cause::AppClose)
                continue;
            const bool sendsFin = t.from == TcpState::Established || t.from == TcpState::SynRecv || t.from == TcpState::CloseWait;
            const QString label = text::causeLabel(t.cause, t.from);
            QVERIFY2(label.startsWith(QStringLiteral("close()")), qPrintable(label));
            QVERIFY2(label.contains(QStringLiteral("snd FIN")) == sendsFin,
                     qPrintable(QStringLiteral("%1 -> %2: %3").arg(text::stateName(t.from), text::stateName(t.to), label)));
            (sendsFin ? withFin : without) += 1;
        }
        QVERIFY(withFin >= 2); // ESTABLISHED -> FIN_WAIT1, CLOSE_WAIT -> LAST_ACK
        QVERIFY(without >= 2); // LISTEN -> CLOSED, SYN_SENT -> CLOSED
    }

    void orphanRetriesAreExplainedAsTheKernelDoes()
    {
        // fin_unacked: the socket was close()d, so tcp_orphan_retries (0 means 8) is the limit.
        const Trace trace = finUnackedTrace();
        const int last = int(trace.events.size()) - 2; // FIN_WAIT1 -> CLOSED
        QCOMPARE(trace.events[std::size_t(last)].cause, Cause::RetriesExhausted);
        const Narration n = narrate(trace, last);
        QVERIFY(n.why.contains(QStringLiteral("tcp_orphan_retries, not tcp_retries2")));
        QVERIFY(n.why.contains(QStringLiteral("0 means 8")));
        QCOMPARE(n.sysctl, QStringLiteral("net.ipv4.tcp_orphan_retries"));
        int sendFin2 = -1; // the event sending segment 2, the FIN's transmission #2
        for (int i = 0; i < int(trace.events.size()); ++i)
            if (trace.events[std::size_t(i)].type == EventType::Send && trace.events[std::size_t(i)].segment == 2)
                sendFin2 = i;
        const Narration retransmission = narrate(trace, sendFin2);
        QCOMPARE(retransmission.headline, QStringLiteral("→ retransmitted FIN"));
        setTcpdumpNotation(true);
        const QString notation = narrate(trace, sendFin2).headline;
        setTcpdumpNotation(false);
        QCOMPARE(notation, QStringLiteral("→ F. seq 1 ack 1 #2"));
        QCOMPARE(retransmission.sysctl, QStringLiteral("net.ipv4.tcp_orphan_retries"));
    }

    // Issue 17: at t = 0 normal_close explained "TLP armed" (the last event recorded at that
    // instant) instead of the close() the story is about.
    void theStoryAtAnInstantIsTheAppCall()
    {
        RunConfig c;
        c.scenario = "normal_close";
        const Trace trace = simulate(c);
        const int last = trace.eventIndexAt(0);
        QVERIFY(last >= 0);
        const int story = storyEventAt(trace, 0);
        QCOMPARE(trace.events[std::size_t(story)].t, trace.events[std::size_t(last)].t);
        QCOMPARE(trace.events[std::size_t(story)].type, EventType::App);
        QCOMPARE(trace.events[std::size_t(story)].call, AppCall::Close);
        QCOMPARE(trace.events[std::size_t(story)].host, Side::Client);
        QVERIFY(narrate(trace, story).what.contains(QLatin1String("close()")));
        QCOMPARE(storyEventAt(trace, trace.start - 1), -1);
    }

    // Prose names segments in words ("FIN", "ACK of the FIN", "data 100 B"), never beginning with
    // tcpdump notation; the notation follows in parentheses when it is switched on.
    void proseNamesSegmentsInWords()
    {
        RunConfig c;
        c.scenario = "normal_close";
        const Trace trace = simulate(c);
        QStringList sent;
        for (int i = 0; i < int(trace.events.size()); ++i) {
            const TraceEvent &e = trace.events[std::size_t(i)];
            if (e.type != EventType::Send && e.type != EventType::Drop && e.type != EventType::Deliver)
                continue;
            const Narration n = narrate(trace, i);
            QVERIFY2(!n.what.contains(QLatin1String(" seq ")), qPrintable(n.what));
            QVERIFY2(!n.what.startsWith(QLatin1Char('.')) && !n.what.startsWith(QLatin1String("F.")), qPrintable(n.what));
            if (e.type == EventType::Send)
                sent << segmentName(trace, e.segment);
        }
        // The handshake, the set-up's 5-byte request and response (each acknowledged by a plain ACK),
        // the four segments of the close.
        QVERIFY2(sent.contains(QStringLiteral("SYN")), qPrintable(sent.join(QLatin1String(", "))));
        QVERIFY(sent.contains(QStringLiteral("SYN-ACK")));
        QVERIFY(sent.contains(QStringLiteral("ACK of the SYN-ACK")));
        QCOMPARE(sent.count(QStringLiteral("data 5 B")), 2);
        QCOMPARE(sent.count(QStringLiteral("ACK")), 2);
        QCOMPARE(sent.count(QStringLiteral("FIN")), 2);
        QCOMPARE(sent.count(QStringLiteral("ACK of the FIN")), 2);

        setTcpdumpNotation(true);
        int finSend = -1;
        for (int i = 0; i < int(trace.events.size()); ++i)
            if (trace.events[std::size_t(i)].type == EventType::Send && segmentName(trace, trace.events[std::size_t(i)].segment) == QLatin1String("FIN"))
                finSend = finSend < 0 ? i : finSend;
        const QString what = narrate(trace, finSend).what;
        setTcpdumpNotation(false);
        QVERIFY2(what.contains(QLatin1String("FIN (F. seq ")), qPrintable(what));
        QVERIFY(what.startsWith(QLatin1String("The client sends FIN")));
    }

    // The header, the state graph and the narration show one state: the server listens from its
    // listen() on, before its connection socket exists (the header said CLOSED at −1.0…−0.3 s).
    void oneStateForEveryView()
    {
        RunConfig c;
        c.scenario = "normal_close";
        const Trace trace = simulate(c);
        SimTime listenAt = kNever, synAt = kNever;
        for (const TraceEvent &e : trace.events) {
            if (e.type == EventType::State && e.host == Side::Server && e.conn == kListenerConn && e.to == TcpState::Listen)
                listenAt = std::min(listenAt, e.t);
            if (e.type == EventType::State && e.host == Side::Client && e.to == TcpState::SynSent)
                synAt = std::min(synAt, e.t);
        }
        QVERIFY(listenAt < synAt);
        QCOMPARE(sideStateAt(trace, Side::Server, listenAt - 1), TcpState::Closed);
        QCOMPARE(sideStateAt(trace, Side::Server, (listenAt + synAt) / 2), TcpState::Listen);
        QCOMPARE(sideStateAt(trace, Side::Client, (listenAt + synAt) / 2), TcpState::Closed);
        QCOMPARE(sideStateAt(trace, Side::Client, 1), TcpState::FinWait1);
        QCOMPARE(sideStateAt(trace, Side::Server, trace.end), TcpState::Closed);
    }

    void timeWaitIsNotTcpFinTimeout()
    {
        const Trace trace = normalCloseTrace();
        for (int i = 0; i < int(trace.events.size()); ++i) {
            const TraceEvent &e = trace.events[std::size_t(i)];
            if (e.type == EventType::State && e.cause == Cause::TimeWaitExpired) {
                const Narration n = narrate(trace, i);
                QVERIFY(n.why.contains(QStringLiteral("TCP_TIMEWAIT_LEN = 60 s")));
                QVERIFY(n.sysctl.isEmpty()); // a constant, not a sysctl
                return;
            }
        }
        QFAIL("no TIME_WAIT expiry in the trace");
    }
};

QTEST_GUILESS_MAIN(TestNarration)
#include "tst_narration.moc"
