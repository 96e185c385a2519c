// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

QString saveScreenshot(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
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
