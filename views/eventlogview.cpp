// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/eventlogview.h"

#include "views/eventlogmodel.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>

#include <algorithm>

namespace closelab {

int EventLogView::sizeHintForColumn(int column) const
{
    // QTableView::sizeHintForColumn() (Qt 6.4) measures the rows in and around the viewport, at most
    // resizeContentsPrecision() of them (0: those in view only; -1: all), skipping hidden rows, and
    // returns the widest delegate size hint (+1 with a grid). With no more rows than that, every row
    // counts, in whatever order: the widest of the sample rows is the widest of all.
    const auto *log = qobject_cast<const EventLogModel *>(model());
    const int precision = horizontalHeader()->resizeContentsPrecision();
    if (!log || (column != EventLogModel::TimeColumn && column != EventLogModel::HostColumn) || rootIndex().isValid() || wordWrap()
        || verticalHeader()->hiddenSectionCount() > 0 || precision == 0
        || (precision > 0 && log->rowCount() > precision))
        return QTableView::sizeHintForColumn(column);
    ensurePolished();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    // Qt also gives each item its rectangle: a delegate reads it only to wrap text (not done here).
    int hint = 0;
    for (const int row : log->sizeSampleRows(column)) {
        const QModelIndex index = log->index(row, column);
        hint = std::max(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return showGrid() ? hint + 1 : hint;
}

} // namespace closelab
