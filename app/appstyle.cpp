// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appstyle.h"


#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {
enum class Glyph { Close, Float, MoreRight, MoreDown, Play, Pause, SeekForward, SeekBackward, SkipForward, SkipBackward, Loop, ClearText };

/// One of the chrome's glyphs, drawn at the size asked for.
class GlyphIconEngine : public QIconEngine
{
public:
    /// `natural`: the part of a square size asked for that the icon takes (actualSize()).
    GlyphIconEngine(Glyph glyph, QSizeF natural) : m_glyph(glyph), m_natural(natural) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        if (side <= 0)
            return;
        const bool title = m_glyph == Glyph::Close || m_glyph == Glyph::Float;
        // A title bar's glyphs are quieter than its title (a dark grey, as Fusion's); the playback
        // buttons are the text's colour.
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal;
        QColor colour = palette.color(group, QPalette::WindowText);
        if (title) {
            const QColor window = palette.color(group, QPalette::Window);
            colour = QColor::fromRgbF(0.7f * colour.redF() + 0.3f * window.redF(),
                                      0.7f * colour.greenF() + 0.3f * window.greenF(),
                                      0.7f * colour.blueF() + 0.3f * window.blueF());
        }
        // The glyph fills a square centred in the rectangle, less room for its stroke; an odd
        // stroke is centred on a pixel so that straight edges stay sharp.
        const qreal stroke = std::max<qreal>(1.0, std::round(side / (title ? 11.0 : 8.0)));
        const qreal inset = m_glyph == Glyph::Loop ? 0.0 : std::ceil(stroke / 2) + std::round(side * (title && side >= 20 ? 0.12 : 0.03));
        const qreal snap = int(stroke) % 2 ? 0.5 : 0.0;
        const qreal left = std::floor(rect.x() + (rect.width() - side) / 2 + inset) + snap;
        const qreal top = std::floor(rect.y() + (rect.height() - side) / 2 + inset) + snap;
        const qreal extent = std::round(side - 2 * inset) - 2 * snap;
        if (extent <= 0) // a few pixels: no room for a glyph
            return;
        const QRectF box(left, top, extent, extent);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colour, stroke, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        const auto at = [&box](qreal u, qreal v) { return QPointF(box.left() + u * box.width(), box.top() + v * box.height()); };
        QPainterPath path;
        switch (m_glyph) {
        case Glyph::Close:
            path.moveTo(at(0, 0));
            path.lineTo(at(1, 1));
            path.moveTo(at(1, 0));
            path.lineTo(at(0, 1));
            break;
        case Glyph::Float: {
            // Two windows, the front one lower left: the back one shows its top and right edges.
            const qreal d = std::round(0.3 * box.width()) / box.width();
            path.addRect(QRectF(at(0, d), at(1 - d, 1)));
            path.moveTo(at(d, d));
            path.lineTo(at(d, 0));
            path.lineTo(at(1, 0));
            path.lineTo(at(1, 1 - d));
            path.lineTo(at(1 - d, 1 - d));
            break;
        }
        case Glyph::MoreRight:
        case Glyph::MoreDown:
            // "»": two chevrons, pointing the way the hidden items are.
            for (const qreal start : {0.05, 0.5}) {
                const auto point = [&](qreal along, qreal across) {
                    return m_glyph == Glyph::MoreRight ? at(along, across) : at(across, along);
                };
                path.moveTo(point(start, 0.1));
                path.lineTo(point(start + 0.4, 0.5));
                path.lineTo(point(start, 0.9));
            }
            painter->setPen(QPen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            break;
        case Glyph::Play:
        case Glyph::Pause:
        case Glyph::SeekForward:
        case Glyph::SeekBackward:
        case Glyph::SkipForward:
        case Glyph::SkipBackward:
            // The playback buttons: filled shapes; "backward" is "forward" mirrored.
            mediaPath(&path, box);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            break;
        case Glyph::ClearText: {
            // A search field's clear button: a cross in a ring, quieter than the text.
            const QColor window = palette.color(group, QPalette::Window);
            colour = QColor::fromRgbF(0.7f * colour.redF() + 0.3f * window.redF(), 0.7f * colour.greenF() + 0.3f * window.greenF(),
                                      0.7f * colour.blueF() + 0.3f * window.blueF());
            path.addEllipse(box);
            path.moveTo(at(0.32, 0.32));
            path.lineTo(at(0.68, 0.68));
            path.moveTo(at(0.68, 0.32));
            path.lineTo(at(0.32, 0.68));
            painter->setPen(QPen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            break;
        }
        case Glyph::Loop: {
            // ↻: a circle open at the top right, run clockwise from 3 o'clock to the top, and
            // the arrowhead at its end pointing on round.
            const qreal r = 0.36;
            const QRectF circle(at(0.5 - r, 0.5 - r), at(0.5 + r, 0.5 + r));
            path.arcMoveTo(circle, 0);
            path.arcTo(circle, 0, -290);
            painter->setPen(QPen(colour, std::max<qreal>(1.5, side / 8.0), Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            painter->drawPath(path);
            const qreal angle = qDegreesToRadians(70.0);
            const QPointF end = at(0.5 + r * std::cos(angle), 0.5 - r * std::sin(angle));
            const QPointF along(std::sin(angle), std::cos(angle)); // clockwise, screen y down
            const QPointF across(-along.y(), along.x());
            const qreal head = 0.38 * box.width();
            path = QPainterPath();
            path.moveTo(end + along * head * 0.6);
            path.lineTo(end - along * head * 0.4 + across * head * 0.55);
            path.lineTo(end - along * head * 0.4 - across * head * 0.55);
            path.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            break;
        }
        }
        painter->drawPath(path);
        painter->restore();
    }

    void mediaPath(QPainterPath *path, const QRectF &box) const
    {
        const bool backward = m_glyph == Glyph::SeekBackward || m_glyph == Glyph::SkipBackward;
        const auto at = [&](qreal u, qreal v) {
            return QPointF(box.left() + (backward ? 1 - u : u) * box.width(), box.top() + v * box.height());
        };
        const auto triangle = [&](qreal from, qreal to, qreal top, qreal bottom) {
            path->moveTo(at(from, top));
            path->lineTo(at(to, 0.5));
            path->lineTo(at(from, bottom));
            path->closeSubpath();
        };
        const auto bar = [&](qreal from, qreal to) {
            path->moveTo(at(from, 0.1));
            path->lineTo(at(to, 0.1));
            path->lineTo(at(to, 0.9));
            path->lineTo(at(from, 0.9));
            path->closeSubpath();
        };
        switch (m_glyph) {
        case Glyph::Play:
            triangle(0.12, 0.95, 0.0, 1.0);
            break;
        case Glyph::Pause:
            bar(0.12, 0.4);
            bar(0.6, 0.88);
            break;
        case Glyph::SeekForward:
        case Glyph::SeekBackward:
            triangle(0.0, 0.52, 0.12, 0.88);
            triangle(0.48, 1.0, 0.12, 0.88);
            break;
        case Glyph::SkipForward:
        case Glyph::SkipBackward:
            triangle(0.0, 0.72, 0.1, 0.9);
            bar(0.75, 0.95);
            break;
        default:
            break;
        }
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // `size` is in device pixels (QIcon::pixmap() multiplied it by the ratio).
    QPixmap scaledPixmap(const QSize &asked, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        if (asked.isEmpty())
            return {};
        // Drawn in the whole size asked for; actualSize() is what a button makes room for.
        const QSize size = asked;
        const QColor colour = QGuiApplication::palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::WindowText);
        // What the picture depends on (not m_natural: it only sizes the button).
        const QString key = QStringLiteral("closelab-glyph-%1-%2x%3-%4-%5")
                                .arg(int(m_glyph))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(colour.rgba())
                                .arg(scale);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const qreal side = std::min(size.width(), size.height());
        return QSize(std::max(1, int(std::lround(side * m_natural.width()))),
                     std::max(1, int(std::lround(side * m_natural.height()))));
    }
    // Drawn at any size: these are the sizes a caller asking for a list gets.
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
    }
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("closelab-glyph"); }
    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph, m_natural); }

