// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class ExperimentController;
class ExperimentMenus;
class QLockFile;
class QTimer;

/// Keeps a copy of the current experiment on disk while CloseLab runs, so a crash, a kill or a
/// power cut loses at most the last moments of editing.
///
/// Each running instance claims a slot, a folder under directory() guarded by a QLockFile (a
/// second window gets the next slot). A change of the experiment, its file or its saved state
/// schedules a write (debounced by delay()); the write is atomic (QSaveFile). The copy outlives
/// the process: only finish(), called when the window closes after the unsaved-changes question,
/// removes it. So a copy found by start() belongs to a session that did not end normally.
class Autosave : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 1500;
    /// Instances that may run at once, each with its own copy.
    static constexpr int slotCount = 8;

    /// What a session leaves behind: the experiment, its file ("" if never saved) and whether it
    /// had changes not saved to that file.
    struct Snapshot {
        closelab::RunConfig config;
        QString file;
        bool modified = false;
        bool operator==(const Snapshot &) const = default;
    };

    Autosave(ExperimentController *controller, ExperimentMenus *menus, QObject *parent = nullptr);
    ~Autosave() override;

    /// <AppDataLocation>/autosave.
    static QString defaultDirectory();

    /// Claims a slot under `directory`. With `takeOver`, a slot left by a session that did not end
    /// normally is preferred and its snapshot returned (the caller restores it; this session's
    /// copy replaces it from the next write). Without, such slots are left for a later start.
    /// nullopt when there is nothing to recover or no slot is free (then nothing is written).
    std::optional<Snapshot> start(const QString &directory, bool takeOver = true);
    bool isActive() const { return m_lock != nullptr; }
    /// The copy of this session ("" before start()).
    QString filePath() const;
    void setDelay(int milliseconds);

    /// Writes now if a write is pending.
    void flush();
    /// The session ends normally (the user saved or chose Discard): the copy and the slot go.
    void finish();

    static QByteArray toJson(const Snapshot &snapshot);
    /// "" on success (then `out` is set), else the reason.
    static QString fromJson(const QByteArray &data, Snapshot &out);
    static QString read(const QString &path, Snapshot &out);

signals:
    /// After each write; `error` is "" on success.
    void written(const QString &error);

private:
    void schedule();
    void write();

    QPointer<ExperimentController> m_controller;
    QPointer<ExperimentMenus> m_menus;
    QTimer *m_timer;
    QString m_slot;
    std::unique_ptr<QLockFile> m_lock;
};
