// SPDX-License-Identifier: GPL-3.0-or-later
// The sysctl table: defaults from a fresh 6.18 namespace, ranges, text parsing with clear messages.
#include "core/sysctltable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace closelab;

class TestSysctlTable : public QObject {
    Q_OBJECT

private slots:
    void defaultsMatchAFreshNamespace()
    {
        QFile f(QStringLiteral(CLOSELAB_TEST_DATA "/kernel/observations.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("experiments")).toArray().at(0).toObject();
        const QJsonObject ns = first.value(QStringLiteral("sysctls_in_netns")).toObject();
        int checked = 0;
        const Sysctls defaults;
        for (auto it = ns.begin(); it != ns.end(); ++it) {
            if (it.value().isNull()) continue; // not per namespace (tcp_max_orphans)
            if (sysctlRowsForKey(it.key().toStdString()).empty()) continue; // a sysctl the engine does not read
            QCOMPARE(QString::fromStdString(defaults.valueText(it.key().toStdString())), it.value().toString());
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void tableRowsAreWellFormed()
    {
        for (const SysctlInfo &i : sysctlTable()) {
            QVERIFY2(i.min <= i.defaultValue && i.defaultValue <= i.max, std::string(i.key).c_str());
            QVERIFY(!i.unit.empty());
            QCOMPARE(&sysctlInfo(i.id), &i);
        }
        QCOMPARE(sysctlRowsForKey("net.ipv4.ip_local_port_range").size(), std::size_t(2));
    }

    void setFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // a fragment of the message, or empty for success
        QTest::newRow("ok") << "net.ipv4.tcp_fin_timeout=5" << "";
        QTest::newRow("port range space") << "net.ipv4.ip_local_port_range=40000 40009" << "";
        QTest::newRow("port range dash") << "net.ipv4.ip_local_port_range=40000-40009" << "";
        QTest::newRow("no equals") << "net.ipv4.tcp_fin_timeout" << "KEY=VALUE";
        QTest::newRow("unknown key") << "net.ipv4.tcp_fin_timeoutt=5" << "unknown parameter 'net.ipv4.tcp_fin_timeoutt'";
        QTest::newRow("not a number") << "net.ipv4.tcp_fin_timeout=five" << "expected an integer in 1..600";
        QTest::newRow("out of range") << "net.ipv4.tcp_syncookies=3" << "out of range 0..2";
        QTest::newRow("negative") << "net.ipv4.tcp_retries2=-1" << "out of range";
        QTest::newRow("huge") << "net.ipv4.tcp_retries2=99999999999999999999" << "expected an integer";
        QTest::newRow("range reversed") << "net.ipv4.ip_local_port_range=5000 4000" << "must not exceed";
        QTest::newRow("range one value") << "net.ipv4.ip_local_port_range=5000" << "two integers";
    }

    void setFromText()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        Sysctls s;
        const Sysctls before = s;
        const auto err = s.setFromText(text.toStdString());
        if (error.isEmpty()) {
            QVERIFY2(!err, err ? err->c_str() : "");
            QVERIFY(!(s == before) || text.contains(QLatin1String("=60")));
        } else {
            QVERIFY(err.has_value());
            QVERIFY2(QString::fromStdString(*err).contains(error), err->c_str());
            QVERIFY(s == before); // nothing changed
        }
    }

    void portRangeIsTwoValues()
    {
        Sysctls s;
        QVERIFY(!s.setFromText("net.ipv4.ip_local_port_range=40000-40009"));
        QCOMPARE(s.get(SysctlId::IpLocalPortRangeLow), 40000);
        QCOMPARE(s.get(SysctlId::IpLocalPortRangeHigh), 40009);
        QCOMPARE(s.valueText("net.ipv4.ip_local_port_range"), std::string("40000 40009"));
    }
};

QTEST_APPLESS_MAIN(TestSysctlTable)
#include "tst_sysctltable.moc"
