// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPixmap;
class QWidget;

/// The widget as it is painted: offscreen, a shown window's backing store (its last paint, not a second one);
/// otherwise QWidget::grab().
QPixmap paintedPicture(QWidget *widget);

/// Renders a widget (laid out, as shown) into a PNG file (BMP when the path ends in .bmp), written atomically.
/// Returns an empty string on success, otherwise a translated reason.
QString saveScreenshot(QWidget *widget, const QString &path);
