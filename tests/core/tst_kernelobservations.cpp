// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against what a real Linux 6.18 kernel did (tests/data/kernel/observations.json, a copy of
// ../shared/kernel/). The expected values are read from that file, never restated here; each test says
// which scenario and options play the experiment, run with loopback's delay.
#include "core/population.h"
#include "enginetest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace closelab;
using namespace enginetest;

class TestKernelObservations : public QObject {
    Q_OBJECT

private:
    QJsonObject m_experiments;

    QJsonObject experiment(const QString &name) const { return m_experiments.value(name).toObject(); }
    QJsonObject facts(const QString &name) const { return experiment(name).value(QStringLiteral("facts")).toObject(); }

    /// Runs `scenario` the way experiment `name` was made: its sysctls_set, loopback delay, extra options.
    Trace play(const QString &name, const std::string &scenario, std::vector<std::string> options = {}) const
    {
        const QJsonObject set = experiment(name).value(QStringLiteral("sysctls_set")).toObject();
        for (auto it = set.begin(); it != set.end(); ++it)
            options.push_back("set=" + it.key().toStdString() + "=" + QString::number(it.value().toDouble()).toStdString());
        options.push_back("delay=0.000004");
        const Trace t = run(scenario, options);
        if (t.illegalTransitions != 0) qFatal("illegal transition in %s", scenario.c_str());
        return t;
    }

    static std::string num(double v) { return QString::number(v, 'g', 12).toStdString(); }

    static std::vector<double> doubles(const QJsonValue &v)
    {
        std::vector<double> out;
        for (const QJsonValue &x : v.toArray()) out.push_back(x.toDouble());
        return out;
    }

    static QString flagsOf(const SegmentRecord *r) { return QString::fromStdString(flagsText(r->header.flags)); }

    static std::vector<const SegmentRecord *> storySegments(const Trace &t, Side s)
    {
        return sent(t, s, [](const SegmentRecord &r) { return r.sentAt >= 0; });
    }

    static std::vector<double> retransmissionTimes(const Trace &t, Side s, RetransKind kind)
    {
        std::vector<double> out;
        double first = -1;
        for (const SegmentRecord &r : t.segments) {
            if (r.from != s || r.conn != 0) continue;
            const bool isKind = r.retransKind ? *r.retransKind == kind
                                              : (kind == RetransKind::Fin && hasFlag(r, FlagFin))
                                                    || (kind == RetransKind::Syn && r.header.flags == FlagSyn)
                                                    || (kind == RetransKind::SynAck && hasFlag(r, FlagSyn) && hasFlag(r, FlagAck))
                                                    || (kind == RetransKind::Data && r.header.len > 0);
            if (!isKind || r.sentAt < 0) continue;
            if (first < 0) first = secs(r.sentAt);
            else if (r.transmission > 1) out.push_back(secs(r.sentAt) - first);
        }
        return out;
    }

    static double goneAt(const Trace &t, Side s) { return t.side(s).goneAt ? secs(*t.side(s).goneAt) : -1e9; }

    static QString errnoText(Errno e) { return QString::fromStdString(std::string(errnoName(e))); }

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(CLOSELAB_TEST_DATA "/kernel/observations.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "tests/data/kernel/observations.json is missing");
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        for (const QJsonValue &e : doc.object().value(QStringLiteral("experiments")).toArray())
            m_experiments.insert(e.toObject().value(QStringLiteral("name")).toString(), e);
        QVERIFY(m_experiments.size() >= 18);
    }

