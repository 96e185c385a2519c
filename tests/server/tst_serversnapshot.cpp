// SPDX-License-Identifier: GPL-3.0-or-later
// core/server parsers: real `ss` / `netstat` / `nstat` / `/proc/net` / `sysctl -a` output captured inside the
// kernel suite's namespaces while its population scenarios ran (tests/data/server/<scenario>/, see
// capture_fixtures.py), and layouts written from their documentation (tests/data/server/formats/).
#include "core/server/snapshotreader.h"

#include <QFile>
#include <QTest>

#include <string>

using namespace closelab::server;

namespace {

std::string readFile(const QString &relative)
{
    QFile f(QStringLiteral(CLOSELAB_TEST_DATA "/server/") + relative);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().toStdString();
}

Snapshot fromText(const std::string &text)
{
    SnapshotReader r;
    r.add("text", text);
    return r.snapshot();
}

Snapshot read(const QStringList &files)
{
    SnapshotReader r;
    for (const QString &f : files) r.add(f.toStdString(), readFile(f));
    return r.snapshot();
}

const QStringList kScenarios = {QStringLiteral("tw_bucket_overflow"), QStringLiteral("port_exhaustion"),
                                QStringLiteral("close_wait_leak"), QStringLiteral("accept_queue_overflow"),
                                QStringLiteral("syn_flood")};

} // namespace

