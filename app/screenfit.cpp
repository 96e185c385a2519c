// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

QSize screenFittedSize(QSize preferred, const QRect &available, double fraction)
{
    if (available.isEmpty())
        return preferred;
    const int maxW = int(available.width() * fraction);
    const int maxH = int(available.height() * fraction);
    return {std::min(preferred.width(), maxW), std::min(preferred.height(), maxH)};
}

void fitToScreen(QWidget *window, QSize preferred)
{
    QScreen *screen = nullptr;
    if (window->parentWidget())
        screen = window->parentWidget()->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = screenFittedSize(preferred, available).expandedTo(window->minimumSizeHint().boundedTo(available.size()));
    window->resize(size);
    QRect frame(QPoint(), size);
    frame.moveCenter(available.center());
    window->move(frame.topLeft());
}