    void normalClose()
    {
        const QString name = QStringLiteral("01_normal_close");
        const QJsonObject f = facts(name);
        // The server application closed this long after read() returned 0 (the marks, not the nominal delay).
        const double delay = f.value(QStringLiteral("server_close_t")).toDouble() - f.value(QStringLiteral("server_read_eof_t")).toDouble();
        const Trace t = play(name, "normal_close", {"opt=server_close_delay=" + num(delay)});
        // The client's states after close() in the observed order.
        QStringList seen;
        for (const QJsonValue &v : f.value(QStringLiteral("client_states")).toArray()) {
            const QString s = v.toArray().at(0).toString();
            if (s != QLatin1String("ESTABLISHED") && s != QLatin1String("GONE")) seen << s;
        }
        QStringList ours;
        for (auto [st, at] : states(t, Side::Client))
            if (at >= 0 && st != TcpState::Closed) ours << QString::fromStdString(std::string(stateName(st)));
        QCOMPARE(ours, seen);
        // The server's ACK of the FIN is delayed (delayed ACK), then its own FIN comes after the app's close().
        CLOSE_TO(enteredAt(t, Side::Client, TcpState::FinWait2), f.value(QStringLiteral("server_ack_of_client_fin_t")).toDouble());
        CLOSE_TO(enteredAt(t, Side::Client, TcpState::TimeWait), f.value(QStringLiteral("client_time_wait_enter_t_pcap")).toDouble());
        CLOSE_TO(goneAt(t, Side::Client), f.value(QStringLiteral("client_time_wait_gone_t")).toDouble());
        CLOSE_TO(goneAt(t, Side::Client) - enteredAt(t, Side::Client, TcpState::TimeWait), f.value(QStringLiteral("time_wait_duration_s")).toDouble());
        CLOSE_TO(goneAt(t, Side::Server), f.value(QStringLiteral("client_final_ack_t")).toDouble());
        const auto fin = [](const SegmentRecord &r) { return hasFlag(r, FlagFin); };
        QCOMPARE(int(sent(t, Side::Client, fin).size()), f.value(QStringLiteral("fin_count_client")).toInt());
        QCOMPARE(int(sent(t, Side::Server, fin).size()), f.value(QStringLiteral("fin_count_server")).toInt());
        QCOMPARE(t.side(Side::Client).rstSent + t.side(Side::Server).rstSent, f.value(QStringLiteral("rst_count")).toInt());
        const auto serverStory = storySegments(t, Side::Server);
        QVERIFY(!serverStory.empty());
        QCOMPARE(hasFlag(*serverStory.front(), FlagFin), f.value(QStringLiteral("server_ack_of_client_fin_was_piggybacked_on_server_fin")).toBool());
        QCOMPARE(int(storySegments(t, Side::Client).size() + serverStory.size()), f.value(QStringLiteral("packets_after_close")).toInt());
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::TimeWaitDone);
    }

    void finAckCombined()
    {
        const QString name = QStringLiteral("01b_normal_close_server_closes_immediately");
        const QJsonObject f = facts(name);
        const Trace t = play(name, "fin_ack_combined");
        const auto serverStory = storySegments(t, Side::Server);
        QVERIFY(!serverStory.empty());
        QCOMPARE(hasFlag(*serverStory.front(), FlagFin), f.value(QStringLiteral("server_ack_of_client_fin_was_piggybacked_on_server_fin")).toBool());
        QCOMPARE(int(storySegments(t, Side::Client).size() + serverStory.size()), f.value(QStringLiteral("packets_after_close")).toInt());
        // FIN_WAIT1 straight to TIME_WAIT: the observed client states never show FIN_WAIT2.
        bool observedFinWait2 = false;
        for (const QJsonValue &v : f.value(QStringLiteral("client_states")).toArray())
            observedFinWait2 |= v.toArray().at(0).toString() == QLatin1String("FIN_WAIT2");
        QCOMPARE(enteredAt(t, Side::Client, TcpState::FinWait2) > -1e8, observedFinWait2);
        CLOSE_TO(enteredAt(t, Side::Client, TcpState::TimeWait), f.value(QStringLiteral("client_time_wait_enter_t_pcap")).toDouble());
    }

    void finRetransmissionsOfAnOrphan()
    {
        const QString name = QStringLiteral("02_fin_retrans_orphan_default");
        const QJsonObject f = facts(name);
        const double serverClose = f.value(QStringLiteral("server_close_t")).toDouble();
        const Trace t = play(name, "fin_unacked", {"opt=server_close_at=" + num(serverClose)});
        const std::vector<double> observed = doubles(f.value(QStringLiteral("fin_retrans_times_rel_first")));
        const std::vector<double> ours = retransmissionTimes(t, Side::Client, RetransKind::Fin);
        QCOMPARE(int(ours.size()), f.value(QStringLiteral("fin_retransmissions")).toInt());
        for (std::size_t i = 0; i < observed.size(); ++i) CLOSE_TO(ours[i], observed[i]);
        CLOSE_TO(goneAt(t, Side::Client), f.value(QStringLiteral("socket_gone_rel_first_fin")).toDouble());
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::RetriesExhausted);
        QCOMPARE(t.side(Side::Client).limit, std::string("net.ipv4.tcp_orphan_retries"));
        // No RST when the orphan gives up; the server's later FIN is answered with one.
        const auto rsts = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(!rsts.empty() && secs(rsts.front()->sentAt) < goneAt(t, Side::Client), f.value(QStringLiteral("rst_sent_by_client")).toBool());
        QCOMPARE(!rsts.empty() && secs(rsts.front()->sentAt) >= serverClose, f.value(QStringLiteral("after_server_close_client_host_replied_rst")).toBool());
        // The first retransmission is the tail loss probe, the rest are RTO retransmissions.
        int probes = 0;
        for (const TraceEvent &e : t.events)
            if (e.type == EventType::Timer && e.host == Side::Client && e.timer == TimerKind::LossProbe && e.action == TimerAction::Fire) ++probes;
        QCOMPARE(probes, f.value(QStringLiteral("tlp_probe_retransmissions")).toInt());
        QCOMPARE(int(ours.size()) - probes, f.value(QStringLiteral("kernel_rto_retrans_counter_max")).toInt());
    }

    void orphanFinWait2Timeout()
    {
        const QString name = QStringLiteral("05a_fin_wait2_orphan_timeout_5");
        const QJsonObject f = facts(name);
        const double serverClose = f.value(QStringLiteral("server_close_t")).toDouble();
        const Trace t = play(name, "fin_wait2_timeout", {"opt=server_close_at=" + num(serverClose)});
        CLOSE_TO(enteredAt(t, Side::Client, TcpState::FinWait2), f.value(QStringLiteral("client_fin_wait2_enter_t_pcap")).toDouble());
        CLOSE_TO(goneAt(t, Side::Client), f.value(QStringLiteral("client_gone_t")).toDouble());
        CLOSE_TO(goneAt(t, Side::Client) - enteredAt(t, Side::Client, TcpState::FinWait2), f.value(QStringLiteral("fin_wait2_duration_s")).toDouble());
        QCOMPARE(t.side(Side::Client).goneReason, GoneReason::FinWait2Timeout);
        // The FIN_WAIT2 timer (ss shows it as "timewait") was armed for tcp_fin_timeout.
        const auto fw2 = std::find_if(t.timers.begin(), t.timers.end(), [](const TimerRecord &r) { return r.kind == TimerKind::FinWait2; });
        QVERIFY(fw2 != t.timers.end());
        CLOSE_TO(secs(fw2->expires - fw2->armedAt),
                 f.value(QStringLiteral("client_fin_wait2_timer_at_first_sample")).toObject().value(QStringLiteral("expires_ms")).toDouble() / 1000);
        // It vanished silently, and the server's late FIN met an RST.
        const auto clientLater = sent(t, Side::Client, [&](const SegmentRecord &r) { return r.sentAt > 0.1 * kSec; });
        QVERIFY(!clientLater.empty());
        QCOMPARE(hasFlag(*clientLater.front(), FlagRst) && secs(clientLater.front()->sentAt) >= serverClose,
                 f.value(QStringLiteral("rst_from_client_host_after_server_fin")).toBool());
        QCOMPARE(f.value(QStringLiteral("client_vanished_silently")).toBool(), secs(clientLater.front()->sentAt) > goneAt(t, Side::Client));
    }

    void halfClosedFinWait2HasNoTimer()
    {
        const QString name = QStringLiteral("06_fin_wait2_shutdown_forever");
        const QJsonObject f = facts(name);
        const double clientClose = f.value(QStringLiteral("client_close_t")).toDouble();
        const double serverClose = f.value(QStringLiteral("server_close_t")).toDouble();
        const Trace t = play(name, "fin_wait2_timeout",
                             {"opt=mode=shutdown", "opt=client_close_at=" + num(clientClose),
                              "opt=server_close_at=" + num(serverClose)});
        const SimTime observeEnd = fromSeconds(f.value(QStringLiteral("observe_s")).toDouble());
        QCOMPARE(QString::fromStdString(std::string(stateName(t.stateAt(Side::Client, observeEnd)))),
                 f.value(QStringLiteral("client_state_after_observe")).toString());
        // While the socket is not an orphan, no timer runs on it (the observation saw none).
        int running = 0;
        for (int i : t.timersRunningAt(observeEnd / 2))
            if (t.timers[i].host == Side::Client && t.timers[i].kind != TimerKind::DelayedAck) ++running;
        QCOMPARE(running, 0);
        QVERIFY(f.value(QStringLiteral("client_timer_while_not_orphan")).toArray().at(0).isNull());
        CLOSE_TO(goneAt(t, Side::Client) - clientClose, f.value(QStringLiteral("client_gone_after_close_s")).toDouble());
        const auto rst = sent(t, Side::Client, [&](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(!rst.empty() && secs(rst.front()->sentAt) >= serverClose, f.value(QStringLiteral("rst_from_client_host_after_server_fin")).toBool());
    }

    void simultaneousClose()
    {
        const QString name = QStringLiteral("08_simultaneous_close");
        const QJsonObject f = facts(name);
        // Both directions dropped for the first 50 ms, pure ACKs always: the retransmitted FINs cross.
        const Trace t = play(name, "simultaneous_close",
                             {"opt=mode=shutdown", "drop=c2s:any:until=0.05", "drop=s2c:any:until=0.05", "drop=c2s:ack", "drop=s2c:ack"});
        for (Side s : {Side::Client, Side::Server}) {
            const QJsonArray obs = f.value(s == Side::Client ? QStringLiteral("client_states") : QStringLiteral("server_states")).toArray();
            for (const QJsonValue &v : obs) {
                TcpState st;
                if (!stateFromName(v.toArray().at(0).toString().toStdString(), st) || st == TcpState::Established) continue;
                if (st == TcpState::FinWait1) continue; // sampled 8 ms late; the call is at t = 0
                CLOSE_TO(enteredAt(t, s, st), v.toArray().at(1).toDouble());
            }
            const auto fins = sent(t, s, [](const SegmentRecord &r) { return hasFlag(r, FlagFin); });
            const std::vector<double> observed = doubles(f.value(s == Side::Client ? QStringLiteral("client_fin_times") : QStringLiteral("server_fin_times")));
            QCOMPARE(fins.size(), observed.size());
            for (std::size_t i = 0; i < observed.size(); ++i) CLOSE_TO(secs(fins[i]->sentAt), observed[i]);
        }
    }

    void resets_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("unread data") << QStringLiteral("11_rst_unread_data") << QStringLiteral("rst_unread_data");
        QTest::newRow("linger 0") << QStringLiteral("12_rst_linger0") << QStringLiteral("rst_linger0");
    }

    void resets()
    {
        QFETCH(QString, experiment);
        QFETCH(QString, scenario);
        const QJsonObject f = facts(experiment);
        const Trace t = play(experiment, scenario.toStdString());
        const auto story = storySegments(t, Side::Client);
        QVERIFY(!story.empty());
        QCOMPARE(flagsOf(story.front()), f.value(QStringLiteral("rst_flags")).toString());
        CLOSE_TO(secs(story.front()->sentAt), f.value(QStringLiteral("rst_t")).toDouble());
        const bool fin = std::any_of(story.begin(), story.end(), [](const SegmentRecord *r) { return hasFlag(*r, FlagFin); });
        QCOMPARE(fin, f.value(QStringLiteral("client_sent_fin")).toBool());
        QCOMPARE(enteredAt(t, Side::Client, TcpState::TimeWait) > -1e8, f.value(QStringLiteral("client_time_wait_seen")).toBool());
        const auto reads = appCalls(t, Side::Server, AppCall::Read);
        QVERIFY(!reads.empty());
        QCOMPARE(errnoText(reads.back()->err), f.value(QStringLiteral("server_app_event")).toObject().value(QStringLiteral("err")).toString());
        const auto writes = appCalls(t, Side::Server, AppCall::Write);
        QCOMPARE(errnoText(writes.back()->err), f.value(QStringLiteral("server_send_after")).toObject().value(QStringLiteral("err")).toString());
    }

    void resetFromClosedPort()
    {
        const QString name = QStringLiteral("13_rst_closed_port");
        const QJsonObject f = facts(name);
        const Trace t = play(name, "rst_closed_port");
        const auto connects = appCalls(t, Side::Client, AppCall::Connect);
        QCOMPARE(connects.size(), std::size_t(1));
        QCOMPARE(errnoText(connects.front()->err), f.value(QStringLiteral("err")).toString());
        CLOSE_TO(secs(connects.front()->t), f.value(QStringLiteral("error_after_s")).toDouble());
        const auto syns = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagSyn); });
        QCOMPARE(int(syns.size()), f.value(QStringLiteral("syn_sent")).toInt());
        const auto rsts = sent(t, Side::Server, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(int(rsts.size()), f.value(QStringLiteral("rst_received")).toInt());
        QCOMPARE(flagsOf(rsts.front()), f.value(QStringLiteral("rst_flags")).toString());
        QCOMPARE(rsts.front()->header.ack == syns.front()->header.seq + 1, f.value(QStringLiteral("rst_ack_equals_syn_seq_plus_1")).toBool());
    }

    void dataAfterCloseIsReset()
    {
        const QString name = QStringLiteral("14_rst_fin_wait2_data");
        const QJsonObject f = facts(name);
        const Trace t = play(name, "rst_data_after_close");
        const auto data = sent(t, Side::Server, [](const SegmentRecord &r) { return r.sentAt > 0 && r.header.len > 0; });
        QVERIFY(!data.empty());
        CLOSE_TO(secs(data.front()->sentAt), f.value(QStringLiteral("data_segment_t")).toDouble());
        QCOMPARE(QString::fromStdString(std::string(stateName(t.stateAt(Side::Client, data.front()->arrivesAt - 1)))),
                 f.value(QStringLiteral("client_state_before_data")).toString());
        const auto rsts = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(int(rsts.size()), f.value(QStringLiteral("rst_count")).toInt());
        QCOMPARE(flagsOf(rsts.front()), f.value(QStringLiteral("rst_flags")).toString());
        CLOSE_TO(secs(rsts.front()->sentAt), f.value(QStringLiteral("data_segment_t")).toDouble());
        auto writes = appCalls(t, Side::Server, AppCall::Write);
        writes.erase(std::remove_if(writes.begin(), writes.end(), [](const TraceEvent *e) { return e->t < 0; }), writes.end());
        QCOMPARE(writes.size(), std::size_t(2));
        QCOMPARE(writes[0]->result, f.value(QStringLiteral("server_send_1")).toObject().value(QStringLiteral("sent")).toInteger());
        QCOMPARE(errnoText(writes[1]->err), f.value(QStringLiteral("server_send_2_after_0.3s")).toObject().value(QStringLiteral("err")).toString());
        // The server application's read() saw end-of-file, not an error: the FIN came first.
        const auto reads = appCalls(t, Side::Server, AppCall::Read);
        QCOMPARE(reads.back()->result == 0 ? QStringLiteral("eof") : QStringLiteral("error"),
                 f.value(QStringLiteral("server_app_event")).toObject().value(QStringLiteral("kind")).toString());
        QVERIFY(t.side(Side::Client).goneAt && t.side(Side::Server).goneAt);
    }

    void synAckRetransmissions()
    {
        const QString name = QStringLiteral("15_synack_retries");
        const QJsonObject f = facts(name);
        const double heal = f.value(QStringLiteral("drop_rule_removed_t")).toDouble();
        const Trace t = play(name, "synack_lost", {"opt=heal_at=" + num(heal)});
        const std::vector<double> observed = doubles(f.value(QStringLiteral("synack_retrans_times_rel_first")));
        const std::vector<double> ours = retransmissionTimes(t, Side::Server, RetransKind::SynAck);
        QCOMPARE(int(ours.size()), f.value(QStringLiteral("synack_retransmissions")).toInt());
        for (std::size_t i = 0; i < observed.size(); ++i) CLOSE_TO(ours[i], observed[i]);
        CLOSE_TO(goneAt(t, Side::Server), f.value(QStringLiteral("server_request_sock_gone_rel_first_synack")).toDouble());
        const auto serverRsts = sent(t, Side::Server, [&](const SegmentRecord &r) { return hasFlag(r, FlagRst) && secs(r.sentAt) < heal; });
        QCOMPARE(!serverRsts.empty(), f.value(QStringLiteral("server_rst_when_request_expired")).toBool());
        // The client believed it was connected and kept retransmitting its request.
        const std::vector<double> data = doubles(f.value(QStringLiteral("client_data_times_rel_connect")));
        const auto ourData = sent(t, Side::Client, [](const SegmentRecord &r) { return r.header.len > 0; });
        QCOMPARE(int(ourData.size()), f.value(QStringLiteral("client_data_transmissions")).toInt());
        for (std::size_t i = 0; i < data.size(); ++i) CLOSE_TO(secs(ourData[i]->sentAt), data[i]);
        const QJsonObject ev = f.value(QStringLiteral("client_app_event")).toObject();
        QCOMPARE(errnoText(t.side(Side::Client).lastErrno), ev.value(QStringLiteral("err")).toString());
        CLOSE_TO(goneAt(t, Side::Client), ev.value(QStringLiteral("t")).toDouble());
    }

    void synRetransmissions()
    {
        const QString name = QStringLiteral("16b_syn_retries_no_linear");
        const QJsonObject f = facts(name);
        const Trace t = play(name, "syn_unanswered");
        const std::vector<double> observed = doubles(f.value(QStringLiteral("syn_retrans_times_rel_first")));
        const std::vector<double> ours = retransmissionTimes(t, Side::Client, RetransKind::Syn);
        QCOMPARE(int(ours.size()), f.value(QStringLiteral("syn_retransmissions")).toInt());
        for (std::size_t i = 0; i < observed.size(); ++i) CLOSE_TO(ours[i], observed[i]);
        const auto connects = appCalls(t, Side::Client, AppCall::Connect);
        QCOMPARE(errnoText(connects.back()->err), f.value(QStringLiteral("err")).toString());
        CLOSE_TO(secs(connects.back()->t), f.value(QStringLiteral("connect_returned_after_s")).toDouble());
        QCOMPARE(t.side(Side::Client).rstSent > 0, f.value(QStringLiteral("rst_sent")).toBool());
    }

    void keepaliveProbes()
    {
        const QString name = QStringLiteral("19_keepalive");
        const QJsonObject f = facts(name);
        const Trace t = play(name, "keepalive_dead_peer");
        // Times are relative to the last segment the client received.
        SimTime lastRx = 0;
        for (const SegmentRecord &r : t.segments)
            if (r.from == Side::Server && r.arrivesAt != kNever && r.arrivesAt < 0) lastRx = std::max(lastRx == 0 ? r.arrivesAt : lastRx, r.arrivesAt);
        const auto probes = sent(t, Side::Client, [](const SegmentRecord &r) { return r.retransKind == RetransKind::Keepalive; });
        const std::vector<double> observed = doubles(f.value(QStringLiteral("probe_times_rel_last_rx")));
        QCOMPARE(int(probes.size()), f.value(QStringLiteral("probe_count")).toInt());
        for (std::size_t i = 0; i < observed.size(); ++i) {
            CLOSE_TO(secs(probes[i]->sentAt - lastRx), observed[i]);
            QCOMPARE(probes[i]->header.len, std::uint32_t(0));
        }
        const auto rst = sent(t, Side::Client, [](const SegmentRecord &r) { return hasFlag(r, FlagRst); });
        QCOMPARE(!rst.empty(), f.value(QStringLiteral("rst_sent_by_client")).toBool());
        CLOSE_TO(secs(rst.front()->sentAt - lastRx), f.value(QStringLiteral("rst_t_rel_last_rx")).toDouble());
        QCOMPARE(errnoText(t.side(Side::Client).lastErrno), f.value(QStringLiteral("client_app_event")).toObject().value(QStringLiteral("err")).toString());
        QCOMPARE(errnoText(t.side(Side::Server).lastErrno), f.value(QStringLiteral("server_app_event_after")).toObject().value(QStringLiteral("err")).toString());
    }
    // --- population experiments (09, 10a, 10b, 17a, 18b): the same rules, many connections -------------

