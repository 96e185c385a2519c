// SPDX-License-Identifier: GPL-3.0-or-later
// `closelab-cli diagnose` as a contract: the JSON object of README "Diagnosing a server", standard input,
// several files as one snapshot, and exit 2 with one line only when nothing at all could be read.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int code;
    QByteArray out;
    QByteArray err;
};

Result cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CLOSELAB_CLI), QStringList{QStringLiteral("diagnose")} + args);
    if (!p.waitForStarted()) return {-1, {}, {}};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) return {-1, {}, {}};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString data(const QString &relative) { return QStringLiteral(CLOSELAB_TEST_DATA "/server/") + relative; }

} // namespace

class TestDiagnoseCli : public QObject {
    Q_OBJECT

private slots:
    void jsonContract()
    {
        const Result r = cli({data(QStringLiteral("port_exhaustion/ss-tan.txt")), data(QStringLiteral("port_exhaustion/sysctl-a.txt")),
                              data(QStringLiteral("port_exhaustion/nstat-az.txt")), data(QStringLiteral("accept_queue_overflow/ss-ltn.txt")),
                              QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        for (const char *k : {"inputs", "states", "destinations", "listeners", "counters", "sysctls", "findings"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        const QJsonArray inputs = o.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 4);
        const QJsonObject first = inputs.at(0).toObject();
        QVERIFY(first.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("ss-tan.txt")));
        QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("ss-tan"));
        QCOMPARE(first.value(QStringLiteral("lines")).toInt(), 12); // header, LISTEN, 10 TIME-WAIT
        QCOMPARE(first.value(QStringLiteral("unrecognised")).toInt(), 0);
        // kernel state names, every state present
        const QJsonObject states = o.value(QStringLiteral("states")).toObject();
        QCOMPARE(states.size(), 11);
        QCOMPARE(states.value(QStringLiteral("TIME_WAIT")).toInt(), 10);
        QCOMPARE(states.value(QStringLiteral("CLOSE_WAIT")).toInt(), 0);
        QVERIFY(!states.contains(QStringLiteral("TIME-WAIT")));
        const QJsonObject dest = o.value(QStringLiteral("destinations")).toArray().at(0).toObject();
        QCOMPARE(dest.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1:10210"));
        QCOMPARE(dest.value(QStringLiteral("states")).toObject().value(QStringLiteral("TIME_WAIT")).toInt(), 10);
        QCOMPARE(dest.value(QStringLiteral("ports_in_use")).toInt(), 10);
        QCOMPARE(dest.value(QStringLiteral("port_range")).toInt(), 10);
        const QJsonArray listeners = o.value(QStringLiteral("listeners")).toArray();
        bool full = false;
        for (const QJsonValue &l : listeners) {
            const QJsonObject lo = l.toObject();
            QVERIFY(lo.contains(QStringLiteral("local")) && lo.contains(QStringLiteral("recv_q")) && lo.contains(QStringLiteral("backlog")));
            if (lo.value(QStringLiteral("local")).toString() == QStringLiteral("127.0.0.1:10230"))
                full = lo.value(QStringLiteral("recv_q")).toInt() > lo.value(QStringLiteral("backlog")).toInt();
        }
        QVERIFY(full);
        QVERIFY(o.value(QStringLiteral("counters")).toObject().contains(QStringLiteral("TcpExt.ListenOverflows")));
        QCOMPARE(o.value(QStringLiteral("sysctls")).toObject().value(QStringLiteral("net.ipv4.ip_local_port_range")).toString(),
                 QStringLiteral("40000 40009"));
        QStringList codes;
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            codes << f.value(QStringLiteral("code")).toString();
            QVERIFY(QStringList({QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")})
                        .contains(f.value(QStringLiteral("severity")).toString()));
            QVERIFY(f.value(QStringLiteral("evidence")).isObject());
            QVERIFY(f.contains(QStringLiteral("sysctl")) && f.contains(QStringLiteral("scenario")));
            if (f.value(QStringLiteral("code")).toString() == QStringLiteral("port_exhaustion_risk")) {
                QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
                QCOMPARE(f.value(QStringLiteral("remote")).toString(), QStringLiteral("127.0.0.1:10210"));
                QCOMPARE(f.value(QStringLiteral("sysctl")).toString(), QStringLiteral("net.ipv4.ip_local_port_range"));
                QCOMPARE(f.value(QStringLiteral("scenario")).toString(), QStringLiteral("port_exhaustion"));
                QCOMPARE(f.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("ports_in_use")).toInt(), 10);
            }
        }
        QVERIFY(codes.contains(QStringLiteral("port_exhaustion_risk")));
        QVERIFY(codes.contains(QStringLiteral("accept_queue_overflow")));
    }

    void standardInputAndText()
    {
        QFile f(data(QStringLiteral("close_wait_leak/ss-tan.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Result r = cli({QStringLiteral("-")}, f.readAll());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("CLOSE_WAIT 10"));
        QVERIFY(r.out.contains("warning: close_wait_leak"));
        QVERIFY(r.out.contains("closelab-cli run close_wait_leak"));
    }

    void partlyUnderstoodInputIsRead()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("\x01\x02 not a snapshot\n\xff\xfe\n");
        junk.close();
        const Result r = cli({junk.fileName(), data(QStringLiteral("tw_bucket_overflow/nstat-az.txt")), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject in = o.value(QStringLiteral("inputs")).toArray().at(0).toObject();
        QCOMPARE(in.value(QStringLiteral("format")).toString(), QStringLiteral("unknown"));
        QCOMPARE(in.value(QStringLiteral("unrecognised")).toInt(), 2);
        QCOMPARE(in.value(QStringLiteral("unrecognised_lines")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("tw_bucket_overflow"));
        // a missing file beside a good one: a note on stderr, the rest diagnosed
        const Result missing = cli({dir.filePath(QStringLiteral("absent.txt")), data(QStringLiteral("tw_bucket_overflow/nstat-az.txt"))});
        QCOMPARE(missing.code, 0);
        QVERIFY(missing.err.contains("absent.txt"));
    }

    void nothingReadableExits2WithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no file") << QStringList{} << QByteArray();
        QTest::newRow("missing") << QStringList{QStringLiteral("/nonexistent/ss.txt")} << QByteArray();
        QTest::newRow("junk on stdin") << QStringList{QStringLiteral("-")} << QByteArray("hello\nworld\n\x01\n");
        QTest::newRow("empty stdin") << QStringList{QStringLiteral("-")} << QByteArray();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--xml"), QStringLiteral("-")} << QByteArray("1024\n");
        QTest::newRow("bad idle timeout") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("-5"), QStringLiteral("-")}
                                          << QByteArray("1024\n");
    }
    void nothingReadableExits2WithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Result r = cli(args, input);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("closelab-cli: "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void idleTimeout()
    {
        const Result r = cli({data(QStringLiteral("port_exhaustion/sysctl-a.txt")), QStringLiteral("--idle-timeout"),
                              QStringLiteral("350"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("\"keepalive_longer_than_idle_timeout\""));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnosecli.moc"
