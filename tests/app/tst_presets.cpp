// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace closelab;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TestPresets : public QObject {
    Q_OBJECT
private slots:
    void machineValuesAreReadAndGapsNamed()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("net/ipv4/tcp_fin_timeout")), "30\n");
        writeFile(dir.filePath(QStringLiteral("net/ipv4/ip_local_port_range")), "1024\t65000\n");
        writeFile(dir.filePath(QStringLiteral("net/ipv4/tcp_max_tw_buckets")), "lots\n");
        const ParameterPreset p = thisMachinePreset(dir.path());
        RunConfig c;
        QVERIFY(!applyPreset(RunConfig{}, p, c));
        QCOMPARE(c.sysctls.get(SysctlId::TcpFinTimeout), 30);
        QCOMPARE(c.sysctls.get(SysctlId::IpLocalPortRangeLow), 1024);
        QCOMPARE(c.sysctls.get(SysctlId::IpLocalPortRangeHigh), 65000);
        QCOMPARE(c.sysctls.get(SysctlId::TcpMaxTwBuckets), 131072); // unreadable: left at the default
        const QString problems = p.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("net.ipv4.tcp_max_tw_buckets")), qPrintable(problems));
        QVERIFY(problems.contains(QStringLiteral("net.ipv4.tcp_orphan_retries")));
        QVERIFY(problems.contains(QStringLiteral("net.ipv4.tcp_tw_recycle")));
        QVERIFY(!problems.contains(QStringLiteral("net.ipv4.tcp_fin_timeout")));
    }

    void theRealMachineReadsWithoutError()
    {
        const ParameterPreset p = thisMachinePreset();
        RunConfig c;
        QVERIFY(!applyPreset(RunConfig{}, p, c));
        QVERIFY(!p.assignments.empty() || !p.problems.isEmpty());
    }

    // Each seed preset quotes its article: the values must still be there.
    void seedValuesComeFromTheSeeds()
    {
        const QDir seeds(QStringLiteral(CLOSELAB_SOURCE_DIR "/../shared/seeds"));
        if (!seeds.exists())
            QSKIP("the seed articles are not next to the repository");
        for (const ParameterPreset &preset : seedPresets()) {
            const QString number = preset.id.mid(4, 3);
            const QStringList files = seeds.entryList({number + QStringLiteral("_*.txt")});
            QCOMPARE(files.size(), 1);
            QFile f(seeds.filePath(files.first()));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY(preset.source.contains(QStringLiteral("seed ") + number));
            for (const auto &[key, value] : preset.assignments) {
                const QString shortKey = QString::fromStdString(key).section(QLatin1Char('.'), -1);
                QVERIFY2(text.contains(shortKey, Qt::CaseInsensitive), qPrintable(shortKey));
                const QString firstNumber = QString::fromStdString(value).section(QLatin1Char(' '), 0, 0);
                QVERIFY2(text.contains(firstNumber), qPrintable(shortKey + QLatin1Char('=') + firstNumber));
            }
        }
    }
};

QTEST_MAIN(TestPresets)
#include "tst_presets.moc"
