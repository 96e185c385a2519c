// SPDX-License-Identifier: GPL-3.0-or-later
//
// Restore after an unclean exit: a session's copy of its experiment (Autosave) survives a crash or a
// kill and comes back in the next window; a window closed normally leaves nothing to restore.

#include "app/autosave.h"
#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/recoverynote.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace closelab;

namespace {
RunConfig editedConfig()
{
    RunConfig c;
    c.scenario = "fin_unacked";
    c.options = {{"mode", "shutdown"}};
    (void)c.sysctls.setFromText("net.ipv4.tcp_orphan_retries=3");
    c.network.lossS2C = 0.25;
    c.seed = 77;
    return c;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

// A session that ended without closing its window: its copy in slot 0, no live lock.
void leaveCopy(const QString &directory, const Autosave::Snapshot &snapshot)
{
    QVERIFY(writeFile(directory + QStringLiteral("/0/session.json"), Autosave::toJson(snapshot)));
}

void answerDiscard(MainWindow &window)
{
    ExperimentMenus::Dialogs d;
    d.askToSave = [](const QString &) { return QMessageBox::Discard; };
    d.chooseFile = [](const ExperimentMenus::FileRequest &) { return QString(); };
    d.warn = [](const QString &, const QString &text) { qWarning("unexpected warning: %s", qPrintable(text)); };
    window.experimentMenus()->setDialogs(std::move(d));
}
} // namespace

class TestRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void snapshotJsonRoundTrip()
    {
        const Autosave::Snapshot s{editedConfig(), QStringLiteral("/home/me/a.closelab"), true};
        Autosave::Snapshot back;
        QCOMPARE(Autosave::fromJson(Autosave::toJson(s), back), QString());
        QVERIFY(back == s);
        QVERIFY(!Autosave::fromJson("{\"format\": \"closelab-experiment\"}", back).isEmpty());
        QVERIFY(!Autosave::fromJson(Autosave::toJson(s).left(100), back).isEmpty()); // truncated
    }

