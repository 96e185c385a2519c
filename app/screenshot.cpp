// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QWidget>
#include <QWindow>

QPixmap paintedPicture(QWidget *widget)
{
    // Offscreen, a shown top-level window's backing store already holds its painted frame: the offscreen
    // platform's QScreen::grabWindow() copies it (qoffscreencommon.cpp: QOffscreenScreen::grabWindow()
    // reads QOffscreenBackingStore's image) instead of painting every widget a second time, as
    // QWidget::grab() does. On a real display grabWindow() reads the screen, where another window may be on
    // top, so there (and for a window not yet painted) the widget paints itself again.
    QWindow *window = widget->isWindow() ? widget->windowHandle() : nullptr;
    if (window && widget->isVisible() && window->isExposed()
        && QGuiApplication::platformName() == QLatin1String("offscreen")) {
        if (QScreen *screen = window->screen()) {
            QPixmap painted = screen->grabWindow(widget->winId());
            if (painted.size() == widget->size() * widget->devicePixelRatio())
                return painted;
        }
    }
    return widget->grab();
}

QString saveScreenshot(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = paintedPicture(widget);
    // A .bmp path is written uncompressed: bench/bench_barewindow's start-up comparison then times the
    // window up to its first paint, not zlib compressing two very different pictures.
    const char *format = QFileInfo(path).suffix().compare(QLatin1String("bmp"), Qt::CaseInsensitive) == 0 ? "BMP" : "PNG";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!pixmap.save(&file, format))
        return QCoreApplication::translate("Screenshot", "The image could not be encoded as PNG.");
    if (!file.commit())
        return file.errorString();
    return {};
}
