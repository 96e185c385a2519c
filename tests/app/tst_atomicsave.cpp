// SPDX-License-Identifier: GPL-3.0-or-later
//
// ExperimentFile::save under kill -9: a child process (atomicsavewriter) saves large experiments to
// one path over and over; the test kills it with SIGKILL at random moments. After every kill the
// file must be a whole experiment, the last one the child reported saved or the one it was saving,
// never a mix or a truncated file.
//
// QSaveFile writes to a temporary file and renames it over the path on commit. On Linux the
// temporary is usually unnamed (O_TMPFILE), so a kill leaves nothing; where it is named
// (PATH.XXXXXX) a kill can leave one behind. Such leftovers never break loading the path, and at
// most one per kill may appear.

#include "app/experimentfile.h"
#include "tests/app/atomicsaveconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace closelab;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The numbers the writer printed, one a line: the generations it has saved.
void readSaved(QProcess &writer, QByteArray &pending, quint64 &lastSaved, int &savedCount)
{
    pending += writer.readAllStandardOutput();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        bool ok = false;
        const quint64 generation = pending.left(newline).toULongLong(&ok);
        pending.remove(0, newline + 1);
        QVERIFY(ok);
        QCOMPARE(generation, lastSaved + 1);
        lastSaved = generation;
        ++savedCount;
    }
}
} // namespace

class TestAtomicSave : public QObject {
    Q_OBJECT

private slots:
    void killedWriterLeavesAWholeFile()
    {
        constexpr int kRounds = 20;
        // A different sequence of moments each run; the seed is printed to replay a failure.
        const quint32 seed = qEnvironmentVariableIsSet("CLOSELAB_ATOMICSAVE_SEED")
            ? quint32(qEnvironmentVariableIntValue("CLOSELAB_ATOMICSAVE_SEED")) : QRandomGenerator::global()->generate();
        qInfo("seed %u (CLOSELAB_ATOMICSAVE_SEED replays it)", seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("experiment.closelab"));
        quint64 onDisk = 0; // the generation in the file
        QCOMPARE(ExperimentFile::save(path, atomicSaveConfig(onDisk)), QString());
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size > 256 * 1024, qPrintable(QString::number(size)));

        int newer = 0; // kills after which the file held the generation being saved
        int midSave = 0; // kills that came before the child reported its first save of the round
        for (int round = 0; round < kRounds; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(ATOMICSAVE_WRITER),
                         {QStringLiteral("save"), path, QString::number(onDisk + 1)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            quint64 lastSaved = onDisk;
            int savedCount = 0;
            QByteArray pending;
            // Let it save 0 to 3 experiments, then kill it somewhere in the next one.
            const int wanted = int(random.bounded(4));
            while (savedCount < wanted) {
                QVERIFY2(writer.state() == QProcess::Running, "the writer stopped by itself");
                writer.waitForReadyRead(60000);
                readSaved(writer, pending, lastSaved, savedCount);
                if (QTest::currentTestFailed())
                    return;
            }
            QThread::usleep(random.bounded(30000u)); // the random moment (no result depends on it)
            writer.kill();
            QVERIFY(writer.waitForFinished(60000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            readSaved(writer, pending, lastSaved, savedCount);
            if (QTest::currentTestFailed())
                return;
            if (savedCount == 0)
                ++midSave;

            // A whole experiment: the last reported, or the one in progress whose rename came
            // before the report; byte for byte what ExperimentFile writes for it.
            RunConfig loaded;
            QCOMPARE(ExperimentFile::load(path, loaded), QString());
            QVERIFY2(loaded.seed == lastSaved || loaded.seed == lastSaved + 1,
                     qPrintable(QStringLiteral("round %1: file has generation %2, last saved %3").arg(round).arg(loaded.seed).arg(lastSaved)));
            QCOMPARE(readAll(path), ExperimentFile::toJson(atomicSaveConfig(loaded.seed)));
            QVERIFY(loaded == atomicSaveConfig(loaded.seed));
            newer += loaded.seed == lastSaved + 1 ? 1 : 0;
            onDisk = loaded.seed;
        }

        const QStringList others = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        QStringList leftovers = others;
        leftovers.removeAll(QStringLiteral("experiment.closelab"));
        qInfo("%d kills, file %lld bytes, last generation %llu; %d kills during the first save of a round, "
              "%d found the generation in progress already renamed; %lld temporary files left: %s",
              kRounds, size, static_cast<unsigned long long>(onDisk), midSave, newer, qlonglong(leftovers.size()),
              qPrintable(leftovers.join(QLatin1Char(' '))));
        QVERIFY(leftovers.size() <= kRounds);
        for (const QString &name : leftovers)
            QVERIFY2(name.startsWith(QLatin1String("experiment.closelab.")), qPrintable(name));
        // Leftovers do not disturb a later save or load.
        QCOMPARE(ExperimentFile::save(path, atomicSaveConfig(onDisk + 1)), QString());
        RunConfig last;
        QCOMPARE(ExperimentFile::load(path, last), QString());
        QCOMPARE(last.seed, onDisk + 1);
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
