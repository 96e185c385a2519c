// SPDX-License-Identifier: GPL-3.0-or-later
// core/capture on the kernel's own captures (tests/data/pcaps, copied from ../shared/kernel/pcaps): every
// expected fact comes from tests/data/kernel/observations.json (sock_diag timeline, netstat counters,
// the sysctls the run used) or its README's table, never from the program's output.

#include "core/capture/connection.h"
#include "core/capture/pcapreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace closelab;
using namespace closelab::capture;

namespace {

QJsonArray experiments()
{
    QFile f(QStringLiteral(CLOSELAB_TEST_DATA "/kernel/observations.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("experiments")).toArray();
}

QJsonObject experiment(const QString &name)
{
    for (const QJsonValue &v : experiments())
        if (v.toObject().value(QStringLiteral("name")).toString() == name) return v.toObject();
    return {};
}

// The kernel's packet table ([t, direction, flags, ...], t relative to the experiment's t0).
QJsonArray packetTable(const QJsonObject &e)
{
    const QJsonValue facts = e.value(QStringLiteral("facts")).toObject().value(QStringLiteral("packets"));
    if (facts.isArray()) return facts.toArray();
    return e.value(QStringLiteral("extra")).toObject().value(QStringLiteral("packets")).toArray();
}

struct Explained {
    ReadResult read;
    std::vector<Connection> conns;
};

Explained explainFile(const QString &name)
{
    Explained x;
    x.read = readCapture(QStringLiteral(CLOSELAB_TEST_DATA "/pcaps/%1.pcap").arg(name).toStdString());
    if (x.read.error == ReadError::None) x.conns = explainConnections(x.read.index);
    return x;
}

int total(const std::vector<Connection> &conns, std::initializer_list<RetransKind> kinds)
{
    int n = 0;
    for (const Connection &c : conns)
        for (int s = 0; s < 2; ++s)
            for (RetransKind k : kinds) n += c.retransmissions[static_cast<std::size_t>(s)][static_cast<std::size_t>(k)];
    return n;
}

} // namespace

class TestCaptureKernel : public QObject {
    Q_OBJECT

private slots:
    void kernelCaptures_data()
    {
        QTest::addColumn<QString>("name");
        for (const QJsonValue &v : experiments()) {
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(name)) << name;
        }
        QVERIFY(experiments().size() >= 19);
    }

    // Packets, retransmissions by kind (netstat counters), every sysctl set holds the run's value.
    void kernelCaptures()
    {
        QFETCH(QString, name);
        const QJsonObject e = experiment(name);
        const Explained x = explainFile(name);
        QCOMPARE(int(x.read.error), int(ReadError::None));
        QVERIFY(!x.read.index.truncated);
        QCOMPARE(x.read.index.linkType, 1); // tcpdump -i lo: Ethernet
        const QJsonArray table = packetTable(e);
        if (!table.isEmpty()) QCOMPARE(qint64(x.read.index.tcpPackets), qint64(table.size()));
        QCOMPARE(x.read.index.tcpPackets, x.read.index.packets);

        // Tcp.RetransSegs counts every retransmitted segment (SYN, SYN-ACK, data, FIN; not keepalive probes),
        // TcpExt.TCPSynRetrans the SYN and SYN-ACK ones.
        const QJsonObject netstat = e.value(QStringLiteral("netstat_delta")).toObject();
        if (name != QLatin1String("00_loopback_rtt") && name != QLatin1String("18b_syn_flood_cookies1")) {
            QCOMPARE(total(x.conns, {RetransKind::Syn, RetransKind::SynAck, RetransKind::Fin, RetransKind::Data}),
                     netstat.value(QStringLiteral("Tcp.RetransSegs")).toInt(0));
            QCOMPARE(total(x.conns, {RetransKind::Syn, RetransKind::SynAck}), netstat.value(QStringLiteral("TcpExt.TCPSynRetrans")).toInt(0));
        }
        const QJsonObject facts = e.value(QStringLiteral("facts")).toObject();
        QCOMPARE(total(x.conns, {RetransKind::Keepalive}), facts.value(QStringLiteral("probe_count")).toInt(0));
        if (facts.contains(QStringLiteral("fin_retransmissions")))
            QCOMPARE(total(x.conns, {RetransKind::Fin}), facts.value(QStringLiteral("fin_retransmissions")).toInt());
        if (facts.contains(QStringLiteral("synack_retransmissions")))
            QCOMPARE(total(x.conns, {RetransKind::SynAck}), facts.value(QStringLiteral("synack_retransmissions")).toInt());
        if (facts.contains(QStringLiteral("syn_retransmissions")))
            QCOMPARE(total(x.conns, {RetransKind::Syn}), facts.value(QStringLiteral("syn_retransmissions")).toInt());

        // Every sysctl set contains the value the run used (for findings that hold only after close() or
        // shutdown(), only the one matching the call the run made: its marks name it).
        const QJsonObject sysctls = e.value(QStringLiteral("sysctls_in_netns")).toObject();
        bool shutdown = false;
        for (const QJsonValue &m : e.value(QStringLiteral("marks")).toArray())
            if (m.toObject().value(QStringLiteral("label")).toString().contains(QLatin1String("shutdown"))) shutdown = true;
        int checked = 0;
        for (const Connection &c : x.conns)
            for (const Finding &f : c.findings) {
                if (f.sysctl.empty()) continue;
                if (!f.condition.empty() && (f.condition == "shutdown") != shutdown) continue;
                const QJsonValue used = sysctls.value(QString::fromStdString(f.sysctl));
                QVERIFY2(!used.isUndefined() && !used.isNull(), f.sysctl.c_str());
                const qint64 v = used.toString().toLongLong();
                const bool contains = f.range ? (v >= f.min && v <= f.max) : std::find(f.values.begin(), f.values.end(), v) != f.values.end();
                QVERIFY2(contains, qPrintable(QStringLiteral("connection %1: %2 (%3) does not contain the run's %4")
                                                  .arg(c.id).arg(QString::fromStdString(f.code), QString::fromStdString(f.sysctl)).arg(v)));
                ++checked;
            }
        // The experiments whose point is a sysctl have a finding about it.
        static const QHash<QString, QString> expected = {
            {QStringLiteral("02_fin_retrans_orphan_default"), QStringLiteral("net.ipv4.tcp_orphan_retries")},
            {QStringLiteral("05a_fin_wait2_orphan_timeout_5"), QStringLiteral("net.ipv4.tcp_fin_timeout")},
            {QStringLiteral("06_fin_wait2_shutdown_forever"), QStringLiteral("net.ipv4.tcp_fin_timeout")},
            {QStringLiteral("10b_port_exhaustion_reuse1"), QStringLiteral("net.ipv4.tcp_tw_reuse")},
            {QStringLiteral("15_synack_retries"), QStringLiteral("net.ipv4.tcp_synack_retries")},
            {QStringLiteral("16b_syn_retries_no_linear"), QStringLiteral("net.ipv4.tcp_syn_linear_timeouts")},
            {QStringLiteral("17a_accept_queue_overflow_abort0"), QStringLiteral("net.ipv4.tcp_syn_retries")},
            {QStringLiteral("19_keepalive"), QStringLiteral("net.ipv4.tcp_keepalive_probes")},
        };
        if (expected.contains(name)) {
            bool found = false;
            for (const Connection &c : x.conns)
                for (const Finding &f : c.findings)
                    if (QString::fromStdString(f.sysctl) == expected.value(name)) found = true;
            QVERIFY2(found, qPrintable(expected.value(name)));
            QVERIFY(checked > 0);
        }
    }

    // Each side's states agree with the kernel's sock_diag timeline (sampled every 10 ms) for the states
    // a capture can show: same order; a transition no later than its first sample and at most one sample
    // interval before it; GONE within the timer's slack, or later only when its host's RST shows it.
    void statesAgreeWithSockDiag_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("side");
        for (const QJsonValue &v : experiments()) {
            const QJsonObject facts = v.toObject().value(QStringLiteral("facts")).toObject();
            const QString name = v.toObject().value(QStringLiteral("name")).toString();
            for (const auto &[key, side] : {std::pair{QStringLiteral("client_states"), 0}, std::pair{QStringLiteral("server_states"), 1},
                                            std::pair{QStringLiteral("server_request_sock_states"), 1}})
                if (facts.contains(key)) QTest::newRow(qPrintable(name + QLatin1Char('/') + key)) << name << key << side;
        }
    }

