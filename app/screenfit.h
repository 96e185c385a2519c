// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

/// The size a secondary window (A/B comparison, sweep) opens at: the preferred size, shrunk to
/// `fraction` of the screen's available area (a 1366×768 projector has no room for 1600×1000),
/// never below the window's minimum size hint.
QSize screenFittedSize(QSize preferred, const QRect &available, double fraction = 0.9);

/// Resizes window to screenFittedSize() on the screen of its parent (or the primary screen) and
/// centres it there.
void fitToScreen(QWidget *window, QSize preferred);
