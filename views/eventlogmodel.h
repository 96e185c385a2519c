// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace closelab {

/// Every event on the trace's lifelines as a row: time, host, what. In a population's sample those
/// are the sample connection's (and its listener's) only, the connection the sequence diagram draws
/// (Trace::onLifelines); in any other trace, every event. Rows after the current time are greyed;
/// the current row (the last such event at or before t) is bold.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, HostColumn, WhatColumn, ColumnCount };

    explicit EventLogModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void setTime(SimTime t);
    /// The row of the last event at or before the current time, or -1.
    int currentRow() const { return m_current; }
    SimTime timeOfRow(int row) const;
    /// The index into Trace::events of a row's event, or -1.
    int eventOfRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads every text (after a language change).
    void retranslate();

    /// Rows whose items in `column` have, between them, every (text, font) that column's items
    /// have: what the column's widest item is found among (views/eventlogview.h). Time: the first
    /// row of each time (rows are in time order); Host: the first row of each host; both with the
    /// current row (bold). What: every row.
    std::vector<int> sizeSampleRows(int column) const;

private:
    int rowAt(SimTime t) const;

    std::shared_ptr<const Trace> m_trace;
    std::vector<int> m_rows; ///< index into m_trace->events of each row's event, in time order
    SimTime m_time = 0;
    int m_current = -1;
    /// formatClock() of each row's time, made when first asked (data() is asked for it on every
    /// paint and every measure of the Time column); empty strings until then.
    mutable std::vector<QString> m_clocks;
};

} // namespace closelab
