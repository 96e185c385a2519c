// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/serverimportdialog.h"

#include "core/server/snapshotreader.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxFileBytes = qint64(512) << 20;
}

ServerImportDialog::ServerImportDialog(QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_paste(new QPlainTextEdit(this)),
      m_addFiles(new QPushButton(this)),
      m_files(new QListWidget(this)),
      m_idleLabel(new QLabel(this)),
      m_idle(new QDoubleSpinBox(this)),
      m_message(new QLabel(this)),
      m_diagnose(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("serverImportDialog"));
    m_intro->setWordWrap(true);
    m_paste->setObjectName(QStringLiteral("pasteBox"));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_paste->setFont(mono);
    m_files->setMaximumHeight(fontMetrics().height() * 5);
    m_idle->setRange(0, 86400);
    m_idle->setDecimals(0);
    m_idle->setObjectName(QStringLiteral("idleTimeout"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_diagnose->setDefault(true);
    m_diagnose->setObjectName(QStringLiteral("diagnoseButton"));

    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addWidget(m_addFiles, 0, Qt::AlignTop);
    auto *idle = new QHBoxLayout;
    idle->addWidget(m_idleLabel);
    idle->addWidget(m_idle);
    idle->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_diagnose, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_paste, 1);
    layout->addLayout(files);
    layout->addLayout(idle);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerImportDialog::reject);
    connect(m_addFiles, &QPushButton::clicked, this, &ServerImportDialog::chooseFiles);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    retranslateUi();
}

std::vector<std::pair<std::string, std::string>> ServerImportDialog::inputs() const
{
    auto out = m_fileInputs;
    for (auto &piece : closelab::server::splitPaste(m_paste->toPlainText().toStdString(), tr("pasted text").toStdString()))
        out.push_back(std::move(piece));
    return out;
}

closelab::server::DiagnosisOptions ServerImportDialog::options() const
{
    closelab::server::DiagnosisOptions o;
    if (m_idle->value() > 0) o.middleboxIdleTimeout = m_idle->value();
    return o;
}

QStringList ServerImportDialog::addFiles(const QStringList &paths)
{
    QStringList failed;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            failed << tr("%1: %2").arg(QFileInfo(path).fileName(), f.errorString());
            continue;
        }
        const QByteArray data = f.read(kMaxFileBytes);
        m_fileInputs.emplace_back(QFileInfo(path).fileName().toStdString(), data.toStdString());
        m_files->addItem(QFileInfo(path).fileName());
    }
    m_message->setText(failed.isEmpty() ? QString() : tr("Could not read: %1").arg(failed.join(QStringLiteral("; "))));
    return failed;
}

QString ServerImportDialog::message() const { return m_message->text(); }

void ServerImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Choose ss, netstat, nstat, /proc/net or sysctl output"));
    if (!paths.isEmpty()) addFiles(paths);
}

void ServerImportDialog::accept()
{
    closelab::server::SnapshotReader reader;
    std::int64_t understood = 0;
    for (const auto &[name, text] : inputs()) {
        const auto &in = reader.add(name, text);
        understood += in.lines - in.unrecognised;
    }
    if (understood == 0) {
        m_message->setText(inputs().empty()
                               ? tr("Paste some text or add a file first.")
                               : tr("Nothing here was understood. Expected the output of ss -tan, ss -s, netstat -s, nstat -az, "
                                    "cat /proc/net/sockstat (netstat, snmp, tcp), sysctl -a, ulimit -n or dmesg."));
        return;
    }
    QDialog::accept();
}

void ServerImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void ServerImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Server Snapshot"));
    m_intro->setText(tr("Paste what the server printed, several commands one after another (their prompts separate them), "
                        "or add files: ss -tan (or -tano), ss -ltn, ss -s, netstat -ant, netstat -s, nstat -az, "
                        "/proc/net/sockstat, /proc/net/netstat, /proc/net/snmp, /proc/net/tcp and tcp6, sysctl -a, "
                        "ulimit -n, dmesg. Lines that are not understood are counted and shown, never fatal."));
    m_paste->setPlaceholderText(tr("$ ss -tan\nState      Recv-Q Send-Q Local Address:Port Peer Address:Port\n…"));
    m_addFiles->setText(tr("Add Files…"));
    m_idleLabel->setText(tr("Idle timeout of a load balancer, NAT or firewall in front (s, 0: none):"));
    m_diagnose->setText(tr("Diagnose"));
    m_cancel->setText(tr("Cancel"));
}