private:
    PopulationResult playPopulation(const QString &name, const std::string &scenario, std::vector<std::string> options,
                                    const std::map<std::string, std::string> &workload) const
    {
        const QJsonObject set = experiment(name).value(QStringLiteral("sysctls_set")).toObject();
        for (auto it = set.begin(); it != set.end(); ++it) {
            const QString v = it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble());
            options.push_back("set=" + it.key().toStdString() + "=" + v.toStdString());
        }
        options.push_back("delay=0.000004");
        RunConfig c = config(scenario, options);
        PopulationConfig w;
        populationPreset(scenario, c, w);
        if (auto err = applyPopulationOptions(w, workload)) qFatal("%s", err->c_str());
        w.recordAll = true;
        return simulatePopulation(c, w);
    }

    static double seriesMax(const PopulationResult &r, const std::string &column)
    {
        const auto *c = r.series.column(column);
        return c ? *std::max_element(c->begin(), c->end()) : -1;
    }

private slots:

    void timeWaitBucketOverflow()
    {
        const QString name = QStringLiteral("09_tw_buckets_overflow");
        const QJsonObject f = facts(name);
        const int n = f.value(QStringLiteral("connections_actively_closed")).toInt();
        const PopulationResult r = playPopulation(name, "tw_bucket_overflow", {}, {{"connections", std::to_string(n)}, {"rate", "50"}});
        QCOMPARE(r.totals.connectsOk, std::int64_t(n));
        QCOMPARE(r.totals.timeWaitPeakClient, std::int64_t(f.value(QStringLiteral("time_wait_count_final")).toInt()));
        QCOMPARE(r.totals.linuxCounters.at("client.TCPTimeWaitOverflow"), std::int64_t(f.value(QStringLiteral("TCPTimeWaitOverflow_delta")).toInt()));
        // The first connections got the buckets; the later ones were destroyed without TIME_WAIT, and no RST.
        std::set<std::uint32_t> inTimeWait;
        for (const TraceEvent &e : r.sample.events)
            if (e.type == EventType::State && e.host == Side::Client && e.to == TcpState::TimeWait) inTimeWait.insert(e.conn);
        QCOMPARE(int(inTimeWait.size()), f.value(QStringLiteral("time_wait_count_final")).toInt());
        QCOMPARE(*inTimeWait.rbegin() + 1 == inTimeWait.size(), f.value(QStringLiteral("time_wait_are_first_n_connections")).toBool());
        QVERIFY(r.totals.rstSent.empty());
    }

    void portExhaustion_data()
    {
        QTest::addColumn<QString>("experiment");
        QTest::newRow("tcp_tw_reuse=0") << QStringLiteral("10a_port_exhaustion_reuse0");
        QTest::newRow("tcp_tw_reuse=1") << QStringLiteral("10b_port_exhaustion_reuse1");
    }

    void portExhaustion()
    {
        QFETCH(QString, experiment);
        const QJsonObject f = facts(experiment);
        const int ok = f.value(QStringLiteral("successful_connections_before_failure")).toInt();
        const double window = f.value(QStringLiteral("retry_window_s")).toDouble();
        // The experiment connects until connect() fails, then retries every 50 ms for retry_window_s.
        const int attempts = f.value(QStringLiteral("retry_attempts")).toInt();
        const double interval = window / attempts;
        const PopulationResult r = playPopulation(experiment, "port_exhaustion", {"until=" + num(0.2 + window)},
                                                  {{"connections", std::to_string(ok + 1)}, {"rate", "100"},
                                                   {"retry", num(interval)}});
        // The first failure is the attempt after the range is used up, with every port in TIME_WAIT.
        std::vector<const TraceEvent *> connects;
        for (const TraceEvent &e : r.sample.events)
            if (e.type == EventType::App && e.call == AppCall::Connect && e.host == Side::Client) connects.push_back(&e);
        const QJsonObject first = f.value(QStringLiteral("first_failure")).toObject();
        const auto failed = std::find_if(connects.begin(), connects.end(), [](const TraceEvent *e) { return e->err != Errno::None; });
        QVERIFY(failed != connects.end());
        QCOMPARE(int(failed - connects.begin()) + 1, first.value(QStringLiteral("attempt")).toInt());
        QCOMPARE(errnoText((*failed)->err), first.value(QStringLiteral("err")).toString());
        QCOMPARE(seriesMax(r, "client.TIME_WAIT"), f.value(QStringLiteral("time_wait_count_at_failure")).toDouble());
        const QJsonValue success = f.value(QStringLiteral("first_success_after_exhaustion"));
        const auto recovered = std::find_if(failed, connects.end(), [](const TraceEvent *e) { return e->err == Errno::None; });
        QCOMPARE(recovered != connects.end(), f.value(QStringLiteral("reuse_happened")).toBool());
        if (!success.isNull()) {
            // tcp_tw_reuse_delay: the port is taken over about 1 s after its TIME_WAIT began.
            double twStart = 0;
            for (const TraceEvent &e : r.sample.events)
                if (e.type == EventType::State && e.host == Side::Client && e.conn == 0 && e.to == TcpState::TimeWait) twStart = secs(e.t);
            CLOSE_TO(secs((*recovered)->t) - twStart, success.toObject().value(QStringLiteral("since_that_port_entered_time_wait_s")).toDouble());
        }
    }

    void acceptQueueHoldsBacklogPlusOne()
    {
        const QString name = QStringLiteral("17a_accept_queue_overflow_abort0");
        const QJsonObject f = facts(name);
        const int backlog = f.value(QStringLiteral("listen_backlog")).toInt();
        const PopulationResult r = playPopulation(name, "accept_queue_overflow", {"until=22"},
                                                  {{"backlog", std::to_string(backlog)}, {"connections", "5"}, {"rate", "5"}});
        // ss -lnt showed Recv-Q 2 for listen(1): backlog + 1 connections wait for accept().
        int maxRecvQ = 0;
        for (const QJsonValue &v : f.value(QStringLiteral("listen_queue_samples_t_recvq_sendq")).toArray())
            maxRecvQ = std::max(maxRecvQ, v.toArray().at(1).toInt());
        QCOMPARE(seriesMax(r, "server.accept_queue"), double(maxRecvQ));
        QVERIFY(r.totals.linuxCounters.at("server.ListenOverflows") > 0);
        QVERIFY(f.value(QStringLiteral("netstat")).toObject().value(QStringLiteral("TcpExt.ListenOverflows")).toInt() > 0);
        // Later clients' SYNs are dropped until connect() gives up (TCPAbortOnTimeout).
        QVERIFY(r.totals.connectsFailed.count("ETIMEDOUT"));
    }

    void synFloodWithCookies()
    {
        const QString name = QStringLiteral("18b_syn_flood_cookies1");
        const QJsonObject f = facts(name);
        const int backlog = f.value(QStringLiteral("listen_backlog")).toInt();
        const int flood = f.value(QStringLiteral("flood_half_open_attempts")).toInt();
        const double legitAt = doubles(f.value(QStringLiteral("legit_syn_times"))).front();
        const PopulationResult r = playPopulation(name, "syn_flood", {"until=2"},
                                                  {{"backlog", std::to_string(backlog)}, {"syn_flood", "300"},
                                                   {"syn_flood_count", std::to_string(flood)}, {"rate", "1"},
                                                   {"connections", "1"}, {"start", num(legitAt)}, {"tail", "1"}});
        QCOMPARE(r.totals.synRecvPeak, std::int64_t(f.value(QStringLiteral("max_syn_recv_seen")).toInt()));
        const QJsonObject netstat = f.value(QStringLiteral("netstat")).toObject();
        QCOMPARE(r.totals.cookiesSent, std::int64_t(netstat.value(QStringLiteral("TcpExt.SyncookiesSent")).toInt()));
        QCOMPARE(r.totals.linuxCounters.at("server.SyncookiesRecv"), std::int64_t(netstat.value(QStringLiteral("TcpExt.SyncookiesRecv")).toInt()));
        QCOMPARE(r.totals.connectsOk == 1 ? QStringLiteral("ok") : QStringLiteral("failed"),
                 f.value(QStringLiteral("legit_client")).toObject().value(QStringLiteral("connect")).toString());
    }
};

QTEST_APPLESS_MAIN(TestKernelObservations)
#include "tst_kernelobservations.moc"
