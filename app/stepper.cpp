// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stepper.h"

#include "app/playhead.h"

#include <QSettings>

const QString Stepper::windowKey = QStringLiteral("playback/stepBy");
const QString Stepper::presentationKey = QStringLiteral("presentation/stepBy");

Stepper::Stepper(Playhead *playhead, QObject *parent)
    : QObject(parent)
    , m_playhead(playhead)
{
}

closelab::StepBy Stepper::defaultFor(const QString &key)
{
    return key == presentationKey ? closelab::StepBy::Segments : closelab::StepBy::Events;
}

void Stepper::setTrace(std::shared_ptr<const closelab::Trace> trace)
{
    m_trace = std::move(trace);
    update();
}

void Stepper::useSettingsKey(const QString &key)
{
    m_key = key;
    const QString saved = QSettings().value(key).toString();
    const auto by = closelab::stepByFromName(saved.toStdString());
    const closelab::StepBy chosen = by.value_or(defaultFor(key));
    if (chosen == m_stepBy) {
        update();
        return;
    }
    m_stepBy = chosen;
    update();
    emit stepByChanged(m_stepBy);
}

void Stepper::setStepBy(closelab::StepBy by)
{
    if (!m_key.isEmpty())
        QSettings().setValue(m_key, QString::fromUtf8(closelab::stepByName(by).data(), qsizetype(closelab::stepByName(by).size())));
    if (by == m_stepBy)
        return;
    m_stepBy = by;
    update();
    emit stepByChanged(m_stepBy);
}

void Stepper::update()
{
    m_points = m_trace ? closelab::stepPoints(*m_trace, m_stepBy) : std::vector<closelab::StepPoint>{};
    QList<qint64> times;
    times.reserve(qsizetype(m_points.size()));
    for (const closelab::StepPoint &p : m_points)
        times << p.t;
    if (m_trace)
        m_playhead->setStepTimes(std::move(times));
}
