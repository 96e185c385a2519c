// SPDX-License-Identifier: GPL-3.0-or-later
// core/capture on captures the kernel suite made of its own runs (tests/data/kernel-suite): the cases where
// the inference once disagreed with the kernel. Every expected fact comes from the kernel (facts.json:
// sock_diag, counters, the application's calls), never from the program's output.

#include "core/capture/connection.h"
#include "core/capture/findingcodes.h"
#include "core/capture/pcapreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace closelab;
using namespace closelab::capture;

namespace {

QJsonObject facts(const QString &name)
{
    QFile f(QStringLiteral(CLOSELAB_TEST_DATA "/kernel-suite/facts.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(name).toObject();
}

struct Explained {
    ReadResult read;
    std::vector<Connection> conns;
    double offset = 0; // kernel time (s from t0) = capture time + offset
};

Explained explainCase(const QString &name)
{
    Explained x;
    x.read = readCapture(QStringLiteral(CLOSELAB_TEST_DATA "/kernel-suite/%1.pcap").arg(name).toStdString());
    if (x.read.error == ReadError::None) x.conns = explainConnections(x.read.index);
    x.offset = double(x.read.index.firstTimestamp) / 1e9 - facts(name).value(QStringLiteral("t0_epoch")).toDouble();
    return x;
}

int retransmitted(const std::vector<Connection> &conns, std::initializer_list<RetransKind> kinds)
{
    int n = 0;
    for (const Connection &c : conns)
        for (int s = 0; s < 2; ++s)
            for (RetransKind k : kinds) n += c.retransmissions[std::size_t(s)][std::size_t(k)];
    return n;
}

// The kernel's entry of `state` for `key` ("server/0"): [first sample showing it, last sample before it].
std::pair<double, double> kernelEntry(const QJsonObject &f, const QString &key, const QString &state)
{
    const QJsonArray st = f.value(QStringLiteral("states")).toObject().value(key).toArray();
    const QJsonArray win = f.value(QStringLiteral("state_windows")).toObject().value(key).toArray();
    for (int i = 0; i < st.size(); ++i)
        if (st.at(i).toArray().at(0).toString() == state)
            return {st.at(i).toArray().at(1).toDouble(), win.at(i).toArray().at(0).toDouble()};
    return {qQNaN(), qQNaN()};
}

int counter(const QJsonObject &f, const char *name)
{
    return f.value(QStringLiteral("netstat_delta")).toObject().value(QLatin1String(name)).toInt();
}

} // namespace

class TestCaptureSuite : public QObject {
    Q_OBJECT

private slots:
    // Retransmissions by kind against the kernel's counters, in every case.
    void retransmissionsAgree_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"peer_crash_0", "zero_window_fin_wait1_0", "stale_segment_0", "stale_segment_2", "last_ack_lost_0",
                              "orphan_overflow_0", "orphan_overflow_1"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void retransmissionsAgree()
    {
        QFETCH(QString, name);
        const QJsonObject f = facts(name);
        QVERIFY(!f.isEmpty());
        const Explained x = explainCase(name);
        QCOMPARE(x.read.error, ReadError::None);
        QCOMPARE(retransmitted(x.conns, {RetransKind::Syn, RetransKind::SynAck, RetransKind::Fin, RetransKind::Data}),
                 counter(f, "Tcp.RetransSegs"));
        QCOMPARE(retransmitted(x.conns, {RetransKind::Syn, RetransKind::SynAck}), counter(f, "TcpExt.TCPSynRetrans"));
        QCOMPARE(retransmitted(x.conns, {RetransKind::Probe}), counter(f, "TcpExt.TCPWinProbe"));
    }

    // The server's socket vanished without a segment (TCP_REPAIR) while nft dropped everything: the capture
    // cannot show it, so the inference must not claim ESTABLISHED past the kernel's GONE.
    void peerCrashServerUnknown()
    {
        const QJsonObject f = facts(QStringLiteral("peer_crash_0"));
        const Explained x = explainCase(QStringLiteral("peer_crash_0"));
        QCOMPARE(x.conns.size(), std::size_t(1));
        const auto gone = kernelEntry(f, QStringLiteral("server/0"), QStringLiteral("GONE"));
        QVERIFY(!qIsNaN(gone.first));
        const auto &server = x.conns.front().states[1];
        QVERIFY(!server.empty());
        QVERIFY(server.back().unknown);
        QVERIFY2(toSeconds(server.back().t) + x.offset <= gone.second,
                 qPrintable(QStringLiteral("UNKNOWN from %1, the kernel's GONE after %2").arg(toSeconds(server.back().t) + x.offset).arg(gone.second)));
        QCOMPARE(server[server.size() - 2].state, TcpState::Established);
    }

    // close() behind a zero window only marks the FIN on the queued data: FIN_WAIT1 without a segment.
    void zeroWindowCloseUnknown()
    {
        const QJsonObject f = facts(QStringLiteral("zero_window_fin_wait1_0"));
        const Explained x = explainCase(QStringLiteral("zero_window_fin_wait1_0"));
        QCOMPARE(x.conns.size(), std::size_t(1));
        const auto finWait1 = kernelEntry(f, QStringLiteral("client/0"), QStringLiteral("FIN_WAIT1"));
        QVERIFY(!qIsNaN(finWait1.first));
        const auto &client = x.conns.front().states[0];
        QVERIFY(client.back().unknown);
        QVERIFY(toSeconds(client.back().t) + x.offset <= finWait1.second);
        for (const StateStep &s : client) QVERIFY(s.state != TcpState::FinWait1 || s.unknown);
    }

    // The late copy of the server's response is the network's, not a retransmission; the reconnect from a
    // bound port (the run's bind call) says nothing about tcp_tw_reuse.
    void staleCopyNotARetransmission_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("before the new ISN") << QStringLiteral("stale_segment_0");
        QTest::newRow("same TSval, in TIME_WAIT") << QStringLiteral("stale_segment_2");
    }
    void staleCopyNotARetransmission()
    {
        QFETCH(QString, name);
        const QJsonObject f = facts(name);
        QCOMPARE(f.value(QStringLiteral("injections")).toArray().size(), 1);
        const Explained x = explainCase(name);
        int copies = 0;
        for (const Connection &c : x.conns)
            for (const SegmentInfo &s : c.segments) copies += s.networkCopy;
        QCOMPARE(copies, f.value(QStringLiteral("injections")).toArray().size());
        bool bound = false;
        for (const QJsonValue &a : f.value(QStringLiteral("apps")).toArray())
            bound = bound || a.toObject().value(QStringLiteral("call")).toString() == QLatin1String("bind");
        QVERIFY(bound);
        for (const Connection &c : x.conns)
            for (const Finding &fd : c.findings) {
                QVERIFY2(fd.code != "retries2_exhausted", "a copy counted as a retransmission");
                // a tw_reuse finding may stand only as one that holds for a port connect() chose
                if (fd.code == "tw_reuse" || fd.code == "tw_reuse_delay") QCOMPARE(fd.condition, std::string("autobind"));
            }
    }

    // The first ACK of the server's FIN was dropped, the second arrived: LAST_ACK ended when the kernel says.
    void lastAckLostEnds()
    {
        const QJsonObject f = facts(QStringLiteral("last_ack_lost_0"));
        const Explained x = explainCase(QStringLiteral("last_ack_lost_0"));
        const auto gone = kernelEntry(f, QStringLiteral("server/0"), QStringLiteral("GONE"));
        const auto &server = x.conns.front().states[1];
        QVERIFY(server.back().gone);
        QCOMPARE(server[server.size() - 2].state, TcpState::LastAck);
        const double t = toSeconds(server.back().t) + x.offset;
        QVERIFY2(t >= gone.second - 0.002 && t <= gone.first + 0.002, qPrintable(QStringLiteral("GONE at %1, the kernel's in [%2, %3]").arg(t).arg(gone.second).arg(gone.first)));
    }

    // tcp_max_orphans reached (host-wide; played with CLOSELAB_KERNEL_HOST_SYSCTLS=1): each close() the kernel
    // counted TCPAbortOnMemory sent a FIN and at once an RST (tcp.c: __tcp_close() -> tcp_check_oom()); the
    // orphans it kept were still in FIN_WAIT1 when the 2 s capture ended (sock_diag; their one retransmission
    // was a tail-loss probe, TCPLossProbes, with the 10 s RTO still due): not gone, no retry budget claimed;
    // their vanished clients got nothing (nft dropped it after the capture point): never CLOSE_WAIT.
    void orphanOverflow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("limit + 3") << QStringLiteral("orphan_overflow_0");
        QTest::newRow("limit + 0") << QStringLiteral("orphan_overflow_1");
    }
    void orphanOverflow()
    {
        QFETCH(QString, name);
        const QJsonObject f = facts(name);
        QVERIFY(!f.isEmpty());
        const Explained x = explainCase(name);
        QCOMPARE(x.read.error, ReadError::None);
        int resets = 0;
        for (const Connection &c : x.conns) {
            for (const RstEvent &r : c.rsts) resets += r.reason == RstCause::OrphanOverflow;
            for (const Finding &fd : c.findings)
                QVERIFY2(!fd.sysctl.empty() ? (fd.range || !fd.values.empty()) : true, qPrintable(QString::fromStdString(fd.code)));
        }
        QCOMPARE(resets, counter(f, "TcpExt.TCPAbortOnMemory"));
        QVERIFY(resets > 0);
        const QJsonArray ports = f.value(QStringLiteral("client_ports")).toArray();
        const QJsonObject states = f.value(QStringLiteral("states")).toObject();
        int kept = 0;
        for (int k = 0; k < ports.size(); ++k) {
            const QJsonArray server = states.value(QStringLiteral("server/%1").arg(k)).toArray();
            if (server.isEmpty() || server.last().toArray().at(0).toString() != QLatin1String("FIN_WAIT1")) continue;
            ++kept;
            const auto c = std::find_if(x.conns.begin(), x.conns.end(), [&](const Connection &cn) { return cn.client.port == ports.at(k).toInt(); });
            QVERIFY(c != x.conns.end());
            QVERIFY(!c->states[1].empty());
            QVERIFY2(!c->states[1].back().gone, qPrintable(QStringLiteral("connection %1: server GONE, the kernel's FIN_WAIT1").arg(k)));
            QCOMPARE(c->states[1].back().state, TcpState::FinWait1);
            QVERIFY(c->ending != Ending::GaveUp);
            for (const Finding &fd : c->findings) QVERIFY(fd.code != "orphan_retries_exhausted" && fd.code != "retries2_exhausted");
            for (const StateStep &st : c->states[0]) QVERIFY2(st.state != TcpState::CloseWait, qPrintable(QStringLiteral("connection %1: client CLOSE_WAIT").arg(k)));
        }
        QCOMPARE(kept + counter(f, "TcpExt.TCPAbortOnMemory"), ports.size());
    }

