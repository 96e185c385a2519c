// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzer and hardening findings, replayed: every tests/fuzz/regressions/engine/*.args line is a
// closelab-cli command line that once broke an engine rule; it must now run clean.
#include "core/invariants.h"
#include "enginetest.h"

#include <QDir>
#include <QFile>

using namespace closelab;

class TestRegressions : public QObject {
    Q_OBJECT

private slots:
    void findingsStayFixed_data()
    {
        QTest::addColumn<QString>("line");
        const QDir dir(QStringLiteral(CLOSELAB_TEST_DATA "/../fuzz/regressions/engine"));
        const QStringList files = dir.entryList({QStringLiteral("*.args")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            int n = 0;
            for (const QByteArray &raw : f.readAll().split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
                QTest::newRow(qPrintable(QStringLiteral("%1:%2").arg(name).arg(++n))) << line;
            }
        }
    }

    void findingsStayFixed()
    {
        QFETCH(QString, line);
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(words.size() >= 2 && words[0] == QLatin1String("run"));
        RunConfig c;
        c.scenario = words[1].toStdString();
        for (int i = 2; i + 1 < words.size(); i += 2) {
            QVERIFY(words[i].startsWith(QLatin1String("--")));
            const auto err = applyRunOption(c, words[i].mid(2).toStdString(), words[i + 1].toStdString());
            QVERIFY2(!err, err ? err->c_str() : "");
        }
        QVERIFY(!validate(c));
        const Trace t = simulate(c);
        QCOMPARE(t.illegalTransitions, 0);
        const std::vector<std::string> problems = checkInvariants(c, t);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
    }
};

QTEST_APPLESS_MAIN(TestRegressions)
#include "tst_regressions.moc"
