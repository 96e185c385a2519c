// SPDX-License-Identifier: GPL-3.0-or-later
// Replays saved fuzz inputs through the fuzz targets' own bodies (tests/fuzz/fuzzinput.h and, for the
// .closelab reader, fuzzexperimentfile.h): every file in
// tests/fuzz/regressions/<target>/ (inputs that once broke something) and tests/fuzz/corpus/<target>/
// (the seed corpora). regressions/pending/ holds open findings and is not replayed.
#include "../fuzz/fuzzcapture.h"
#include "../fuzz/fuzzexperimentfile.h"
#include "../fuzz/fuzzinput.h"
#include "../fuzz/fuzzserversnapshot.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

using Target = closelabfuzz::Problem (*)(const std::uint8_t *, std::size_t);

Target targetFor(const QString &name)
{
    if (name == QLatin1String("droprule")) return closelabfuzz::fuzzDropRule;
    if (name == QLatin1String("sysctl")) return closelabfuzz::fuzzSysctl;
    if (name == QLatin1String("runoptions")) return closelabfuzz::fuzzRunOptions;
    if (name == QLatin1String("engine")) return closelabfuzz::fuzzEngine;
    if (name == QLatin1String("experimentfile")) return closelabfuzz::fuzzExperimentFile;
    if (name == QLatin1String("serversnapshot")) return closelabfuzz::fuzzServerSnapshot;
    if (name == QLatin1String("capture")) return closelabfuzz::fuzzCapture;
    return nullptr;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const char *root : {"regressions", "corpus"}) {
            const QDir dir(QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/fuzz/") + QLatin1String(root));
            for (const QString &target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                if (target == QLatin1String("pending")) continue;
                const QDir inputs(dir.filePath(target));
                for (const QString &file : inputs.entryList(QDir::Files, QDir::Name)) {
                    QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3").arg(QLatin1String(root), target, file)))
                        << target << inputs.filePath(file);
                    ++rows;
                }
            }
        }
        if (rows == 0) QTest::newRow("none") << QString() << QString();
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        if (path.isEmpty()) QSKIP("no saved fuzz inputs");
        const Target run = targetFor(target);
        QVERIFY2(run, qPrintable(QStringLiteral("unknown fuzz target folder '%1'").arg(target)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto problem = run(reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
        QVERIFY2(!problem, problem ? problem->c_str() : "");
    }

    // The pending folder documents every open finding it holds.
    void pendingIsDocumented()
    {
        const QDir pending(QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/fuzz/regressions/pending"));
        if (!pending.exists()) QSKIP("no pending findings");
        QFile readme(pending.filePath(QStringLiteral("README.md")));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        for (const QString &file : pending.entryList(QDir::Files)) {
            if (file != QLatin1String("README.md")) QVERIFY2(text.contains(file.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