    // Every code the inference writes, on every capture here and in tests/data/pcaps, is one the views
    // have words for (core/capture/findingcodes.h; tests/app/tst_capturetexts).
    void codesAreListed()
    {
        QStringList files;
        for (const QString &dir : {QStringLiteral(CLOSELAB_TEST_DATA "/kernel-suite"), QStringLiteral(CLOSELAB_TEST_DATA "/pcaps")})
            for (const QString &n : QDir(dir).entryList({QStringLiteral("*.pcap")})) files << dir + QLatin1Char('/') + n;
        QVERIFY(files.size() >= 20);
        auto listed = [](const auto &list, std::string_view code) { return std::find(list.begin(), list.end(), code) != list.end(); };
        for (const QString &file : files) {
            const ReadResult r = readCapture(file.toStdString());
            QCOMPARE(r.error, ReadError::None);
            for (const Connection &c : explainConnections(r.index)) {
                for (const Finding &f : c.findings) {
                    QVERIFY2(listed(kFindingCodes, f.code), qPrintable(file + QStringLiteral(": ") + QString::fromStdString(f.code)));
                    QVERIFY2(f.condition.empty() || listed(kFindingConditions, f.condition), qPrintable(QString::fromStdString(f.condition)));
                }
                for (const std::string &note : c.notes)
                    QVERIFY2(listed(kNoteCodes, std::string_view(note).substr(0, note.find(':'))), qPrintable(QString::fromStdString(note)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCaptureSuite)
#include "tst_capturesuite.moc"
