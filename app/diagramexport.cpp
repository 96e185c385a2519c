// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagramexport.h"

#include "app/exporter.h"
#include "views/sequencediagramview.h"
#include "views/sequencepainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#ifdef CLOSELAB_HAVE_SVG
#include <QSvgGenerator>
#endif

#include <algorithm>
#include <cmath>

using namespace closelab;

namespace {

QString tr_(const char *source)
{
    return QCoreApplication::translate("Exporter", source);
}

// QImage's limit is 2^31 bytes; stay well below (and below what viewers open).
constexpr double kMaxPixels = 200e6;
constexpr double kMaxSide = 32000;

struct Picture {
    SequenceLayout layout;
    SequencePainter::Options request;
    QSizeF size;
};

Picture compose(const Trace &trace, const DiagramExport::Options &o)
{
    Picture pic;
    const double width = std::max(320.0, o.width);
    pic.layout = SequenceDiagramView::layoutFor(trace, width, 0, o.zoom, o.mode);
    const TimeMap &map = pic.layout.timeMap();
    const SequenceMetrics &m = pic.layout.metrics();
    const SimTime from = o.from == kNever ? trace.start : std::clamp(o.from, trace.start, trace.end);
    const SimTime to = o.to == kNever ? trace.end : std::clamp(std::max(o.to, from), trace.start, trace.end);
    const double header = pic.layout.headerHeight();
    // Content from a little above `from` to a little below `to`, under the header.
    const double top = o.from == kNever ? 0.0 : std::max(0.0, map.y(from) - 2.2 * m.em - header);
    const double bottom = (o.to == kNever ? map.bottom() : map.y(to)) + 3 * m.em;
    pic.size = QSizeF(width, std::ceil(bottom - top));
    pic.request.t = to;
    pic.request.wholeRun = false;
    pic.request.playhead = false;
    pic.request.scrollY = top;
    pic.request.viewport = QRectF(QPointF(0, 0), pic.size);
    pic.request.clientTitle = SequenceDiagramView::sideTitle(trace, Side::Client);
    pic.request.serverTitle = SequenceDiagramView::sideTitle(trace, Side::Server);
    return pic;
}

void paint(QPainter &p, const Trace &trace, const Picture &pic)
{
    SequencePainter(trace, pic.layout).paint(p, pic.request);
}

} // namespace

namespace DiagramExport {

QSizeF sizeOf(const Trace &trace, const Options &options)
{
    return compose(trace, options).size;
}

QImage render(const Trace &trace, const Options &options)
{
    const Picture pic = compose(trace, options);
    double scale = std::max(1.0, options.scale);
    scale = std::min({scale, kMaxSide / pic.size.width(), kMaxSide / pic.size.height(),
                      std::sqrt(kMaxPixels / (pic.size.width() * pic.size.height()))});
    if (scale < 0.25)
        return {};
    QImage image((pic.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(scale);
    QPainter p(&image);
    paint(p, trace, pic);
    return image;
}

QString save(const Trace &trace, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        const QImage image = render(trace, options);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return tr_(QT_TRANSLATE_NOOP("Exporter", "the range is too long for one image: choose a shorter range, or SVG or PDF"));
        return Exporter::saveBytes(path, bytes);
    }
    const Picture pic = compose(trace, options);
    if (suffix == QLatin1String("pdf")) {
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(96);
            writer.setPageSize(QPageSize(pic.size * 72.0 / 96.0, QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setCreator(QStringLiteral("CloseLab"));
            QPainter p(&writer);
            const double s = std::min(writer.width() / pic.size.width(), writer.height() / pic.size.height());
            p.scale(s, s);
            paint(p, trace, pic);
        }
        return Exporter::saveBytes(path, bytes);
    }
#ifdef CLOSELAB_HAVE_SVG
    if (suffix == QLatin1String("svg")) {
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(pic.size.toSize());
            generator.setViewBox(QRectF(QPointF(0, 0), pic.size));
            generator.setTitle(QStringLiteral("CloseLab"));
            QPainter p(&generator);
            paint(p, trace, pic);
        }
        return Exporter::saveBytes(path, bytes);
    }
#endif
    return tr_(QT_TRANSLATE_NOOP("Exporter", "unsupported image format \"%1\" (PNG, SVG or PDF)")).arg(suffix);
}

} // namespace DiagramExport
