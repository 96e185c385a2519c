// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed input for every reader there is: drop rules, --set values, --opt values (validate()), the other
// run options, RunConfig fields set directly, and closelab-cli's command line. Each must be refused with
// one line that names the field and what is allowed, and must change nothing; the CLI exits 2.
#include "core/network.h"
#include "core/runoptions.h"
#include "core/scenario.h"
#include "core/sysctltable.h"

#include <QProcess>
#include <QTest>

#include <cmath>
#include <limits>

using namespace closelab;

Q_DECLARE_METATYPE(std::string)

namespace {

/// A config that differs from the defaults everywhere applyRunOption() can write.
RunConfig nonDefaultConfig()
{
    RunConfig c;
    c.scenario = "normal_close";
    c.sysctls.set(SysctlId::TcpFinTimeout, 17);
    c.network.delay = 3 * kMs;
    c.network.jitter = 1 * kMs;
    c.network.lossC2S = 0.25;
    c.network.lossS2C = 0.125;
    c.network.duplicate = 0.5;
    c.network.drops.push_back(DropRule{});
    c.options["server_close_delay"] = "1";
    c.seed = 99;
    c.until = 5 * kSec;
    c.eventBudget = 777;
    return c;
}

void checkMessage(const std::string &message, const QStringList &mustContain)
{
    const QString m = QString::fromStdString(message);
    QVERIFY2(!m.isEmpty(), "empty message");
    QVERIFY2(!m.contains(QLatin1Char('\n')) && !m.contains(QLatin1Char('\r')), qPrintable(m));
    for (const QString &part : mustContain)
        QVERIFY2(m.contains(part), qPrintable(QStringLiteral("'%1' does not contain '%2'").arg(m, part)));
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void runOptionRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::string>("value");
        QTest::addColumn<QStringList>("mentions");
        auto row = [](const char *label, const char *name, std::string value, QStringList mentions) {
            QTest::newRow(label) << QString::fromLatin1(name) << value << mentions;
        };
        const QStringList drop = {QStringLiteral("--drop")};
        // Drop rules: DIR:MATCH[:WHEN].
        row("drop empty", "drop", "", {QStringLiteral("--drop"), QStringLiteral("c2s|s2c")});
        row("drop truncated", "drop", "c2s", {QStringLiteral("--drop"), QStringLiteral("DIR:MATCH")});
        row("drop no match", "drop", "c2s:", {QStringLiteral("match"), QStringLiteral("any|syn")});
        row("drop bad dir", "drop", "up:any", {QStringLiteral("direction 'up'"), QStringLiteral("c2s or s2c")});
        row("drop upper case", "drop", "C2S:ANY", {QStringLiteral("direction"), QStringLiteral("c2s or s2c")});
        row("drop bad match", "drop", "c2s:bogus", {QStringLiteral("match 'bogus'"), QStringLiteral("any|syn|synack")});
        row("drop bad when", "drop", "c2s:any:sometimes", {QStringLiteral("when 'sometimes'"), QStringLiteral("first|n=K")});
        row("drop n=0", "drop", "c2s:any:n=0", {QStringLiteral("n=K"), QStringLiteral("1..1000000")});
        row("drop n negative", "drop", "c2s:any:n=-1", {QStringLiteral("n=K"), QStringLiteral("1..1000000")});
        row("drop n huge", "drop", "c2s:any:n=99999999999999999999", {QStringLiteral("n=K"), QStringLiteral("1..1000000")});
        row("drop n fraction", "drop", "c2s:any:n=1.5", {QStringLiteral("n=K"), QStringLiteral("integer")});
        row("drop n empty", "drop", "c2s:any:n=", {QStringLiteral("n=K")});
        row("drop from NaN", "drop", "c2s:any:from=nan", {QStringLiteral("from=T"), QStringLiteral("seconds")});
        row("drop from inf", "drop", "c2s:any:from=inf", {QStringLiteral("from=T"), QStringLiteral("seconds")});
        row("drop from huge", "drop", "c2s:any:from=1e400", {QStringLiteral("from=T"), QStringLiteral("seconds")});
        row("drop from past a year", "drop", "s2c:fin:from=1e9", {QStringLiteral("from=T")});
        row("drop until text", "drop", "s2c:fin:until=soon", {QStringLiteral("until=T"), QStringLiteral("seconds")});
        row("drop trailing part", "drop", "c2s:any:from=1:extra", {QStringLiteral("from=T")});
        row("drop non-UTF-8", "drop", "\xff\xfe:any", {QStringLiteral("direction")});
        row("drop NUL inside", "drop", std::string("c2s\0:any", 8), {QStringLiteral("--drop")});
        // --set KEY=VALUE: the sysctl table's ranges.
        const QStringList fin = {QStringLiteral("net.ipv4.tcp_fin_timeout"), QStringLiteral("1..600")};
        row("set no equals", "set", "net.ipv4.tcp_fin_timeout", {QStringLiteral("--set"), QStringLiteral("KEY=VALUE")});
        row("set no key", "set", "=5", {QStringLiteral("unknown parameter ''")});
        row("set unknown key", "set", "net.ipv4.tcp_fin_timeout_typo=5", {QStringLiteral("unknown parameter 'net.ipv4.tcp_fin_timeout_typo'"), QStringLiteral("closelab-cli params")});
        row("set key case", "set", "NET.IPV4.TCP_FIN_TIMEOUT=5", {QStringLiteral("unknown parameter")});
        row("set empty value", "set", "net.ipv4.tcp_fin_timeout=", fin);
        row("set text", "set", "net.ipv4.tcp_fin_timeout=abc", fin);
        row("set fraction", "set", "net.ipv4.tcp_fin_timeout=5.5", fin);
        row("set exponent", "set", "net.ipv4.tcp_fin_timeout=1e2", fin);
        row("set hex", "set", "net.ipv4.tcp_fin_timeout=0x10", fin);
        row("set NaN", "set", "net.ipv4.tcp_fin_timeout=nan", fin);
        row("set below", "set", "net.ipv4.tcp_fin_timeout=0", fin + QStringList{QStringLiteral("out of range")});
        row("set above", "set", "net.ipv4.tcp_fin_timeout=601", fin + QStringList{QStringLiteral("(s)")});
        row("set negative", "set", "net.ipv4.tcp_fin_timeout=-1", fin);
        row("set overflow", "set", "net.ipv4.tcp_fin_timeout=99999999999999999999", fin);
        row("set int64 min", "set", "net.ipv4.tcp_max_tw_buckets=-9223372036854775808", {QStringLiteral("net.ipv4.tcp_max_tw_buckets"), QStringLiteral("0..16777216")});
        row("set non-UTF-8", "set", "net.ipv4.tcp_fin_timeout=\xc3\x28", fin);
        row("set port range one", "set", "net.ipv4.ip_local_port_range=1000", {QStringLiteral("ip_local_port_range"), QStringLiteral("LOW HIGH")});
        row("set port range reversed", "set", "net.ipv4.ip_local_port_range=60000 1000", {QStringLiteral("ip_local_port_range"), QStringLiteral("low port")});
        row("set port range zero", "set", "net.ipv4.ip_local_port_range=0 100", {QStringLiteral("ip_local_port_range"), QStringLiteral("1..65535")});
        row("set port range text", "set", "net.ipv4.ip_local_port_range=a-b", {QStringLiteral("ip_local_port_range"), QStringLiteral("two integers")});
        row("set port range huge", "set", "net.ipv4.ip_local_port_range=1 65536", {QStringLiteral("ip_local_port_range"), QStringLiteral("1..65535")});
        // Times and probabilities.
        const QStringList delay = {QStringLiteral("--delay"), QStringLiteral("between")};
        row("delay empty", "delay", "", delay);
        row("delay text", "delay", "fast", delay);
        row("delay zero", "delay", "0", delay);
        row("delay negative", "delay", "-0.001", delay);
        row("delay above", "delay", "0.6", delay);
        row("delay NaN", "delay", "nan", delay);
        row("delay inf", "delay", "inf", delay);
        row("delay overflow", "delay", "1e309", delay);
        row("delay comma", "delay", "0,5", delay);
        row("delay unit", "delay", "5ms", delay);
        row("jitter negative", "jitter", "-1", {QStringLiteral("--jitter"), QStringLiteral("between")});
        row("jitter NaN", "jitter", "nan", {QStringLiteral("--jitter")});
        const QStringList loss = {QStringLiteral("--loss"), QStringLiteral("probability between 0 and 1")};
        row("loss above one", "loss", "1.5", loss);
        row("loss negative", "loss", "-0.1", loss);
        row("loss NaN", "loss", "nan", loss);
        row("loss percent", "loss", "50%", loss);
        row("loss-c2s above", "loss-c2s", "2", {QStringLiteral("--loss-c2s"), QStringLiteral("between 0 and 1")});
        row("loss-s2c text", "loss-s2c", "half", {QStringLiteral("--loss-s2c"), QStringLiteral("between 0 and 1")});
        row("duplicate inf", "duplicate", "inf", {QStringLiteral("--duplicate"), QStringLiteral("between 0 and 1")});
        const QStringList seed = {QStringLiteral("--seed"), QStringLiteral("non-negative integer")};
        row("seed negative", "seed", "-1", seed);
        row("seed fraction", "seed", "1.5", seed);
        row("seed overflow", "seed", "18446744073709551616", seed);
        row("seed empty", "seed", "", seed);
        const QStringList until = {QStringLiteral("--until"), QStringLiteral("between")};
        row("until zero", "until", "0", until);
        row("until negative", "until", "-1", until);
        row("until above", "until", "2592001", until);
        row("until NaN", "until", "nan", until);
        const QStringList budget = {QStringLiteral("--budget"), QStringLiteral("between 1 and 1000000000")};
        row("budget zero", "budget", "0", budget);
        row("budget negative", "budget", "-5", budget);
        row("budget above", "budget", "1000000001", budget);
        row("budget text", "budget", "lots", budget);
        row("opt no equals", "opt", "server_close_delay", {QStringLiteral("--opt"), QStringLiteral("KEY=VALUE")});
        row("opt no key", "opt", "=1", {QStringLiteral("--opt"), QStringLiteral("KEY=VALUE")});
        row("unknown option", "speed", "1", {QStringLiteral("unknown option --speed")});
    }