class TestServerSnapshot : public QObject {
    Q_OBJECT

private slots:
    void detectsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        const QList<QPair<QString, QString>> real = {
            {QStringLiteral("ss-tan.txt"), QStringLiteral("ss-tan")}, {QStringLiteral("ss-tano.txt"), QStringLiteral("ss-tano")},
            {QStringLiteral("ss-ltn.txt"), QStringLiteral("ss-ltn")}, {QStringLiteral("ss-s.txt"), QStringLiteral("ss-s")},
            {QStringLiteral("netstat-ant.txt"), QStringLiteral("netstat-ant")}, {QStringLiteral("netstat-s.txt"), QStringLiteral("netstat-s")},
            {QStringLiteral("nstat-az.txt"), QStringLiteral("nstat")}, {QStringLiteral("proc-net-sockstat.txt"), QStringLiteral("proc-sockstat")},
            {QStringLiteral("proc-net-netstat.txt"), QStringLiteral("proc-netstat")}, {QStringLiteral("proc-net-snmp.txt"), QStringLiteral("proc-snmp")},
            {QStringLiteral("proc-net-tcp.txt"), QStringLiteral("proc-tcp")}, {QStringLiteral("proc-net-tcp6.txt"), QStringLiteral("proc-tcp6")},
            {QStringLiteral("sysctl-a.txt"), QStringLiteral("sysctl")}, {QStringLiteral("ulimit-n.txt"), QStringLiteral("ulimit-n")}};
        for (const auto &[file, format] : real)
            QTest::newRow(qPrintable(QStringLiteral("port_exhaustion/") + file)) << QStringLiteral("port_exhaustion/") + file << format;
        QTest::newRow("syn_flood dmesg") << QStringLiteral("syn_flood/dmesg.txt") << QStringLiteral("dmesg");
        const QList<QPair<QString, QString>> documented = {
            {QStringLiteral("ss-tanp.txt"), QStringLiteral("ss-tan")}, {QStringLiteral("ss-an-netid.txt"), QStringLiteral("ss-tan")},
            {QStringLiteral("ss-tano.txt"), QStringLiteral("ss-tano")}, {QStringLiteral("netstat-antp.txt"), QStringLiteral("netstat-ant")},
            {QStringLiteral("proc-net-tcp6.txt"), QStringLiteral("proc-tcp6")}, {QStringLiteral("nstat-delta.txt"), QStringLiteral("nstat")},
            {QStringLiteral("sysctl-conf.txt"), QStringLiteral("sysctl")}, {QStringLiteral("dmesg.txt"), QStringLiteral("dmesg")},
            {QStringLiteral("netstat-s-old.txt"), QStringLiteral("netstat-s")},
            {QStringLiteral("sockstat-orphans.txt"), QStringLiteral("proc-sockstat")},
            {QStringLiteral("ulimit-unlimited.txt"), QStringLiteral("ulimit-n")}};
        for (const auto &[file, format] : documented)
            QTest::newRow(qPrintable(QStringLiteral("formats/") + file)) << QStringLiteral("formats/") + file << format;
    }
    void detectsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QCOMPARE(QString::fromLatin1(formatName(detectFormat(readFile(file)))), format);
    }

    void realOutputIsUnderstoodWhole()
    {
        for (const QString &s : kScenarios) {
            SnapshotReader r;
            const QStringList files = {QStringLiteral("ss-tan.txt"), QStringLiteral("ss-tano.txt"), QStringLiteral("ss-ltn.txt"),
                                       QStringLiteral("ss-s.txt"), QStringLiteral("netstat-ant.txt"), QStringLiteral("netstat-s.txt"),
                                       QStringLiteral("nstat-az.txt"), QStringLiteral("proc-net-sockstat.txt"),
                                       QStringLiteral("proc-net-netstat.txt"), QStringLiteral("proc-net-snmp.txt"),
                                       QStringLiteral("proc-net-tcp.txt"), QStringLiteral("proc-net-tcp6.txt"),
                                       QStringLiteral("sysctl-a.txt"), QStringLiteral("ulimit-n.txt"), QStringLiteral("dmesg.txt")};
            for (const QString &f : files) {
                const InputSummary &in = r.add(f.toStdString(), readFile(s + QLatin1Char('/') + f));
                QVERIFY2(in.unrecognised == 0, qPrintable(s + QLatin1Char('/') + f + QStringLiteral(": ") +
                                                          QString::fromStdString(in.samples.empty() ? std::string() : in.samples[0].text)));
            }
        }
    }

    // ss, netstat and /proc/net/tcp printed the same sockets: the three parsers agree on every state count.
    void threeSocketTablesAgree_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &s : kScenarios) QTest::newRow(qPrintable(s)) << s;
    }
    void threeSocketTablesAgree()
    {
        QFETCH(QString, scenario);
        const Snapshot ss = read({scenario + QStringLiteral("/ss-tan.txt")});
        const Snapshot netstat = read({scenario + QStringLiteral("/netstat-ant.txt")});
        const Snapshot proc = read({scenario + QStringLiteral("/proc-net-tcp.txt"), scenario + QStringLiteral("/proc-net-tcp6.txt")});
        QVERIFY(ss.haveSocketTable && netstat.haveSocketTable && proc.haveSocketTable);
        QVERIFY(!ss.states.empty());
        QCOMPARE(netstat.states, ss.states);
        QCOMPARE(proc.states, ss.states);
        QCOMPARE(proc.destinations.size(), ss.destinations.size());
    }

    // What each scenario leaves on the kernel, by its parameters (tests/kernel/scenarios.py, first matrix entry).
    void realCountsFollowTheScenario()
    {
        const QStringList all = {QStringLiteral("ss-tan.txt"), QStringLiteral("sysctl-a.txt"), QStringLiteral("nstat-az.txt")};
        auto files = [&](const QString &s) {
            QStringList out;
            for (const QString &f : all) out << s + QLatin1Char('/') + f;
            return out;
        };
        // tcp_max_tw_buckets 5, 20 connections closed by the client: 5 in TIME_WAIT, 15 refused a bucket
        const Snapshot tw = read(files(QStringLiteral("tw_bucket_overflow")));
        QCOMPARE(tw.sysctlNumber("net.ipv4.tcp_max_tw_buckets"), 5);
        QCOMPARE(tw.state("TIME_WAIT"), 5);
        QCOMPARE(tw.counter("TcpExt.TCPTimeWaitOverflow").value_or(-1), 20 - 5);
        // ip_local_port_range 40000 40009: each of the 10 ports holds a TIME_WAIT toward the server
        const Snapshot pe = read(files(QStringLiteral("port_exhaustion")));
        QCOMPARE(pe.sysctl("net.ipv4.ip_local_port_range").value_or(""), std::string("40000 40009"));
        QCOMPARE(pe.portRangeSize(), 10);
        const Destination &d = pe.destinations.at("127.0.0.1:10210");
        QCOMPARE(d.portsInUse, 10);
        QCOMPARE(d.states.at("TIME_WAIT"), 10);
        // 10 connections, the server never closes: 10 CLOSE_WAIT, their clients in FIN_WAIT2
        const Snapshot cw = read(files(QStringLiteral("close_wait_leak")));
        QCOMPARE(cw.state("CLOSE_WAIT"), 10);
        QCOMPARE(cw.state("FIN_WAIT2"), 10);
        // 30 spoofed SYNs, tcp_max_syn_backlog 8, backlog 16: 17 requests held, 14 answered with cookies
        // (the kernel suite's oracle 18b)
        const Snapshot sf = read(files(QStringLiteral("syn_flood")));
        QCOMPARE(sf.state("SYN_RECV"), 17);
        QCOMPARE(sf.counter("TcpExt.SyncookiesSent").value_or(-1), 14);
    }

    // ss -ltn: Recv-Q is the accept queue, Send-Q the backlog; the kernel holds backlog + 1
    // (sock.h: sk_acceptq_is_full() is ack_backlog > max_ack_backlog).
    void listenerQueue()
    {
        const Snapshot s = read({QStringLiteral("accept_queue_overflow/ss-ltn.txt")});
        QCOMPARE(s.listeners.size(), std::size_t(1));
        QCOMPARE(s.listeners[0].local, std::string("127.0.0.1:10230"));
        QVERIFY(s.listeners[0].backlog.has_value());
        QCOMPARE(s.listeners[0].recvQ, *s.listeners[0].backlog + 1);
        QVERIFY(!s.haveSocketTable); // listeners only: ss -tan's counts are not replaced by them
        // /proc/net/tcp shows the same accept queue (rx_queue of a LISTEN socket) but no backlog
        const Snapshot p = read({QStringLiteral("accept_queue_overflow/proc-net-tcp.txt")});
        QCOMPARE(p.listeners.size(), std::size_t(1));
        QCOMPARE(p.listeners[0].recvQ, s.listeners[0].recvQ);
        QVERIFY(!p.listeners[0].backlog);
    }

    // The same counters through nstat, /proc/net/netstat and netstat -s
    void countersAgreeAcrossFormats_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("counter");
        QTest::newRow("tw") << QStringLiteral("tw_bucket_overflow") << QStringLiteral("TcpExt.TCPTimeWaitOverflow");
        QTest::newRow("accept") << QStringLiteral("accept_queue_overflow") << QStringLiteral("TcpExt.ListenOverflows");
        QTest::newRow("accept drops") << QStringLiteral("accept_queue_overflow") << QStringLiteral("TcpExt.ListenDrops");
        QTest::newRow("cookies") << QStringLiteral("syn_flood") << QStringLiteral("TcpExt.SyncookiesSent");
        QTest::newRow("opens") << QStringLiteral("port_exhaustion") << QStringLiteral("Tcp.ActiveOpens");
    }
    void countersAgreeAcrossFormats()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, counter);
        const std::string key = counter.toStdString();
        const auto nstat = read({scenario + QStringLiteral("/nstat-az.txt")}).counter(key);
        const auto proc = read({scenario + QStringLiteral("/proc-net-netstat.txt"), scenario + QStringLiteral("/proc-net-snmp.txt")}).counter(key);
        const auto netstat = read({scenario + QStringLiteral("/netstat-s.txt")}).counter(key);
        QVERIFY(nstat && proc && netstat);
        QVERIFY(*nstat > 0);
        QCOMPARE(*proc, *nstat);
        QCOMPARE(*netstat, *nstat);
    }

    void sockstatAndSsSummary()
    {
        const Snapshot s = read({QStringLiteral("port_exhaustion/proc-net-sockstat.txt")});
        QCOMPARE(s.sockstat.tw.value_or(-1), 10);
        QCOMPARE(s.sockstat.orphan.value_or(-1), 0);
        const Snapshot ss = read({QStringLiteral("port_exhaustion/ss-s.txt")});
        QCOMPARE(ss.sockstat.tw.value_or(-1), 10);
        const Snapshot o = read({QStringLiteral("formats/sockstat-orphans.txt")});
        QCOMPARE(o.sockstat.orphan.value_or(-1), 120000);
        QCOMPARE(o.sockstat.tw.value_or(-1), 30000);
    }

    void ssTimers()
    {
        // misc/ss.c: print_ms_timer(): "59sec" and "1.500ms" (1 s 500 ms)
        const Snapshot s = read({QStringLiteral("formats/ss-tano.txt")});
        QCOMPARE(s.state("TIME_WAIT"), 2);
        QCOMPARE(s.state("ESTABLISHED"), 1);
        QCOMPARE(s.state("FIN_WAIT1"), 1);
        QCOMPARE(s.timeWaitRemainingMax.value_or(-1), 59.0);
        QCOMPARE(s.timeWaitRemainingMin.value_or(-1), 1.5);
        // real ss -tano: every TIME_WAIT of port_exhaustion has a timer below TCP_TIMEWAIT_LEN
        const Snapshot real = read({QStringLiteral("port_exhaustion/ss-tano.txt")});
        QVERIFY(real.timeWaitRemainingMax.value_or(99) <= 60.0);
        QVERIFY(real.timeWaitRemainingMin.value_or(-1) > 0.0);
        // /proc/net/tcp: tm->when in clock ticks of 1/100 s
        const Snapshot proc = read({QStringLiteral("port_exhaustion/proc-net-tcp.txt")});
        QVERIFY(proc.timeWaitRemainingMax.value_or(99) <= 60.0);
        QVERIFY(proc.timeWaitRemainingMin.value_or(-1) > 0.0);
    }

    void documentedSsLayout()
    {
        const Snapshot s = read({QStringLiteral("formats/ss-tanp.txt")});
        QCOMPARE(s.state("LISTEN"), 2);
        QCOMPARE(s.state("ESTABLISHED"), 2);
        QCOMPARE(s.state("CLOSE_WAIT"), 1);
        QCOMPARE(s.state("TIME_WAIT"), 2);
        QCOMPARE(s.state("FIN_WAIT2"), 1);
        QCOMPARE(s.state("SYN_RECV"), 1);
        QCOMPARE(s.inputs[0].unrecognised, 1);
        QCOMPARE(s.inputs[0].samples.at(0).line, 11);
        QCOMPARE(s.inputs[0].samples.at(0).text, std::string("this line is not ss output"));
        QCOMPARE(s.listeners.size(), std::size_t(2));
        QCOMPARE(s.listeners[1].local, std::string("[::]:8080"));
        QCOMPARE(s.listeners[1].recvQ, 129);
        QCOMPARE(s.listeners[1].backlog.value_or(-1), 128);
        // interface suffix dropped, IPv4-mapped addresses kept as ss prints them
        QVERIFY(s.destinations.count("127.0.0.1:41000"));
        QVERIFY(s.destinations.count("[::ffff:10.0.0.7]:40024"));
        // two TIME_WAIT from ports 33012/33014 (in the default range 32768..60999) toward the database
        QCOMPARE(s.destinations.at("10.0.0.5:5432").portsInUse, 2);
        QCOMPARE(s.destinations.at("10.0.0.9:51514").portsInUse, 0); // our port 80: accepted here
        // a listener on a port inside the range: its accepted sockets do not use up ports toward their clients
        const Snapshot l = fromText("State Recv-Q Send-Q Local Address:Port Peer Address:Port\n"
                                    "LISTEN 0 128 0.0.0.0:33291 0.0.0.0:*\n"
                                    "CLOSE-WAIT 1 0 127.0.0.1:33291 127.0.0.1:40000\n"
                                    "TIME-WAIT 0 0 127.0.0.1:40000 127.0.0.1:33291\n");
        QCOMPARE(l.destinations.at("127.0.0.1:40000").portsInUse, 0);
        QCOMPARE(l.destinations.at("127.0.0.1:33291").portsInUse, 1);

        const Snapshot n = read({QStringLiteral("formats/ss-an-netid.txt")});
        QCOMPARE(n.totalSockets(), 2); // the udp and unix rows are not TCP
        QCOMPARE(n.inputs[0].unrecognised, 0);
    }

    void documentedNetstatAndProcLayouts()
    {
        const Snapshot n = read({QStringLiteral("formats/netstat-antp.txt")});
        QCOMPARE(n.state("LISTEN"), 2);
        QCOMPARE(n.state("ESTABLISHED"), 1);
        QCOMPARE(n.state("TIME_WAIT"), 1);
        QCOMPARE(n.state("CLOSE_WAIT"), 1);
        QCOMPARE(n.state("FIN_WAIT2"), 1);
        QVERIFY(n.destinations.count("[::1]:51000")); // netstat's "::1:51000"
        QCOMPARE(n.inputs[0].unrecognised, 0);

        // tcp_ipv6.c: get_tcp6_sock(): four host-order words per address
        const Snapshot p = read({QStringLiteral("formats/proc-net-tcp6.txt")});
        QCOMPARE(p.listeners.size(), std::size_t(1));
        QCOMPARE(p.listeners[0].local, std::string("[::]:80"));
        QCOMPARE(p.listeners[0].recvQ, 3);
        QVERIFY(p.destinations.count("[::1]:51000"));
        QVERIFY(p.destinations.count("[::ffff:10.0.0.5]:5432"));
        QCOMPARE(p.state("TIME_WAIT"), 1);
        QCOMPARE(p.timeWaitRemainingMax.value_or(-1), 60.0); // 0x1770 ticks
    }

    void documentedCounterLayouts()
    {
        const Snapshot n = read({QStringLiteral("formats/nstat-delta.txt")});
        QCOMPARE(n.counter("TcpExt.ListenOverflows").value_or(-1), 3);
        QCOMPARE(n.counter("TcpExt.TCPTimeWaitOverflow").value_or(-1), 41);
        QCOMPARE(n.counter("Tcp.ActiveOpens").value_or(-1), 1200);
        QCOMPARE(n.inputs[0].unrecognised, 1);

        const Snapshot s = read({QStringLiteral("formats/netstat-s-old.txt")});
        QCOMPARE(s.counter("TcpExt.PAWSPassive").value_or(-1), 18);
        QCOMPARE(s.counter("TcpExt.TCPAbortOnClose").value_or(-1), 7);
        QCOMPARE(s.counter("TcpExt.TCPAbortOnLinger").value_or(-1), 2);
        QCOMPARE(s.counter("TcpExt.TCPAbortOnData").value_or(-1), 5);
        QCOMPARE(s.counter("TcpExt.DelayedACKLost").value_or(-1), 12);
        QCOMPARE(s.counter("TcpExt.TCPOrphanQueued").value_or(-1), 3);
        QCOMPARE(s.inputs[0].unrecognised, 1);
    }

    void settingsAndMessages()
    {
        const Snapshot s = read({QStringLiteral("formats/sysctl-conf.txt"), QStringLiteral("formats/dmesg.txt"),
                                 QStringLiteral("formats/ulimit-unlimited.txt")});
        QCOMPARE(s.sysctl("net.ipv4.tcp_tw_recycle").value_or(""), std::string("1"));
        QCOMPARE(s.sysctl("net.ipv4.ip_local_port_range").value_or(""), std::string("1024 65535")); // tab → space
        QCOMPARE(s.sysctl("net.ipv4.tcp_fin_timeout").value_or(""), std::string("30"));          // path spelling
        QCOMPARE(s.portRangeSize(), 65535 - 1024 + 1);
        QCOMPARE(s.inputs[0].unrecognised, 1);
        QCOMPARE(s.kernelMessages.size(), std::size_t(4)); // the link-up line is not about TCP
        QVERIFY(!s.fdLimit);                               // unlimited
        const Snapshot u = read({QStringLiteral("port_exhaustion/ulimit-n.txt")});
        QVERIFY(u.fdLimit.has_value() && *u.fdLimit > 0);
        // the engine's default where the snapshot is silent (core/sysctltable)
        QCOMPARE(u.sysctlNumber("net.ipv4.tcp_max_tw_buckets"), 131072);
    }

    // Several socket tables of the same sockets count once; /proc/net/tcp and tcp6 are halves of one table.
    void socketTablesCountOnce()
    {
        const Snapshot s = read({QStringLiteral("close_wait_leak/ss-tan.txt"), QStringLiteral("close_wait_leak/netstat-ant.txt"),
                                 QStringLiteral("close_wait_leak/proc-net-tcp.txt")});
        QCOMPARE(s.state("CLOSE_WAIT"), 10);
        const Snapshot halves = read({QStringLiteral("formats/proc-net-tcp6.txt"), QStringLiteral("port_exhaustion/proc-net-tcp.txt")});
        QCOMPARE(halves.state("TIME_WAIT"), 1 + 10);
    }

    // A terminal session pasted whole: one input per command
    void pasteCutAtPrompts()
    {
        const std::string paste = "root@web1:~# ss -tan\n" + readFile(QStringLiteral("port_exhaustion/ss-tan.txt")) +
                                  "$ sysctl -a\n" + readFile(QStringLiteral("port_exhaustion/sysctl-a.txt")) +
                                  "$ nstat -az\n" + readFile(QStringLiteral("tw_bucket_overflow/nstat-az.txt"));
        const auto parts = splitPaste(paste, "pasted");
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[0].first, std::string("ss -tan"));
        QCOMPARE(parts[2].first, std::string("nstat -az"));
        SnapshotReader r;
        for (const auto &[name, text] : parts) QCOMPARE(r.add(name, text).unrecognised, 0);
        QCOMPARE(r.snapshot().inputs[1].format, InputFormat::Sysctl);
        QCOMPARE(r.snapshot().state("TIME_WAIT"), 10);
        // no prompt: one piece
        QCOMPARE(splitPaste(readFile(QStringLiteral("port_exhaustion/ss-tan.txt")), "pasted").size(), std::size_t(1));
        QCOMPARE(splitPaste("\n\n", "pasted").size(), std::size_t(0));
    }

    void garbageIsNeverFatal()
    {
        std::string junk;
        for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) & 0xff);
        SnapshotReader r;
        const InputSummary &in = r.add("junk", junk);
        QCOMPARE(in.format, InputFormat::Unknown);
        QVERIFY(in.unrecognised > 0);
        QVERIFY(in.samples.size() <= kMaxUnrecognisedSamples);
        // forced formats on the wrong text: every line counted, nothing read
        for (InputFormat f : {InputFormat::SsTan, InputFormat::ProcTcp, InputFormat::NetstatS, InputFormat::ProcNetstat,
                              InputFormat::Nstat, InputFormat::ProcSockstat, InputFormat::Sysctl, InputFormat::UlimitN}) {
            SnapshotReader forced;
            forced.add("x", readFile(QStringLiteral("port_exhaustion/ss-s.txt")).substr(20) + junk, f);
            QVERIFY(forced.snapshot().inputs[0].lines > 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestServerSnapshot)
#include "tst_serversnapshot.moc"