    void statesAgreeWithSockDiag()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(int, side);
        const QJsonObject e = experiment(name);
        const Explained x = explainFile(name);
        QCOMPARE(x.conns.size(), std::size_t(1));
        const Connection &c = x.conns.front();
        const QJsonArray table = packetTable(e);
        QVERIFY(!table.isEmpty());
        const double offset = table.at(0).toArray().at(0).toDouble(); // the capture's first packet, in t0 time
        const auto &mine = c.states[static_cast<std::size_t>(side)];
        std::size_t at = 0;
        const QJsonArray kernel = e.value(QStringLiteral("facts")).toObject().value(key).toArray();
        double previous = offset;
        for (int i = 0; i < kernel.size(); ++i) {
            const QString state = kernel.at(i).toArray().at(0).toString();
            const double kt = kernel.at(i).toArray().at(1).toDouble();
            while (at < mine.size() && QString::fromStdString(stepName(mine[at])) != state) ++at;
            QVERIFY2(at < mine.size(), qPrintable(QStringLiteral("%1 at %2 missing").arg(state).arg(kt)));
            const double t = toSeconds(mine[at].t) + offset;
            if (i == 0 && kt <= offset + 0.011) {
                // The first sample came before (or with) the capture's first packet: only the order counts.
            } else if (state == QLatin1String("GONE")) {
                const double slack = 0.03 + (kt - previous) / 8;
                QVERIFY2(t >= kt - slack, qPrintable(QStringLiteral("GONE at %1, the kernel's at %2").arg(t).arg(kt)));
                bool shownByRst = false;
                for (const RstEvent &r : c.rsts)
                    if (r.t == mine[at].t && sideIndexOf(r.from) == side) shownByRst = true;
                QVERIFY2(t <= kt + slack || shownByRst, qPrintable(QStringLiteral("GONE at %1, the kernel's at %2").arg(t).arg(kt)));
            } else {
                QVERIFY2(t <= kt + 0.002 && t >= kt - 0.012, qPrintable(QStringLiteral("%1 at %2, first sampled at %3").arg(state).arg(t).arg(kt)));
            }
            previous = kt;
            ++at;
        }
    }

    // RST reasons and who closed first, from the README's table of what each experiment did.
    void rstReasons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("reason");
        QTest::newRow("05a FIN after FIN_WAIT2 timed out") << "05a_fin_wait2_orphan_timeout_5" << "client" << "fin_wait2_gone";
        QTest::newRow("11 unread data") << "11_rst_unread_data" << "client" << "unread_data";
        QTest::newRow("12 linger 0") << "12_rst_linger0" << "client" << "linger0";
        QTest::newRow("13 closed port") << "13_rst_closed_port" << "server" << "no_listener";
        QTest::newRow("14 data after close") << "14_rst_fin_wait2_data" << "client" << "data_after_close";
        QTest::newRow("15 request dropped") << "15_synack_retries" << "server" << "retries_exhausted";
        QTest::newRow("19 keepalive") << "19_keepalive" << "client" << "keepalive_exhausted";
        QTest::newRow("02 orphan gave up") << "02_fin_retrans_orphan_default" << "client" << "retries_exhausted";
    }

    void rstReasons()
    {
        QFETCH(QString, name);
        QFETCH(QString, from);
        QFETCH(QString, reason);
        const Explained x = explainFile(name);
        QCOMPARE(x.conns.size(), std::size_t(1));
        const Connection &c = x.conns.front();
        QCOMPARE(c.rsts.size(), std::size_t(1));
        const RstEvent &r = c.rsts.front();
        QCOMPARE(QString::fromStdString(std::string(sideName(r.from))), from);
        QVERIFY2(QString::fromStdString(std::string(rstCauseName(r.reason))) == reason ||
                     QString::fromStdString(std::string(rstCauseName(r.alternative))) == reason,
                 rstCauseName(r.reason).data());
    }

    void firstCloser()
    {
        QCOMPARE(explainFile(QStringLiteral("01_normal_close")).conns.front().firstCloser, std::optional<Side>(Side::Client));
        QVERIFY(!explainFile(QStringLiteral("01_normal_close")).conns.front().bothClosed);
        QVERIFY(explainFile(QStringLiteral("08_simultaneous_close")).conns.front().bothClosed);
        // 09: 20 active closes, 10b: 11 connections (one reusing a port in TIME_WAIT), 17a: 5 clients.
        QCOMPARE(explainFile(QStringLiteral("09_tw_buckets_overflow")).conns.size(), std::size_t(20));
        QCOMPARE(explainFile(QStringLiteral("17a_accept_queue_overflow_abort0")).conns.size(), std::size_t(5));
    }

private:
    static int sideIndexOf(Side s) { return s == Side::Client ? 0 : 1; }
};

QTEST_APPLESS_MAIN(TestCaptureKernel)
#include "tst_capturekernel.moc"
