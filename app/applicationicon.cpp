// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/applicationicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>

#include <optional>

namespace {
// Forwards to a QIcon of the file, made on first use.
class DeferredFileIconEngine : public QIconEngine
{
public:
    explicit DeferredFileIconEngine(QString path)
        : m_path(std::move(path))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    // `size` is in device pixels already (QIcon::pixmap() multiplied it by the ratio).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return QStringLiteral("closelab-deferred-file"); }
    QIconEngine *clone() const override { return new DeferredFileIconEngine(m_path); }

private:
    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = QIcon(m_path);
        return *m_icon;
    }

    QString m_path;
    std::optional<QIcon> m_icon;
};
} // namespace

QIcon applicationIcon()
{
    // Once main() has made it the application's icon, that copy (copies share the engine: one read).
    if (const QIcon set = QGuiApplication::windowIcon(); !set.isNull())
        return set;
    return QIcon(new DeferredFileIconEngine(QStringLiteral(":/icons/closelab.png")));
}
