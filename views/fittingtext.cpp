// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/fittingtext.h"

namespace closelab {

QString firstThatFits(const QFontMetrics &metrics, const QStringList &texts, int width)
{
    for (const QString &text : texts)
        if (metrics.horizontalAdvance(text) <= width)
            return text;
    return {};
}

} // namespace closelab