private:
    Glyph m_glyph;
    QSizeF m_natural;
};
} // namespace

AppStyle::AppStyle() = default;

bool AppStyle::draws(StandardPixmap icon)
{
    return !drawnIcon(icon).isNull();
}

QIcon AppStyle::drawnIcon(StandardPixmap icon, bool fillSize)
{
    // Fusion's float and close pixmaps are 11x13 for its 16 px small icons: a title bar drawn
    // with these is as high as before. Its playback and extension icons fill their size.
    const QSizeF titleGlyph = fillSize ? QSizeF(1, 1) : QSizeF(11.0 / 16, 13.0 / 16);
    const auto glyph = [](Glyph g, QSizeF natural = QSizeF(1, 1)) { return QIcon(new GlyphIconEngine(g, natural)); };
    switch (icon) {
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return glyph(Glyph::Close, titleGlyph);
    case SP_TitleBarNormalButton:
        return glyph(Glyph::Float, titleGlyph);
    case SP_ToolBarHorizontalExtensionButton:
        return glyph(Glyph::MoreRight);
    case SP_ToolBarVerticalExtensionButton:
        return glyph(Glyph::MoreDown);
    case SP_MediaPlay:
        return glyph(Glyph::Play);
    case SP_MediaPause:
        return glyph(Glyph::Pause);
    case SP_MediaSeekForward:
        return glyph(Glyph::SeekForward);
    case SP_MediaSeekBackward:
        return glyph(Glyph::SeekBackward);
    case SP_MediaSkipForward:
        return glyph(Glyph::SkipForward);
    case SP_MediaSkipBackward:
        return glyph(Glyph::SkipBackward);
    case SP_BrowserReload:
        return glyph(Glyph::Loop);
    case SP_LineEditClearButton:
        return glyph(Glyph::ClearText);
    default:
        return {};
    }
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (QIcon drawn = drawnIcon(icon); !drawn.isNull())
        return drawn;
    return QProxyStyle::standardIcon(icon, option, widget);
}
