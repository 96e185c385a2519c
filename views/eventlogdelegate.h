// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QSize>
#include <QStyledItemDelegate>

namespace closelab {

/// The event log's delegate: QStyledItemDelegate, whose size hints are remembered. The log's Time
/// and Host columns resize to their contents, and Qt measures every row of the column again on each
/// resize of the table (start-up resizes it five times before the first paint): shaping the same
/// texts in the same fonts every time. A hint depends only on the text, its font and the item's
/// features, so it is kept under them; items with an icon, a check box or wrapped text are measured
/// every time.
class EventLogDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Key {
        QString text;
        QFont font;
        const void *style = nullptr;
        int dpi = 0;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.text, key.font, key.style, key.dpi);
    }

    mutable QHash<Key, QSize> m_sizes;
};

} // namespace closelab