    void runOptionRefused()
    {
        QFETCH(QString, name);
        QFETCH(std::string, value);
        QFETCH(QStringList, mentions);
        RunConfig config = nonDefaultConfig();
        const RunConfig before = config;
        const auto err = applyRunOption(config, name.toStdString(), value);
        QVERIFY2(err.has_value(), "accepted");
        checkMessage(*err, mentions);
        QVERIFY2(config == before, "the config changed");
        // The parsers behind the options, called directly, agree.
        if (name == QLatin1String("drop")) {
            DropRule r;
            r.n = 4242;
            QVERIFY(parseDropRule(value, r).has_value());
            QCOMPARE(r.n, 4242);
        } else if (name == QLatin1String("set")) {
            Sysctls s;
            s.set(SysctlId::TcpFinTimeout, 33);
            const Sysctls sb = s;
            QVERIFY(s.setFromText(value).has_value());
            QVERIFY(s == sb);
        }
    }

    void scenarioOptionRefused_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QStringList>("mentions");
        auto row = [](const char *scenario, const char *option, QStringList mentions) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(scenario), QLatin1String(option))))
                << QString::fromLatin1(scenario) << QString::fromLatin1(option) << mentions;
        };
        const QStringList delay = {QStringLiteral("server_close_delay"), QStringLiteral("seconds >= 0")};
        row("normal_close", "server_close_delay=abc", delay);
        row("normal_close", "server_close_delay=-1", delay);
        row("normal_close", "server_close_delay=nan", delay);
        row("normal_close", "server_close_delay=inf", delay);
        row("normal_close", "server_close_delay=7201", delay);
        row("normal_close", "server_close_delay=", delay);
        row("normal_close", "server_close_delay=1e999", delay);
        row("normal_close", "nosuch=1", {QStringLiteral("nosuch"), QStringLiteral("it takes: server_close_delay")});
        row("fin_ack_combined", "mode=close", {QStringLiteral("mode"), QStringLiteral("it takes none")});
        row("simultaneous_close", "mode=bogus", {QStringLiteral("mode=bogus"), QStringLiteral("close|shutdown")});
        row("simultaneous_close", "mode=CLOSE", {QStringLiteral("close|shutdown")});
        row("fin_unacked", "server_close_at=0", {QStringLiteral("server_close_at"), QStringLiteral("seconds > 0")});
        row("last_ack_lost", "n=0", {QStringLiteral("n=0"), QStringLiteral("integer 1..20")});
        row("last_ack_lost", "n=1.5", {QStringLiteral("integer 1..20")});
        row("last_ack_lost", "n=21", {QStringLiteral("integer 1..20")});
        row("zero_window_fin_wait1", "rcvbuf=255", {QStringLiteral("rcvbuf"), QStringLiteral("bytes 256..1048576")});
        row("zero_window_fin_wait1", "rcvbuf=\xff", {QStringLiteral("bytes 256..1048576")});
        row("so_reuseaddr_restart", "reuseaddr=yes", {QStringLiteral("0|1")});
    }

    void scenarioOptionRefused()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, option);
        QFETCH(QStringList, mentions);
        RunConfig config;
        config.scenario = scenario.toStdString();
        QVERIFY(!applyRunOption(config, "opt", option.toStdString()).has_value()); // --opt only splits K=V
        const auto err = validate(config);
        QVERIFY2(err.has_value(), "validated");
        checkMessage(*err, mentions);
    }

    void configFieldRefused_data()
    {
        // What the GUI or a future .closelab reader could put into a RunConfig without applyRunOption().
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown scenario") << 0 << QStringLiteral("unknown scenario");
        QTest::newRow("delay zero") << 1 << QStringLiteral("--delay");
        QTest::newRow("delay negative") << 2 << QStringLiteral("--delay");
        QTest::newRow("jitter negative") << 3 << QStringLiteral("--jitter");
        QTest::newRow("loss NaN") << 4 << QStringLiteral("--loss");
        QTest::newRow("duplicate above one") << 5 << QStringLiteral("--loss");
        QTest::newRow("until zero") << 6 << QStringLiteral("--until");
        QTest::newRow("until negative") << 7 << QStringLiteral("--until");
        QTest::newRow("scenario non-UTF-8") << 8 << QStringLiteral("unknown scenario");
    }

    void configFieldRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, mentions);
        RunConfig c;
        switch (field) {
        case 0: c.scenario = "normal-close"; break;
        case 1: c.network.delay = 0; break;
        case 2: c.network.delay = -kSec; break;
        case 3: c.network.jitter = -1; break;
        case 4: c.network.lossS2C = std::numeric_limits<double>::quiet_NaN(); break;
        case 5: c.network.duplicate = 1.0000001; break;
        case 6: c.until = 0; break;
        case 7: c.until = -5 * kSec; break;
        case 8: c.scenario = "\xc0\xaf"; break;
        }
        const auto err = validate(c);
        QVERIFY2(err.has_value(), "validated");
        checkMessage(*err, {mentions});
    }

    void cliUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        auto row = [](const char *label, QStringList args, const char *mentions) { QTest::newRow(label) << args << QString::fromUtf8(mentions); };
        const QString run = QStringLiteral("run"), nc = QStringLiteral("normal_close");
        row("no command", {}, "missing command");
        row("unknown command", {QStringLiteral("frobnicate")}, "unknown command 'frobnicate'");
        row("list with argument", {QStringLiteral("list"), QStringLiteral("x")}, "takes no argument");
        row("run without scenario", {run}, "missing SCENARIO");
        row("run unknown scenario", {run, QStringLiteral("nosuch")}, "unknown scenario 'nosuch'");
        row("run extra argument", {run, nc, QStringLiteral("extra")}, "unexpected argument 'extra'");
        row("unknown option", {run, nc, QStringLiteral("--nosuch")}, "nosuch");
        row("option without value", {run, nc, QStringLiteral("--set")}, "set");
        row("bad delay", {run, nc, QStringLiteral("--delay"), QStringLiteral("abc")}, "--delay");
        row("NaN loss", {run, nc, QStringLiteral("--loss"), QStringLiteral("nan")}, "--loss");
        row("huge seed", {run, nc, QStringLiteral("--seed"), QStringLiteral("99999999999999999999999")}, "--seed");
        row("negative until", {run, nc, QStringLiteral("--until"), QStringLiteral("-3")}, "--until");
        row("bad drop", {run, nc, QStringLiteral("--drop"), QStringLiteral("c2s:any:n=0")}, "n=K");
        row("bad set", {run, nc, QStringLiteral("--set"), QStringLiteral("net.ipv4.tcp_fin_timeout=0")}, "1..600");
        row("unknown set key", {run, nc, QStringLiteral("--set"), QStringLiteral("net.ipv4.nope=1")}, "unknown parameter");
        row("bad opt value", {run, nc, QStringLiteral("--opt"), QStringLiteral("server_close_delay=nan")}, "seconds >= 0");
        row("unknown opt", {run, nc, QStringLiteral("--opt"), QStringLiteral("mode=close")}, "has no such option");
        row("non-ASCII scenario", {run, QStringLiteral("挥手")}, "unknown scenario");
        row("second bad option wins nothing", {run, nc, QStringLiteral("--loss"), QStringLiteral("0.1"), QStringLiteral("--budget"), QStringLiteral("0")}, "--budget");
    }

    void cliUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QProcess p;
        p.start(QStringLiteral(CLOSELAB_CLI), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardOutput().isEmpty(), "printed a trace");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY2(err.startsWith(QLatin1String("closelab-cli: ")), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(QStringLiteral("'%1' does not mention '%2'").arg(err.trimmed(), mentions)));
    }
};

QTEST_APPLESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
