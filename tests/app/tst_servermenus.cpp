// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import Server Snapshot… and View → This Machine: the import dialog keeps what was typed when
// nothing is understood, the Server Health window shows the findings of a captured snapshot, "Open
// scenario" and "Simulate this" change the main window's experiment, This Machine samples a /proc tree.
#include "app/experimentcontroller.h"
#include "app/mainwindow.h"
#include "app/languageswitcher.h"
#include "app/serverhealthwindow.h"
#include "app/serverimportdialog.h"
#include "app/servermenus.h"
#include "app/thismachinewindow.h"
#include "views/serverhealthview.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

std::string fixture(const QString &relative)
{
    QFile f(QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/data/server/") + relative);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().toStdString();
}

} // namespace

class TestServerMenus : public QObject {
    Q_OBJECT

private slots:
    void importDialogKeepsTextWhenNothingIsUnderstood()
    {
        ServerImportDialog dialog;
        dialog.pasteBox()->setPlainText(QStringLiteral("hello\nworld"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(dialog.pasteBox()->toPlainText(), QStringLiteral("hello\nworld"));
        // a terminal session pasted whole: one input per command
        dialog.pasteBox()->setPlainText(QStringLiteral("$ ss -tan\n") + QString::fromStdString(fixture(QStringLiteral("close_wait_leak/ss-tan.txt"))) +
                                        QStringLiteral("$ ulimit -n\n1024\n"));
        QCOMPARE(dialog.inputs().size(), std::size_t(2));
        const QStringList failed = dialog.addFiles({QStringLiteral("/nonexistent/ss.txt")});
        QCOMPARE(failed.size(), 1);
        QVERIFY(dialog.message().contains(QStringLiteral("ss.txt")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void healthWindowOpensTheScenarioAndSimulates()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        ServerMenus *menus = window.serverMenus();
        QVERIFY(menus->importAction() && menus->thisMachineAction());
        std::vector<std::pair<std::string, std::string>> inputs;
        for (const char *f : {"ss-tan.txt", "sysctl-a.txt", "nstat-az.txt"})
            inputs.emplace_back(f, fixture(QStringLiteral("port_exhaustion/") + QLatin1String(f)));
        ServerHealthWindow *health = menus->openSnapshot(inputs);
        QVERIFY(health);
        QCOMPARE(health->view()->findings().size(), std::size_t(1));
        QVERIFY(health->findChild<QFrame *>(QStringLiteral("finding_port_exhaustion_risk")));

        auto *open = health->findChild<QPushButton *>(QStringLiteral("open_port_exhaustion_risk"));
        QVERIFY(open);
        open->click();
        ExperimentController *c = window.controller();
        QCOMPARE(c->config().scenario, std::string("port_exhaustion"));
        QCOMPARE(c->config().sysctls.get(closelab::SysctlId::IpLocalPortRangeLow), 40000);
        QCOMPARE(c->config().sysctls.get(closelab::SysctlId::IpLocalPortRangeHigh), 40009);
        QVERIFY(c->waitForIdle());

        health->findChild<QPushButton *>(QStringLiteral("simulate_port_exhaustion_risk"))->click();
        QCOMPARE(c->config().scenario, std::string("population"));
        QCOMPARE(c->config().options.at("closer"), std::string("client"));
        QCOMPARE(c->config().sysctls.get(closelab::SysctlId::IpLocalPortRangeHigh), 40009);
        QVERIFY(c->waitForIdle());
        // undoable, like every edit
        QVERIFY(c->undoStack()->canUndo());
    }

    void thisMachineSamplesAProcTree()
    {
        QTemporaryDir proc;
        QDir(proc.path()).mkpath(QStringLiteral("net"));
        QDir(proc.path()).mkpath(QStringLiteral("sys/net/ipv4"));
        auto put = [&](const QString &path, const std::string &text) {
            QFile f(proc.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.data(), qint64(text.size()));
        };
        put(QStringLiteral("net/tcp"), fixture(QStringLiteral("close_wait_leak/proc-net-tcp.txt")));
        put(QStringLiteral("net/tcp6"), fixture(QStringLiteral("close_wait_leak/proc-net-tcp6.txt")));
        put(QStringLiteral("net/netstat"), fixture(QStringLiteral("close_wait_leak/proc-net-netstat.txt")));
        put(QStringLiteral("net/snmp"), fixture(QStringLiteral("close_wait_leak/proc-net-snmp.txt")));
        put(QStringLiteral("net/sockstat"), fixture(QStringLiteral("close_wait_leak/proc-net-sockstat.txt")));
        put(QStringLiteral("sys/net/ipv4/tcp_fin_timeout"), "30\n");
        ThisMachineWindow w(nullptr, nullptr, proc.path().toStdString());
        w.sampleNow(0);
        w.sampleNow(1);
        QCOMPARE(w.samples().size(), 2);
        QCOMPARE(w.samples().at(1).states.at("CLOSE_WAIT"), 10);
        QCOMPARE(w.view()->snapshot().sysctl("net.ipv4.tcp_fin_timeout").value_or(""), std::string("30"));
        QCOMPARE(w.view()->findings().at(0).code, std::string("close_wait_leak"));
    }
};

QTEST_MAIN(TestServerMenus)
#include "tst_servermenus.moc"
