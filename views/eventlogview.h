// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace closelab {

/// The event log's table. Its Time and Host columns resize to their contents, and Qt's
/// QTableView::sizeHintForColumn() asks the delegate for every row's size on each resize of the
/// sections (a panel's first show resizes them six times: some 780 size hints for 65 rows). Over
/// an EventLogModel this asks only the rows that stand for all the others
/// (EventLogModel::sizeSampleRows(): one per time or host, and the bold current row), which gives
/// the same width: an item's size depends only on its text and font. Anything Qt would measure
/// differently (another model, wrapped text, hidden rows, more rows than the header's
/// resizeContentsPrecision()) goes to Qt's own.
class EventLogView : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;

    int sizeHintForColumn(int column) const override;
};

} // namespace closelab
