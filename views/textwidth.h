// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSize>
#include <QString>

namespace closelab {

/// QFontMetricsF(font).horizontalAdvance(text), remembered. Laying out a diagram measures the same
/// texts in the same fonts many times (a label before and after it is fitted, at every resize and
/// repaint), and each measurement shapes the text anew. The width depends only on the font, the text
/// and the DPI points are converted at, which are the key. For the GUI thread (as QFontMetricsF).
double textWidth(const QFont &font, const QString &text);

/// QFontMetrics(font).size(Qt::TextShowMnemonic, text), remembered the same way: a dock tab's size hint
/// measures every title of its bar, and QTabBar asks for every tab's hint at each layout (start-up
/// measured the same five titles 143 times).
QSize textSize(const QFont &font, const QString &text);

} // namespace closelab
