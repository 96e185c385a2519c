// SPDX-License-Identifier: GPL-3.0-or-later
// core/capture's reader on synthetic captures of the link types the kernel's captures lack (written here
// with libpcap's pcap_dump, pcapng by hand), and `closelab-cli explain` on bad input. The expected states
// are those RFC 9293 and Linux give a normal close: arithmetic on the segments written, not program output.

#include "core/capture/connection.h"
#include "core/capture/pcapreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pcap/pcap.h>

#include <cstring>
#include <fstream>

using namespace closelab;
using namespace closelab::capture;

namespace {

using Bytes = std::vector<std::uint8_t>;

void put16(Bytes &b, std::uint16_t v) { b.push_back(std::uint8_t(v >> 8)); b.push_back(std::uint8_t(v)); }
void put32(Bytes &b, std::uint32_t v) { put16(b, std::uint16_t(v >> 16)); put16(b, std::uint16_t(v)); }

struct Seg {
    bool fromClient;
    std::uint8_t flags;
    std::uint32_t seq;
    std::uint32_t ack;
    std::uint16_t payload;
    double t;
};

// A normal close: handshake, 5 bytes each way, client FIN, server ACK, server FIN, client ACK.
const std::vector<Seg> kNormalClose = {
    {true, 0x02, 100, 0, 0, 0.0},        {false, 0x12, 500, 101, 0, 0.001}, {true, 0x10, 101, 501, 0, 0.002},
    {true, 0x18, 101, 501, 5, 0.003},    {false, 0x10, 501, 106, 0, 0.004}, {true, 0x11, 106, 501, 0, 0.300},
    {false, 0x10, 501, 107, 0, 0.301},   {false, 0x11, 501, 107, 0, 0.800}, {true, 0x10, 107, 502, 0, 0.801},
};

Bytes ipPacket(const Seg &s, bool v6)
{
    Bytes tcp;
    put16(tcp, s.fromClient ? 40000 : 80);
    put16(tcp, s.fromClient ? 80 : 40000);
    put32(tcp, s.seq);
    put32(tcp, s.ack);
    tcp.push_back(5 << 4);
    tcp.push_back(s.flags);
    put16(tcp, 512);
    put32(tcp, 0);
    tcp.insert(tcp.end(), s.payload, 'x');
    Bytes ip;
    const std::uint8_t c4[4] = {10, 0, 0, 1}, s4[4] = {10, 0, 0, 2};
    if (!v6) {
        ip = {0x45, 0};
        put16(ip, std::uint16_t(20 + tcp.size()));
        put32(ip, 0x00004000); // id 0, DF
        ip.push_back(64);
        ip.push_back(6);
        put16(ip, 0);
        ip.insert(ip.end(), s.fromClient ? c4 : s4, (s.fromClient ? c4 : s4) + 4);
        ip.insert(ip.end(), s.fromClient ? s4 : c4, (s.fromClient ? s4 : c4) + 4);
    } else {
        ip = {0x60, 0, 0, 0};
        put16(ip, std::uint16_t(tcp.size()));
        ip.push_back(6);
        ip.push_back(64);
        Bytes a(16, 0), b(16, 0);
        a[0] = b[0] = 0xfd;
        a[15] = 1;
        b[15] = 2;
        ip.insert(ip.end(), (s.fromClient ? a : b).begin(), (s.fromClient ? a : b).end());
        ip.insert(ip.end(), (s.fromClient ? b : a).begin(), (s.fromClient ? b : a).end());
    }
    ip.insert(ip.end(), tcp.begin(), tcp.end());
    return ip;
}

Bytes frame(int dlt, const Bytes &ip, bool v6, bool vlan)
{
    Bytes f;
    const std::uint16_t type = v6 ? 0x86dd : 0x0800;
    switch (dlt) {
    case DLT_EN10MB:
        f.assign(12, 0x02);
        if (vlan) {
            put16(f, 0x8100);
            put16(f, 42);
        }
        put16(f, type);
        break;
    case DLT_LINUX_SLL:
        f.assign(14, 0);
        put16(f, type);
        break;
    case DLT_LINUX_SLL2:
        put16(f, type);
        f.resize(20, 0);
        break;
    case DLT_NULL: {
        const std::uint32_t af = v6 ? 10 : 2; // host byte order, as BSD loopback writes it
        f.resize(4);
        std::memcpy(f.data(), &af, 4);
        break;
    }
    default: // DLT_RAW
        break;
    }
    f.insert(f.end(), ip.begin(), ip.end());
    return f;
}

QString writePcap(const QString &dir, const QString &name, int dlt, bool v6, bool vlan)
{
    const QString path = dir + QLatin1Char('/') + name;
    pcap_t *dead = pcap_open_dead(dlt, 65535);
    pcap_dumper_t *d = pcap_dump_open(dead, path.toLocal8Bit().constData());
    auto dump = [&](const Bytes &f, double t) {
        pcap_pkthdr h{};
        h.ts.tv_sec = 1700000000 + static_cast<long>(t);
        h.ts.tv_usec = static_cast<long>((t - static_cast<long>(t)) * 1e6 + 0.5);
        h.caplen = h.len = static_cast<bpf_u_int32>(f.size());
        pcap_dump(reinterpret_cast<u_char *>(d), &h, f.data());
    };
    for (const Seg &s : kNormalClose) dump(frame(dlt, ipPacket(s, v6), v6, vlan), s.t);
    // One UDP datagram: counted, not indexed.
    Bytes udp = ipPacket(kNormalClose[0], v6);
    udp[v6 ? 6 : 9] = 17;
    dump(frame(dlt, udp, v6, vlan), 0.9);
    pcap_dump_close(d);
    pcap_close(dead);
    return path;
}

// pcapng by hand (libpcap 1.10 reads it but writes only pcap): SHB, IDB (Ethernet), one EPB a frame.
QString writePcapng(const QString &dir)
{
    const QString path = dir + QStringLiteral("/normal.pcapng");
    std::ofstream out(path.toStdString(), std::ios::binary);
    auto le32 = [&](std::uint32_t v) { out.write(reinterpret_cast<const char *>(&v), 4); };
    auto le16 = [&](std::uint16_t v) { out.write(reinterpret_cast<const char *>(&v), 2); };
    le32(0x0A0D0D0A); le32(28); le32(0x1A2B3C4D); le16(1); le16(0); le32(0xffffffff); le32(0xffffffff); le32(28);
    le32(1); le32(20); le16(DLT_EN10MB); le16(0); le32(65535); le32(20);
    for (const Seg &s : kNormalClose) {
        const Bytes f = frame(DLT_EN10MB, ipPacket(s, false), false, false);
        const std::uint32_t padded = (static_cast<std::uint32_t>(f.size()) + 3u) & ~3u;
        const std::uint64_t us = 1700000000ull * 1000000ull + static_cast<std::uint64_t>(s.t * 1e6 + 0.5);
        le32(6); le32(32 + padded); le32(0); le32(std::uint32_t(us >> 32)); le32(std::uint32_t(us));
        le32(static_cast<std::uint32_t>(f.size())); le32(static_cast<std::uint32_t>(f.size()));
        out.write(reinterpret_cast<const char *>(f.data()), static_cast<std::streamsize>(f.size()));
        for (std::uint32_t i = static_cast<std::uint32_t>(f.size()); i < padded; ++i) out.put(0);
        le32(32 + padded);
    }
    return path;
}

QStringList names(const std::vector<StateStep> &steps)
{
    QStringList out;
    for (const StateStep &s : steps) out << QString::fromStdString(stepName(s));
    return out;
}

} // namespace

class TestCaptureReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void linkTypes_data()
    {
        QTest::addColumn<int>("dlt");
        QTest::addColumn<bool>("v6");
        QTest::addColumn<bool>("vlan");
        QTest::addColumn<bool>("pcapng");
        QTest::newRow("Ethernet IPv4") << int(DLT_EN10MB) << false << false << false;
        QTest::newRow("Ethernet VLAN IPv4") << int(DLT_EN10MB) << false << true << false;
        QTest::newRow("Ethernet IPv6") << int(DLT_EN10MB) << true << false << false;
        QTest::newRow("Linux cooked v1") << int(DLT_LINUX_SLL) << false << false << false;
        QTest::newRow("Linux cooked v2 IPv6") << int(DLT_LINUX_SLL2) << true << false << false;
        QTest::newRow("raw IPv4") << int(DLT_RAW) << false << false << false;
        QTest::newRow("raw IPv6") << int(DLT_RAW) << true << false << false;
        QTest::newRow("BSD null") << int(DLT_NULL) << false << false << false;
        QTest::newRow("pcapng") << int(DLT_EN10MB) << false << false << true;
    }

    void linkTypes()
    {
        QFETCH(int, dlt);
        QFETCH(bool, v6);
        QFETCH(bool, vlan);
        QFETCH(bool, pcapng);
        const QString path = pcapng ? writePcapng(m_dir.path())
                                    : writePcap(m_dir.path(), QStringLiteral("%1_%2_%3.pcap").arg(dlt).arg(v6).arg(vlan), dlt, v6, vlan);
        const ReadResult r = readCapture(path.toStdString());
        QCOMPARE(int(r.error), int(ReadError::None));
        QCOMPARE(r.index.tcpPackets, std::uint64_t(kNormalClose.size()));
        QCOMPARE(r.index.packets, std::uint64_t(kNormalClose.size() + (pcapng ? 0 : 1)));
        const std::vector<Connection> conns = explainConnections(r.index);
        QCOMPARE(conns.size(), std::size_t(1));
        const Connection &c = conns.front();
        QCOMPARE(c.client.port, std::uint16_t(40000));
        QCOMPARE(c.server.port, std::uint16_t(80));
        QCOMPARE(c.client.v6, v6);
        QCOMPARE(QString::fromStdString(endpointText(c.server)), v6 ? QStringLiteral("[fd00::2]:80") : QStringLiteral("10.0.0.2:80"));
        // RFC 9293 / tcp_rcv_state_process(): the active closer passes FIN_WAIT1, FIN_WAIT2, TIME_WAIT (60 s);
        // the passive one CLOSE_WAIT and LAST_ACK, gone at the last ACK.
        QCOMPARE(names(c.states[0]), QStringList({"SYN_SENT", "ESTABLISHED", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "GONE"}));
        QCOMPARE(names(c.states[1]), QStringList({"SYN_RECV", "ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "GONE"}));
        QCOMPARE(c.states[0][2].t, 300 * kMs);
        QCOMPARE(c.states[0][3].t, 301 * kMs);
        QCOMPARE(c.states[0][4].t, 800 * kMs);
        QCOMPARE(c.states[0][5].t, 60800 * kMs);
        QVERIFY(c.states[0][5].inferred);
        QCOMPARE(c.states[1][4].t, 801 * kMs);
        QCOMPARE(c.firstCloser, std::optional<Side>(Side::Client));
        QCOMPARE(int(c.ending), int(Ending::FinBothWays));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("text") << QByteArray("hello, this is not a capture\n") << "not a pcap or pcapng file";
        QTest::newRow("half a header") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00", 6) << "not a pcap or pcapng file";
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(QStringLiteral("bad_%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto [code, out, err] = cli({QStringLiteral("explain"), path, QStringLiteral("--json")});
        QCOMPARE(code, 2);
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(path) && err.contains(problem), qPrintable(err));
        QVERIFY(out.isEmpty());
    }

    void unknownLinkType()
    {
        const QString path = m_dir.filePath(QStringLiteral("user0.pcap"));
        pcap_t *dead = pcap_open_dead(DLT_USER0, 65535);
        pcap_dumper_t *d = pcap_dump_open(dead, path.toLocal8Bit().constData());
        pcap_dump_close(d);
        pcap_close(dead);
        const auto [code, out, err] = cli({QStringLiteral("explain"), path});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(path) && err.contains(QLatin1String("unsupported link type 147")), qPrintable(err));
    }

    // A capture cut in the middle of a frame is explained up to where it ends, with a note, and exits 2.
    void truncated()
    {
        QFile src(QStringLiteral(CLOSELAB_TEST_DATA "/pcaps/01_normal_close.pcap"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray all = src.readAll();
        const QString path = m_dir.filePath(QStringLiteral("cut.pcap"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(all.left(all.size() - 30));
        f.close();
        const auto [code, out, err] = cli({QStringLiteral("explain"), path, QStringLiteral("--json")});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(path) && err.contains(QLatin1String("truncated")), qPrintable(err));
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("packets")).toInt(), 10); // 11 frames, the last one cut
        QVERIFY(o.value(QStringLiteral("note")).toString().startsWith(QLatin1String("truncated")));
        QCOMPARE(o.value(QStringLiteral("connections")).toArray().size(), 1);
    }

    // The JSON contract (README, "Explaining a capture") on the kernel's capture of fin_wait2_orphan_timeout_5.
    void jsonContract()
    {
        const QString path = QStringLiteral(CLOSELAB_TEST_DATA "/pcaps/05a_fin_wait2_orphan_timeout_5.pcap");
        const auto [code, out, err] = cli({QStringLiteral("explain"), path, QStringLiteral("--json"), QStringLiteral("--connection"), QStringLiteral("0")});
        QCOMPARE(code, 0);
        QJsonParseError pe{};
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8(), &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("packets")).toInt(), 11);
        QCOMPARE(o.value(QStringLiteral("tcp_packets")).toInt(), 11);
        const QJsonObject c = o.value(QStringLiteral("connections")).toArray().at(0).toObject();
        for (const char *key : {"id", "client", "server", "start", "end", "packets", "first_closer", "states", "retransmissions", "rst", "findings"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QCOMPARE(c.value(QStringLiteral("first_closer")).toString(), QStringLiteral("client"));
        const QJsonArray client = c.value(QStringLiteral("states")).toObject().value(QStringLiteral("client")).toArray();
        QCOMPARE(client.at(0).toArray().at(0).toString(), QStringLiteral("SYN_SENT"));
        QCOMPARE(client.last().toArray().at(0).toString(), QStringLiteral("GONE"));
        const QJsonObject retrans = c.value(QStringLiteral("retransmissions")).toObject().value(QStringLiteral("client")).toObject();
        for (const char *kind : {"SYN", "SYN-ACK", "FIN", "DATA", "PROBE", "KEEPALIVE"}) QVERIFY2(retrans.contains(QLatin1String(kind)), kind);
        QCOMPARE(c.value(QStringLiteral("rst")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("fin_wait2_gone"));
        const QJsonObject finding = c.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("sysctl")).toString(), QStringLiteral("net.ipv4.tcp_fin_timeout"));
        QVERIFY(finding.value(QStringLiteral("min")).toInt() <= 5 && finding.value(QStringLiteral("max")).toInt() >= 5); // the run's 5

        const auto [code2, out2, err2] = cli({QStringLiteral("explain"), path, QStringLiteral("--connection"), QStringLiteral("3")});
        QCOMPARE(code2, 2);
        QVERIFY(err2.contains(QLatin1String("no connection 3")));
    }

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CLOSELAB_CLI), args);
        p.waitForFinished(20000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QTemporaryDir m_dir;
};

QTEST_APPLESS_MAIN(TestCaptureReader)
#include "tst_capturereader.moc"
