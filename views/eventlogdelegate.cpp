// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/eventlogdelegate.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace closelab {

QSize EventLogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // QStyledItemDelegate::sizeHint() returns the model's size hint where it gives one, else asks the
    // style for the size of the item as initStyleOption() describes it: for an item of text only,
    // its text (displayText() of the display role) in the view's font resolved with the font role.
    // (initStyleOption() itself costs more than a look-up: it copies the palette for the colours.)
    if (index.data(Qt::SizeHintRole).isValid() || index.data(Qt::DecorationRole).isValid()
        || index.data(Qt::CheckStateRole).isValid() || (option.features & QStyleOptionViewItem::WrapText))
        return QStyledItemDelegate::sizeHint(option, index);
    const QVariant display = index.data(Qt::DisplayRole);
    const QVariant font = index.data(Qt::FontRole);
    const QWidget *widget = option.widget;
    Key key{display.isValid() && !display.isNull() ? displayText(display, option.locale) : QString(),
            font.isValid() && !font.isNull() ? qvariant_cast<QFont>(font).resolve(option.font) : option.font,
            widget ? widget->style() : QApplication::style(), widget ? widget->logicalDpiY() : 0};
    if (const auto it = m_sizes.constFind(key); it != m_sizes.cend())
        return *it;
    if (m_sizes.size() >= 4096) // a long log scrolled through: keep the memory bounded
        m_sizes.clear();
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(std::move(key), size);
    return size;
}

} // namespace closelab