    void uncleanExitRestoresUnsavedWork()
    {
        QTemporaryDir dir;
        leaveCopy(dir.path(), {editedConfig(), QString(), true});
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        QVERIFY(window.controller()->config() == editedConfig());
        QVERIFY(window.experimentMenus()->isModified());
        QVERIFY(window.isWindowModified());
        // Announced in the status bar, where it stays until answered.
        RecoveryNote *note = window.recoveryNote();
        QVERIFY(note && !note->isHidden());
        QVERIFY(!window.statusBar()->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("unsaved experiment is restored")), qPrintable(note->text()));
        // Undo takes the restore back.
        QVERIFY(window.controller()->undoStack()->canUndo());
        window.experimentMenus()->undoAction()->trigger();
        QVERIFY(window.controller()->config() == RunConfig{});
        QVERIFY(note->isHidden());
    }

    void uncleanExitReopensASavedFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("kept.closelab"));
        leaveCopy(dir.path(), {editedConfig(), file, false});
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        QVERIFY(window.controller()->config() == editedConfig());
        QCOMPARE(window.experimentMenus()->currentFile(), file);
        QVERIFY(!window.experimentMenus()->isModified());
        QVERIFY(window.recoveryNote()->text().contains(QLatin1String("kept.closelab")));
    }

    void discardRecovered()
    {
        QTemporaryDir dir;
        leaveCopy(dir.path(), {editedConfig(), QString(), true});
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        window.recoveryNote()->discardButton()->click();
        QVERIFY(window.controller()->config() == RunConfig{});
        QVERIFY(!window.experimentMenus()->isModified());
        QVERIFY(window.recoveryNote()->isHidden());
        QVERIFY(window.statusBar()->isHidden());
        // Nothing left to come back: the discarded copy is replaced by "nothing".
        window.autosave()->flush();
        QVERIFY(!QFile::exists(window.autosave()->filePath()));
    }

    void sessionWithoutCloseComesBack()
    {
        QTemporaryDir dir;
        {
            MainWindow window(&m_languages);
            QVERIFY(!window.startAutosave(dir.path()));
            QVERIFY(window.autosave()->isActive());
            QCOMPARE(window.controller()->edit(editedConfig()), QString());
            window.autosave()->flush();
            QVERIFY(QFile::exists(window.autosave()->filePath()));
            // The window goes away without closing (as in a crash, the close event never comes).
        }
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        QVERIFY(window.controller()->config() == editedConfig());
        QVERIFY(window.experimentMenus()->isModified());
    }

    void staleLockOfAKilledProcess()
    {
        // A killed process leaves its lock file behind; a lock whose process is gone is stale.
        QTemporaryDir dir;
        leaveCopy(dir.path(), {editedConfig(), QString(), true});
        QProcess holder;
        holder.start(QStringLiteral(ATOMICSAVE_WRITER), {QStringLiteral("lock"), dir.filePath(QStringLiteral("0/lock"))});
        QVERIFY(holder.waitForStarted());
        while (!holder.canReadLine() && holder.state() == QProcess::Running)
            holder.waitForReadyRead(60000);
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        {
            // While it runs, the copy is its own.
            MainWindow window(&m_languages);
            QVERIFY(!window.startAutosave(dir.path()));
            QVERIFY(window.controller()->config() == RunConfig{});
        }
        holder.kill(); // SIGKILL: the lock file stays
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("0/lock"))));
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        QVERIFY(window.controller()->config() == editedConfig());
    }

    void cleanExitRestoresNothing()
    {
        QTemporaryDir dir;
        QString copy;
        {
            MainWindow window(&m_languages);
            answerDiscard(window);
            window.show();
            QVERIFY(!window.startAutosave(dir.path()));
            QCOMPARE(window.controller()->edit(editedConfig()), QString());
            window.autosave()->flush();
            copy = window.autosave()->filePath();
            QVERIFY(QFile::exists(copy));
            QVERIFY(window.close()); // "Save changes?" Discard: a normal end
            QVERIFY(!QFile::exists(copy));
        }
        MainWindow window(&m_languages);
        QVERIFY(!window.startAutosave(dir.path()));
        QVERIFY(window.controller()->config() == RunConfig{});
        QVERIFY(!window.experimentMenus()->isModified());
        QVERIFY(!window.recoveryNote());
    }

    void aCommandLineRunLeavesTheCopyForLater()
    {
        QTemporaryDir dir;
        leaveCopy(dir.path(), {editedConfig(), QString(), true});
        {
            MainWindow window(&m_languages);
            QVERIFY(!window.startAutosave(dir.path(), /*restore=*/false));
            QVERIFY(window.controller()->config() == RunConfig{});
            QCOMPARE(window.controller()->setScenario(QStringLiteral("half_close")), QString());
            window.autosave()->flush();
            QVERIFY(window.autosave()->filePath() != dir.path() + QStringLiteral("/0/session.json"));
        }
        MainWindow window(&m_languages);
        QVERIFY(window.startAutosave(dir.path()));
        // The copy left first (slot 0); the other one (half_close) stays for another start.
        QVERIFY(window.controller()->config() == editedConfig());
    }

    void twoWindowsKeepTwoCopies()
    {
        QTemporaryDir dir;
        MainWindow first(&m_languages);
        QVERIFY(!first.startAutosave(dir.path()));
        QCOMPARE(first.controller()->edit(editedConfig()), QString());
        first.autosave()->flush();
        // The second window does not take the copy of a window still open.
        MainWindow second(&m_languages);
        QVERIFY(!second.startAutosave(dir.path()));
        QVERIFY(second.controller()->config() == RunConfig{});
        QVERIFY(second.autosave()->filePath() != first.autosave()->filePath());
    }

    void writesAreDebounced()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        QVERIFY(!window.startAutosave(dir.path()));
        window.autosave()->setDelay(20);
        QSignalSpy written(window.autosave(), &Autosave::written);
        for (int retries = 1; retries <= 5; ++retries)
            QCOMPARE(window.controller()->applyRunOption(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_orphan_retries=%1").arg(retries)), QString());
        QTRY_COMPARE(written.count(), 1); // five edits, one write
        QCOMPARE(written.first().first().toString(), QString());
        Autosave::Snapshot s;
        QCOMPARE(Autosave::read(window.autosave()->filePath(), s), QString());
        QVERIFY(s.config == window.controller()->config());
        QVERIFY(s.modified);
        QCOMPARE(s.config.sysctls.get(SysctlId::TcpOrphanRetries), 5);
    }

    void anUntouchedExperimentLeavesNothing()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        QVERIFY(!window.startAutosave(dir.path()));
        QCOMPARE(window.controller()->setScenario(QStringLiteral("half_close")), QString());
        window.autosave()->flush();
        QVERIFY(QFile::exists(window.autosave()->filePath()));
        window.experimentMenus()->undoAction()->trigger();
        window.autosave()->flush();
        QVERIFY(!QFile::exists(window.autosave()->filePath()));
    }

private:
    LanguageSwitcher m_languages;
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
