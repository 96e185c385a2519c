// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/autosave.h"

#include "app/experimentcontroller.h"
#include "app/experimentfile.h"
#include "app/experimentmenus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("Autosave", source);
}

const QString kFormat = QStringLiteral("closelab-autosave");
constexpr int kVersion = 1;
const QString kSessionFile = QStringLiteral("session.json");
const QString kLockFile = QStringLiteral("lock");
} // namespace

Autosave::Autosave(ExperimentController *controller, ExperimentMenus *menus, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_menus(menus)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::write);
    connect(controller, &ExperimentController::configChanged, this, &Autosave::schedule);
    connect(controller->undoStack(), &QUndoStack::cleanChanged, this, &Autosave::schedule);
    connect(menus, &ExperimentMenus::currentFileChanged, this, &Autosave::schedule);
    // Quitting without closing the window (the session manager, QApplication::quit) keeps the
    // copy, up to date: the next start offers it.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Autosave::flush);
}

Autosave::~Autosave()
{
    flush();
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

std::optional<Autosave::Snapshot> Autosave::start(const QString &directory, bool takeOver)
{
    if (m_lock)
        return std::nullopt;
    QStringList leftovers, empty;
    for (int i = 0; i < slotCount; ++i) {
        const QString slot = directory + QLatin1Char('/') + QString::number(i);
        (QFile::exists(slot + QLatin1Char('/') + kSessionFile) ? leftovers : empty) << slot;
    }
    // A leftover's lock tells a crashed session (its process is gone: the lock is stale) from a
    // window still open in another instance (tryLock fails).
    const QStringList order = takeOver ? leftovers + empty : empty;
    for (const QString &slot : order) {
        if (!QDir().mkpath(slot))
            continue;
        auto lock = std::make_unique<QLockFile>(slot + QLatin1Char('/') + kLockFile);
        lock->setStaleLockTime(0); // stale only when its process is gone, however long it has run
        if (!lock->tryLock(0))
            continue;
        m_lock = std::move(lock);
        m_slot = slot;
        break;
    }
    if (!m_lock || !leftovers.contains(m_slot))
        return std::nullopt;
    Snapshot snapshot;
    if (const QString error = read(filePath(), snapshot); !error.isEmpty()) {
        qWarning("Autosave: ignoring %s: %s", qPrintable(filePath()), qPrintable(error));
        return std::nullopt;
    }
    return snapshot;
}

QString Autosave::filePath() const
{
    return m_slot.isEmpty() ? QString() : m_slot + QLatin1Char('/') + kSessionFile;
}

void Autosave::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void Autosave::schedule()
{
    if (m_lock)
        m_timer->start();
}

void Autosave::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        write();
    }
}

void Autosave::write()
{
    if (!m_lock || !m_controller || !m_menus)
        return;
    const Snapshot snapshot{m_controller->config(), m_menus->currentFile(), m_menus->isModified()};
    QString error;
    if (!snapshot.modified && snapshot.file.isEmpty() && snapshot.config == closelab::RunConfig{}) {
        // A new, untouched experiment: nothing to recover.
        if (QFile::exists(filePath()) && !QFile::remove(filePath()))
            error = tr_(QT_TRANSLATE_NOOP("Autosave", "cannot remove %1")).arg(filePath());
    } else {
        QSaveFile file(filePath());
        if (!file.open(QIODevice::WriteOnly) || file.write(toJson(snapshot)) < 0 || !file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty())
        qWarning("Autosave: %s", qPrintable(error));
    emit written(error);
}

void Autosave::finish()
{
    m_timer->stop();
    if (!m_lock)
        return;
    QFile::remove(filePath());
    m_lock->unlock();
    m_lock.reset();
    QDir().rmdir(m_slot);
    m_slot.clear();
}

QByteArray Autosave::toJson(const Snapshot &snapshot)
{
    const QJsonObject experiment = QJsonDocument::fromJson(ExperimentFile::toJson(snapshot.config)).object();
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("file"), snapshot.file},
                           {QStringLiteral("modified"), snapshot.modified},
                           {QStringLiteral("experiment"), experiment}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Autosave::fromJson(const QByteArray &data, Snapshot &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return parseError.errorString();
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat || root.value(QStringLiteral("version")).toInt() != kVersion
        || !root.value(QStringLiteral("experiment")).isObject())
        return tr_(QT_TRANSLATE_NOOP("Autosave", "not a CloseLab autosave"));
    Snapshot s;
    if (QString error = ExperimentFile::fromJson(QJsonDocument(root.value(QStringLiteral("experiment")).toObject()).toJson(), s.config);
        !error.isEmpty())
        return error;
    s.file = root.value(QStringLiteral("file")).toString();
    s.modified = root.value(QStringLiteral("modified")).toBool();
    out = std::move(s);
    return {};
}

QString Autosave::read(const QString &path, Snapshot &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    return fromJson(file.readAll(), out);
}
