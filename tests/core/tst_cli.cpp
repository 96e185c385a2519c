// SPDX-License-Identifier: GPL-3.0-or-later
// closelab-cli as a contract: commands, JSON shape, and exit 2 with one line on a usage error.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

    struct Result {
        int code;
        QByteArray out;
        QByteArray err;
    };

    static Result cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CLOSELAB_CLI), args);
        if (!p.waitForFinished(60000)) return {-1, {}, {}};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void listAndParams()
    {
        const Result list = cli({QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("normal_close"));
        QVERIFY(list.out.split('\n').size() > 20);
        const Result params = cli({QStringLiteral("params")});
        QCOMPARE(params.code, 0);
        QVERIFY(params.out.contains("net.ipv4.tcp_fin_timeout"));
        QVERIFY(params.out.contains("net.ipv4.tcp_orphan_retries"));
    }

    void runJsonShape()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("fin_unacked"), QStringLiteral("--set"),
                              QStringLiteral("net.ipv4.tcp_orphan_retries=3"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("fin_unacked"));
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("net.ipv4.tcp_orphan_retries")).toInt(), 3);
        const QJsonArray events = o.value(QStringLiteral("events")).toArray();
        QVERIFY(events.size() > 20);
        QStringList types;
        for (const QJsonValue &e : events) {
            const QJsonObject ev = e.toObject();
            QVERIFY(ev.contains(QStringLiteral("t")) && ev.contains(QStringLiteral("host")) && ev.contains(QStringLiteral("type")));
            types << ev.value(QStringLiteral("type")).toString();
        }
        for (const char *t : {"app", "send", "deliver", "drop", "state", "timer", "gone"}) QVERIFY2(types.contains(QLatin1String(t)), t);
        const QJsonObject client = o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("client")).toObject();
        QCOMPARE(client.value(QStringLiteral("gone_reason")).toString(), QStringLiteral("retries_exhausted"));
        QCOMPARE(client.value(QStringLiteral("limit")).toString(), QStringLiteral("net.ipv4.tcp_orphan_retries"));
        QVERIFY(client.value(QStringLiteral("retransmissions")).toObject().value(QStringLiteral("FIN")).toInt() >= 3);
        for (const char *k : {"final_state", "gone_at", "rst_sent", "errno"}) QVERIFY2(client.contains(QLatin1String(k)), k);
    }

    void textOutputLooksLikeTcpdump()
    {
        const Result r = cli({QStringLiteral("run"), QStringLiteral("normal_close")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Flags [F.]"));
        QVERIFY(r.out.contains("FIN_WAIT1 -> FIN_WAIT2"));
        QVERIFY(r.out.contains("time_wait"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList{} << "missing command";
        QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command 'fly'";
        QTest::newRow("unknown option") << QStringList{"run", "normal_close", "--colour"} << "colour";
        QTest::newRow("unknown scenario") << QStringList{"run", "no_such"} << "unknown scenario 'no_such'";
        QTest::newRow("missing scenario") << QStringList{"run"} << "missing SCENARIO";
        QTest::newRow("unknown sysctl") << QStringList{"run", "normal_close", "--set", "net.ipv4.nope=1"} << "unknown parameter 'net.ipv4.nope'";
        QTest::newRow("out of range") << QStringList{"run", "normal_close", "--set", "net.ipv4.tcp_fin_timeout=0"} << "out of range 1..600";
        QTest::newRow("bad drop") << QStringList{"run", "normal_close", "--drop", "c2s:psh"} << "match 'psh'";
        QTest::newRow("bad delay") << QStringList{"run", "normal_close", "--delay", "fast"} << "--delay";
        QTest::newRow("bad opt") << QStringList{"run", "normal_close", "--opt", "x=1"} << "has no such option";
        QTest::newRow("extra argument") << QStringList{"list", "x"} << "takes no argument";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err).trimmed();
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void helpAndVersion()
    {
        const Result h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains("--set"));
        const Result v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.contains(CLOSELAB_VERSION));
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
