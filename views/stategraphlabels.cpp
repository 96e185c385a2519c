// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/stategraphlabels.h"

#include "views/textwidth.h"

#include <QCoreApplication>

namespace closelab {

QString wrapItems(const QStringList &items, const QString &separator, const QFont &font, double maxWidth)
{
    QStringList lines;
    QString line;
    for (const QString &item : items) {
        const QString longer = line.isEmpty() ? item : line + separator + item;
        if (!line.isEmpty() && textWidth(font, longer) > maxWidth) {
            lines << line;
            line = item;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QStringList edgeLabelForms(const QStringList &items, const QFont &font, double maxWidth)
{
    const QString separator = QStringLiteral(" · ");
    QStringList forms{wrapItems(items, separator, font, maxWidth)};
    if (items.size() < 2)
        return forms;
    const QString column = items.join(QLatin1Char('\n'));
    if (!forms.contains(column))
        forms << column;
    for (qsizetype shown = items.size() - 1; shown >= 1; --shown) {
        //: A state graph's list of ways out shortened where it has no room: %1 the first items, %2 how
        //: many more (the ⊗ symbol's tooltip lists them all), as in "tcp_synack_retries +1"
        forms << QCoreApplication::translate("StateGraphView", "%1 +%2")
                     .arg(wrapItems(items.first(shown), separator, font, maxWidth))
                     .arg(items.size() - shown);
    }
    return forms;
}

} // namespace closelab
