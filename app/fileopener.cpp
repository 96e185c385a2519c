// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/fileopener.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace {
const QString experimentSuffix = QStringLiteral("closelab");
const QString lessonSuffix = QStringLiteral("closelab-lesson");

// The first local file of a drag that CloseLab can open, or "".
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && FileOpener::kindOf(url.toLocalFile()) != FileOpener::Kind::Unsupported)
            return url.toLocalFile();
    }
    return {};
}
} // namespace

FileOpener::FileOpener(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

FileOpener::Kind FileOpener::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == experimentSuffix)
        return Kind::Experiment;
    if (suffix == lessonSuffix)
        return Kind::Lesson;
    return Kind::Unsupported;
}

QStringList FileOpener::suffixes()
{
    return {experimentSuffix, lessonSuffix};
}

QString FileOpener::checkPath(const QString &path)
{
    const QFileInfo info(path);
    if (kindOf(path) == Kind::Unsupported) {
        return tr("%1: not a file CloseLab opens (expected a name ending in .%2 or .%3)")
            .arg(path, experimentSuffix, lessonSuffix);
    }
    if (!info.exists())
        return tr("%1: no such file").arg(path);
    if (info.isDir())
        return tr("%1: is a folder, not a file").arg(path);
    if (!info.isReadable())
        return tr("%1: cannot be read (permission denied)").arg(path);
    return {};
}

void FileOpener::setHandler(Kind kind, Handler handler)
{
    switch (kind) {
    case Kind::Experiment:
        m_experiment = std::move(handler);
        break;
    case Kind::Lesson:
        m_lesson = std::move(handler);
        break;
    case Kind::Unsupported:
        break;
    }
}

QString FileOpener::open(const QString &path, bool quiet)
{
    QString error = checkPath(path);
    if (error.isEmpty()) {
        const Kind kind = kindOf(path);
        const Handler &handler = kind == Kind::Experiment ? m_experiment : m_lesson;
        if (handler)
            return handler(path, quiet); // the handler shows its own message
        error = tr("%1: this window cannot open such files").arg(path);
    }
    if (!quiet)
        QMessageBox::warning(m_window, tr("Open File"), error);
    return error;
}

bool FileOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!droppedFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedFile(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                // After the drop has finished: a refusal's message box must not run inside the drag.
                QMetaObject::invokeMethod(this, [this, path] { open(path); }, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
