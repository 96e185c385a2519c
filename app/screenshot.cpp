// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

QString saveScreenshot(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (!pixmap.save(&file, "PNG"))
        return QCoreApplication::translate("Screenshot", "The image could not be encoded as PNG.");
    if (!file.commit())
        return file.errorString();
    return {};
}
