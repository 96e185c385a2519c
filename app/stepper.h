// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/steppoints.h"
#include "core/trace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class Playhead;

/// The "Step by" choice (segments, state changes, every event) and the stops it gives the one
/// playhead: the keys (←/→), the playback toolbar and presentation mode all step through them.
/// The choice is remembered in QSettings under a key of its own per context: the normal window
/// (default: every event) and presentation mode (default: segments), see useSettingsKey().
class Stepper : public QObject
{
    Q_OBJECT

public:
    static const QString windowKey;        ///< "playback/stepBy"
    static const QString presentationKey;  ///< "presentation/stepBy"

    explicit Stepper(Playhead *playhead, QObject *parent = nullptr);

    closelab::StepBy stepBy() const { return m_stepBy; }
    const std::vector<closelab::StepPoint> &points() const { return m_points; }
    QString settingsKey() const { return m_key; }

    /// The run whose stops are given to the playhead (nullptr: none).
    void setTrace(std::shared_ptr<const closelab::Trace> trace);
    /// Reads the choice saved under `key` (its default when none) and saves later changes there.
    void useSettingsKey(const QString &key);
    /// The default of a settings key: segments for presentation mode, every event otherwise.
    static closelab::StepBy defaultFor(const QString &key);

public slots:
    void setStepBy(closelab::StepBy by);

signals:
    void stepByChanged(closelab::StepBy by);

private:
    void update();

    Playhead *m_playhead;
    std::shared_ptr<const closelab::Trace> m_trace;
    closelab::StepBy m_stepBy = closelab::StepBy::Events;
    QString m_key;
    std::vector<closelab::StepPoint> m_points;
};
