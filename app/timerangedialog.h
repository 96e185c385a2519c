// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simtime.h"

#include <QDialog>

#include <optional>
#include <utility>

class QDoubleSpinBox;

/// Asks for a stretch of a run, in seconds, From ≤ To within [start, end] (File → Export →
/// Sequence Diagram, Time Range…).
class TimeRangeDialog : public QDialog
{
    Q_OBJECT

public:
    TimeRangeDialog(closelab::SimTime start, closelab::SimTime end, QWidget *parent = nullptr);
    std::pair<closelab::SimTime, closelab::SimTime> range() const;

    /// The chosen range, or nothing when cancelled.
    static std::optional<std::pair<closelab::SimTime, closelab::SimTime>> ask(QWidget *parent, closelab::SimTime start,
                                                                              closelab::SimTime end);

private:
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
};
