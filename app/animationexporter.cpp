// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/animationexporter.h"

#include "app/playhead.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timeformat.h"
#include "views/timemap.h"
#include "views/zoom.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("AnimationExporter", source);
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}
} // namespace

QList<qint64> AnimationExporter::frameTimes(const closelab::Trace &trace, qint64 from, qint64 to, double fps)
{
    if (to < from || fps <= 0)
        return {};
    // The playhead's compressed clock: the same map, the same pace.
    const closelab::TimeMap map(closelab::TimeMap::knotsOf(trace), closelab::TimeMap::Params{});
    const double y0 = map.y(from);
    const double y1 = map.y(to);
    const double seconds = std::max(0.0, y1 - y0) / Playhead::compressedPixelsPerSecond;
    const double count = std::round(seconds * fps) + 1;
    if (count > maxFrames + 1)
        return QList<qint64>(maxFrames + 1, from); // too many: check() reports it
    const int frames = std::max(2, int(count));
    QList<qint64> times;
    times.reserve(frames);
    for (int i = 0; i < frames; ++i) {
        const double y = y0 + (y1 - y0) * i / (frames - 1);
        times << std::clamp<qint64>(i == frames - 1 ? to : map.timeAt(y), from, to);
    }
    return times;
}

QString AnimationExporter::check(const AnimationSettings &settings, const closelab::Trace &trace)
{
    const qint64 from = settings.from.value_or(trace.start);
    const qint64 to = settings.to.value_or(trace.end);
    const QString extent = tr_(QT_TRANSLATE_NOOP("AnimationExporter", "the run goes from %1 to %2"))
                               .arg(closelab::formatClock(trace.start), closelab::formatClock(trace.end));
    if (from < trace.start || from > trace.end)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--from %1 lies outside the run: %2")).arg(closelab::formatClock(from), extent);
    if (to < trace.start || to > trace.end)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--to %1 lies outside the run: %2")).arg(closelab::formatClock(to), extent);
    if (to <= from)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--to must come after --from"));
    if (!std::isfinite(settings.fps) || settings.fps < minFps || settings.fps > maxFps)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--fps: expected frames per second from %1 to %2")).arg(minFps).arg(maxFps);
    const QSize size = settings.size;
    if (size.width() < minSize.width() || size.height() < minSize.height() || size.width() > maxSize.width() || size.height() > maxSize.height())
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--size: expected WIDTHxHEIGHT from %1 to %2")).arg(sizeText(minSize), sizeText(maxSize));
    if (!std::isfinite(settings.zoom) || settings.zoom < closelab::zoom::kMin || settings.zoom > closelab::zoom::kMax)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "--zoom: expected a percentage from %1 to %2"))
            .arg(std::lround(closelab::zoom::kMin * 100)).arg(std::lround(closelab::zoom::kMax * 100));
    if (frameTimes(trace, from, to, settings.fps).size() > maxFrames)
        return tr_(QT_TRANSLATE_NOOP("AnimationExporter", "more than %1 frames: choose a shorter range or fewer frames per second")).arg(maxFrames);
    return {};
}

AnimationExporter::AnimationExporter(std::shared_ptr<const closelab::Trace> trace, AnimationSettings settings, QObject *parent)
    : QObject(parent)
    , m_trace(std::move(trace))
    , m_settings(std::move(settings))
{
}

AnimationExporter::~AnimationExporter() = default;

QString AnimationExporter::start()
{
    if (!m_trace)
        return m_error = tr_(QT_TRANSLATE_NOOP("AnimationExporter", "there is no run to export"));
    if (QString error = check(m_settings, *m_trace); !error.isEmpty())
        return m_error = error;
    m_times = frameTimes(*m_trace, m_settings.from.value_or(m_trace->start), m_settings.to.value_or(m_trace->end), m_settings.fps);
    m_done = 0;

    // Views of their own, drawn offscreen: the window keeps its size and its playhead.
    m_canvas = std::make_unique<QWidget>();
    m_canvas->setAttribute(Qt::WA_DontShowOnScreen);
    m_canvas->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_canvas.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sequence = new closelab::SequenceDiagramView(m_canvas.get());
    m_stateGraph = new closelab::StateGraphView(m_canvas.get());
    layout->addWidget(m_sequence, 3);
    layout->addWidget(m_stateGraph, 2);
    m_sequence->setZoom(m_settings.zoom);
    m_sequence->setTrace(m_trace);
    m_stateGraph->setTrace(m_trace);
    m_canvas->resize(m_settings.size);
    m_canvas->show();

    m_writer = AnimationWriter::create(m_settings.format, m_settings.path, m_settings.size, m_settings.fps);
    m_error.clear();
    return {};
}

QImage AnimationExporter::renderFrame(qint64 t)
{
    m_sequence->setTime(t);
    // Each frame a still: coming from later, the state graph shows its tokens on their states
    // instead of starting the animation of a transition (StateGraphView animates forward steps only).
    m_stateGraph->setTime(std::numeric_limits<qint64>::max());
    m_stateGraph->setTime(t);
    QImage image(m_settings.size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_canvas->render(&painter);
    return image;
}

bool AnimationExporter::renderNext()
{
    if (!m_writer || m_done >= m_times.size() || !m_error.isEmpty())
        return false;
    if (QString error = m_writer->addFrame(renderFrame(m_times.at(m_done))); !error.isEmpty()) {
        m_error = error;
        return false;
    }
    ++m_done;
    return m_done < m_times.size();
}

QString AnimationExporter::finish()
{
    if (!m_error.isEmpty())
        return m_error;
    if (!m_writer)
        return m_error = tr_(QT_TRANSLATE_NOOP("AnimationExporter", "there is no run to export"));
    m_error = m_writer->finish();
    m_writer.reset();
    m_canvas.reset();
    return m_error;
}

void AnimationExporter::cancel()
{
    if (m_writer)
        m_writer->cancel();
    m_writer.reset();
    m_canvas.reset();
}

QString AnimationExporter::exportAll()
{
    if (QString error = start(); !error.isEmpty())
        return error;
    while (renderNext()) {
    }
    if (!m_error.isEmpty()) {
        cancel();
        return m_error;
    }
    return finish();
}
