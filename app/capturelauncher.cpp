// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturelauncher.h"

#include "app/captureview.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/replaylauncher.h"
#include "app/zoomcontroller.h"
#include "core/capture/capturetrace.h"
#include "core/capture/pcapreader.h"

#include <QAction>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace closelab;

namespace {

struct Reading {
    std::atomic<bool> cancel{false};
    std::atomic<quint64> done{0};
    std::atomic<quint64> size{1};
    capture::ReadResult result;
    std::shared_ptr<CaptureData> data;
};

void readInto(Reading &r, const QString &path)
{
    capture::ReadOptions options;
    options.cancel = &r.cancel;
    options.progress = [&r](std::uint64_t done, std::uint64_t size) {
        r.done = done;
        r.size = std::max<std::uint64_t>(size, 1);
    };
    r.result = capture::readCapture(path.toStdString(), options);
    if (r.result.error != capture::ReadError::None) return;
    r.data = std::make_shared<CaptureData>();
    r.data->connections = capture::explainConnections(r.result.index);
    r.data->index = std::move(r.result.index);
}

// The connection shown first: the first one with a finding or an RST, else the first.
quint32 firstWorthSeeing(const CaptureData &data)
{
    for (const capture::Connection &c : data.connections)
        if (!c.findings.empty() || !c.rsts.empty()) return c.id;
    return 0;
}

} // namespace

CaptureLauncher::CaptureLauncher(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(this))
    , m_replay(new ReplayLauncher(this, window))
{
    m_action->setObjectName(QStringLiteral("openCaptureAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_action, &QAction::triggered, this, &CaptureLauncher::openDialog);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    retranslate();
}

bool CaptureLauncher::isCaptureFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pcap") || suffix == QLatin1String("pcapng") || suffix == QLatin1String("cap");
}

QString CaptureLauncher::errorText(const QString &path, int error, const QString &detail)
{
    switch (capture::ReadError(error)) {
    case capture::ReadError::CannotOpen: return tr("Cannot open %1: %2").arg(path, detail);
    case capture::ReadError::NotACapture: return tr("%1 is not a pcap or pcapng capture.").arg(path);
    case capture::ReadError::Empty: return tr("%1 is empty: there is nothing to explain.").arg(path);
    case capture::ReadError::UnknownLinkType: return tr("%1 uses a link type CloseLab cannot read (%2).").arg(path, detail);
    case capture::ReadError::Cancelled: return tr("Reading %1 was cancelled.").arg(path);
    case capture::ReadError::None: break;
    }
    return {};
}

void CaptureLauncher::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Capture"), QString(),
                                                      tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

void CaptureLauncher::openFile(const QString &path)
{
    auto reading = std::make_shared<Reading>();
    auto *progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, reading] {
        progress->setValue(int(reading->done * 1000 / std::max<quint64>(reading->size, 1)));
    });
    connect(progress, &QProgressDialog::canceled, progress, [reading] { reading->cancel = true; });
    timer->start(100);
    QThread *worker = QThread::create([reading, path] { readInto(*reading, path); });
    connect(worker, &QThread::finished, this, [this, worker, reading, progress, path] {
        worker->deleteLater();
        progress->close();
        if (reading->result.error == capture::ReadError::Cancelled) return;
        if (!reading->data) {
            QMessageBox::warning(m_window, tr("Open Capture"),
                                 errorText(path, int(reading->result.error), QString::fromStdString(reading->result.message)));
            return;
        }
        show(reading->data, firstWorthSeeing(*reading->data));
        if (reading->data->index.truncated)
            QMessageBox::information(m_window, tr("Open Capture"),
                                     tr("%1 ends in the middle of a packet: it is explained up to where it ends.").arg(path));
    });
    worker->start();
}

QString CaptureLauncher::openNow(const QString &path, std::optional<quint32> connection)
{
    Reading reading;
    readInto(reading, path);
    if (!reading.data) return errorText(path, int(reading.result.error), QString::fromStdString(reading.result.message));
    if (connection && !reading.data->connections.empty() && *connection >= reading.data->connections.size())
        return tr("%1 has no connection %2 (it has %3).").arg(path).arg(*connection).arg(reading.data->connections.size());
    show(reading.data, connection.value_or(firstWorthSeeing(*reading.data)));
    return {};
}

void CaptureLauncher::show(std::shared_ptr<const CaptureData> capture, quint32 connection)
{
    m_capture = std::move(capture);
    if (!m_dock) {
        m_dock = new QDockWidget(m_window);
        m_dock->setObjectName(QStringLiteral("captureDock"));
        m_view = new CaptureView(m_dock);
        m_dock->setWidget(m_view);
        m_window->addPanelDock(m_dock);
        connect(m_view, &CaptureView::connectionChosen, this, &CaptureLauncher::choose);
        // The panel follows the window's zoom from its first frame.
        m_view->setZoom(m_window->zoomController()->factor());
        connect(m_window->zoomController(), &ZoomController::factorChanged, m_view, &CaptureView::setZoom);
        retranslate();
    }
    m_dock->show();
    m_dock->raise();
    m_view->setCapture(m_capture);
    if (!m_capture->connections.empty()) m_view->choose(connection);
}

void CaptureLauncher::choose(quint32 id)
{
    if (!m_capture || id >= m_capture->connections.size()) return;
    auto trace = std::make_shared<Trace>(capture::connectionTrace(m_capture->index, m_capture->connections[id]));
    m_chosen = id;
    m_replay->setAvailable(true);
    m_window->setTrace(trace);
    m_window->playhead()->seek(trace->end);
}

bool CaptureLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drop->mimeData() ? drop->mimeData()->urls() : QList<QUrl>();
        if (urls.size() == 1 && urls.front().isLocalFile() && isCaptureFile(urls.front().toLocalFile())) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop) openFile(urls.front().toLocalFile());
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void CaptureLauncher::retranslate()
{
    m_action->setText(tr("Open &Capture…"));
    m_action->setStatusTip(tr("Read a pcap or pcapng capture and explain each TCP connection in it"));
    if (m_dock) m_dock->setWindowTitle(tr("Capture"));
}
