// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/eventlogmodel.h"

#include "views/codetexts.h"
#include "views/narration.h"
#include "views/palette.h"
#include "views/timeformat.h"

#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace closelab {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventLogModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_rows.clear();
    m_clocks.clear();
    if (m_trace) {
        m_rows.reserve(m_trace->events.size());
        for (std::size_t i = 0; i < m_trace->events.size(); ++i)
            if (m_trace->onLifelines(m_trace->events[i]))
                m_rows.push_back(int(i));
        m_clocks.resize(m_rows.size());
    }
    m_current = rowAt(m_time);
    endResetModel();
}

void EventLogModel::setTime(SimTime t)
{
    if (!m_trace) {
        m_time = t;
        return;
    }
    const int previous = m_current;
    m_time = t;
    m_current = rowAt(t);
    if (previous == m_current)
        return;
    const int first = std::max(0, std::min(previous, m_current));
    const int last = std::max(previous, m_current);
    emit dataChanged(index(first, 0), index(std::max(first, last), ColumnCount - 1), {Qt::FontRole, Qt::ForegroundRole});
}

int EventLogModel::rowAt(SimTime t) const
{
    if (!m_trace)
        return -1;
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), t,
                                     [this](SimTime v, int event) { return v < m_trace->events[std::size_t(event)].t; });
    return int(it - m_rows.begin()) - 1;
}

int EventLogModel::eventOfRow(int row) const
{
    return m_trace && row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)] : -1;
}

SimTime EventLogModel::timeOfRow(int row) const
{
    const int event = eventOfRow(row);
    return event < 0 ? m_time : m_trace->events[std::size_t(event)].t;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_trace ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    const int event = index.isValid() ? eventOfRow(index.row()) : -1;
    if (event < 0)
        return {};
    const TraceEvent &e = m_trace->events[std::size_t(event)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            QString &clock = m_clocks[std::size_t(index.row())];
            if (clock.isEmpty())
                clock = formatClock(e.t);
            return clock;
        }
        case HostColumn: return text::sideRole(e.host);
        case WhatColumn: return narrate(*m_trace, event).headline;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn) {
            const Narration n = narrate(*m_trace, event);
            return n.what;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.row() > m_current)
            return palette::mutedInk().lighter(140);
        if (index.column() == HostColumn)
            return palette::sideColor(e.host);
        return palette::ink();
    case Qt::FontRole:
        if (index.row() == m_current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return QCoreApplication::translate("EventLogModel", "Time");
    case HostColumn: return QCoreApplication::translate("EventLogModel", "Host");
    case WhatColumn:
        // A population's sample: the rows are one connection's of many, and the header says which.
        if (m_trace && m_trace->populationSample)
            return QCoreApplication::translate("EventLogModel", "What: connection #1");
        return QCoreApplication::translate("EventLogModel", "What");
    default: return {};
    }
}

std::vector<int> EventLogModel::sizeSampleRows(int column) const
{
    std::vector<int> rows;
    const int count = rowCount();
    if (column == WhatColumn) {
        rows.resize(std::size_t(count));
        for (int row = 0; row < count; ++row)
            rows[std::size_t(row)] = row;
        return rows;
    }
    // The text of a Time item is its event's time's, of a Host item its host's; the font is bold on
    // the current row only (data()).
    bool seenHost[2] = {false, false};
    for (int row = 0; row < count; ++row) {
        const TraceEvent &e = m_trace->events[std::size_t(m_rows[std::size_t(row)])];
        if (column == TimeColumn) {
            if (row == 0 || e.t != m_trace->events[std::size_t(m_rows[std::size_t(row - 1)])].t)
                rows.push_back(row);
        } else if (column == HostColumn) {
            bool &seen = seenHost[e.host == Side::Client ? 0 : 1];
            if (!seen)
                rows.push_back(row);
            seen = true;
        }
    }
    if (m_current >= 0 && m_current < count && (column == TimeColumn || column == HostColumn))
        rows.push_back(m_current);
    return rows;
}

void EventLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace closelab
