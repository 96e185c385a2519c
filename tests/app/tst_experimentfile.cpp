// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentcontroller.h"
#include "app/experimentfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace closelab;

namespace {
RunConfig richConfig()
{
    RunConfig c;
    c.scenario = "fin_unacked";
    c.options = {{"mode", "shutdown"}};
    (void)c.sysctls.setFromText("net.ipv4.tcp_orphan_retries=2");
    (void)c.sysctls.setFromText("net.ipv4.ip_local_port_range=1024 65000");
    (void)c.sysctls.setFromText("ulimit.nofile=4096");
    c.serverSysctls = Sysctls{};
    (void)c.serverSysctls->setFromText("net.ipv4.tcp_fin_timeout=5");
    c.network.delay = 20 * kMs;
    c.network.jitter = 3 * kMs;
    c.network.lossC2S = 0.125;
    c.network.lossS2C = 0.25;
    c.network.duplicate = 0.01;
    DropRule r;
    (void)parseDropRule("s2c:fin:first", r);
    c.network.drops = {r};
    c.network.firewall.idleTimeout = 300 * kSec;
    c.network.firewall.action = FirewallConfig::Action::Reset;
    c.seed = 18446744073709551557ull;
    return c;
}
} // namespace

class TestExperimentFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripRestoresEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.closelab"));
        const RunConfig original = richConfig();
        QCOMPARE(ExperimentFile::save(path, original), QString());
        RunConfig loaded;
        QCOMPARE(ExperimentFile::load(path, loaded), QString());
        QVERIFY(loaded == original);
        // And through the controller: the experiment is the file's.
        ExperimentController controller;
        QCOMPARE(controller.load(loaded), QString());
        QVERIFY(controller.config() == original);
    }

    void onlyChangedParametersAreWritten()
    {
        const QJsonObject root = QJsonDocument::fromJson(ExperimentFile::toJson(richConfig())).object();
        const QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(params.size(), 3);
        QCOMPARE(params.value(QStringLiteral("net.ipv4.ip_local_port_range")).toString(), QStringLiteral("1024 65000"));
        QVERIFY(!params.contains(QStringLiteral("net.ipv4.tcp_fin_timeout")));
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("closelab-experiment"));
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "closelab-experiment", "version": 1, "scenario": "normal_close")";
        QTest::newRow("not json") << QByteArray("hello") << "invalid JSON";
        QTest::newRow("empty") << QByteArray() << "invalid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("foreign") << QByteArray(R"({"name": "my notes"})") << "\"format\"";
        QTest::newRow("newer") << QByteArray(R"({"format": "closelab-experiment", "version": 9, "scenario": "normal_close"})") << "newer";
        QTest::newRow("no version") << QByteArray(R"({"format": "closelab-experiment", "scenario": "normal_close"})") << "version";
        QTest::newRow("unknown scenario") << QByteArray(R"({"format": "closelab-experiment", "version": 1, "scenario": "teleport"})") << "teleport";
        QTest::newRow("unknown field") << head + R"(, "colour": "red"})" << "colour";
        QTest::newRow("parameter range") << head + R"(, "parameters": {"net.ipv4.tcp_fin_timeout": "0"}})" << "tcp_fin_timeout";
        QTest::newRow("parameter unknown") << head + R"(, "parameters": {"net.ipv4.tcp_magic": "1"}})" << "tcp_magic";
        QTest::newRow("parameter type") << head + R"(, "parameters": {"net.ipv4.tcp_fin_timeout": [1]}})" << "tcp_fin_timeout";
        QTest::newRow("port order") << head + R"(, "parameters": {"net.ipv4.ip_local_port_range": "60000 1000"}})" << "ip_local_port_range";
        QTest::newRow("option") << head + R"(, "options": {"warp": "9"}})" << "warp";
        QTest::newRow("loss") << head + R"(, "network": {"loss_s2c": 2}})" << "loss_s2c";
        QTest::newRow("delay") << head + R"(, "network": {"delay_s": -1}})" << "delay_s";
        QTest::newRow("drop rule") << head + R"(, "network": {"drops": ["s2c:nothing"]}})" << "network.drops";
        QTest::newRow("firewall") << head + R"(, "network": {"firewall": {"action": "explode"}}})" << "firewall";
        QTest::newRow("seed") << head + R"(, "seed": -3})" << "seed";
        QTest::newRow("seed not whole") << head + R"(, "seed": 2.5})" << "seed";
        QTest::newRow("seed 2^64") << head + R"(, "seed": 18446744073709551616})" << "seed";
        QTest::newRow("seed 1e30") << head + R"(, "seed": 1e30})" << "seed";
        QTest::newRow("population option") << QByteArray(R"({"format": "closelab-experiment", "version": 1, "scenario": "tw_bucket_overflow", "options": {"rate": "fast"}})") << "rate";
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.closelab"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ExperimentController controller;
        RunConfig before;
        before.scenario = "half_close";
        controller.load(before);
        RunConfig out = controller.config();
        const QString error = ExperimentFile::load(path, out);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(out == before); // nothing half-applied
        QVERIFY(controller.config() == before);
    }

    void aMissingFileSaysSo()
    {
        RunConfig out;
        QVERIFY(!ExperimentFile::load(QStringLiteral("/nonexistent/x.closelab"), out).isEmpty());
        QVERIFY(!ExperimentFile::save(QStringLiteral("/nonexistent/dir/x.closelab"), out).isEmpty());
    }
};

QTEST_MAIN(TestExperimentFile)
#include "tst_experimentfile.moc"
