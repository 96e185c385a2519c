// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/animationwriter.h"
#include "core/trace.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QWidget;
namespace closelab {
class SequenceDiagramView;
class StateGraphView;
}

/// What File → Export Animation… and `closelab --export-animation` ask for.
struct AnimationSettings {
    QString path;                  ///< .webp: animated WebP; .png: a numbered PNG sequence
    AnimationWriter::Format format = AnimationWriter::Format::WebP;
    std::optional<qint64> from;    ///< simulated ns; default: the run's start
    std::optional<qint64> to;      ///< default: the run's end
    QSize size{1280, 720};         ///< pixels of every frame
    double fps = 10;               ///< frames per second of the animation
    double zoom = 1.0;             ///< the sequence diagram's zoom (views/zoom.h range)
};

/// Renders a run as an animation: the sequence diagram beside the state graph, drawn offscreen at
/// the chosen size (the window is not touched), at successive times along the compressed clock the
/// playhead plays by (Playhead::compressedPixelsPerSecond of the sequence diagram's axis per second
/// of animation), so segments in flight move and idle stretches pass as short breaks.
///
/// Frames are made one per renderNext() call: the GUI calls it from a timer with a progress dialog
/// and Cancel, the command line calls exportAll().
class AnimationExporter : public QObject {
    Q_OBJECT

public:
    static constexpr double minFps = 1;
    static constexpr double maxFps = 60;
    static constexpr int maxFrames = 3000;
    static constexpr QSize minSize{320, 200};
    static constexpr QSize maxSize{3840, 2160};

    /// The frame times from `from` to `to` (both included) at `fps`, evenly spaced along the
    /// compressed axis (closelab::TimeMap with its default parameters); empty when to < from.
    static QList<qint64> frameTimes(const closelab::Trace &trace, qint64 from, qint64 to, double fps);
    /// "" when the settings fit the run, else one line naming the option (--from, --to, --fps,
    /// --size, --zoom) and what is allowed.
    static QString check(const AnimationSettings &settings, const closelab::Trace &trace);

    AnimationExporter(std::shared_ptr<const closelab::Trace> trace, AnimationSettings settings, QObject *parent = nullptr);
    ~AnimationExporter() override;

    /// Checks the settings and prepares the views and the writer; "" or the reason.
    QString start();
    int frameCount() const { return int(m_times.size()); }
    int framesDone() const { return m_done; }
    /// Renders and writes the next frame; false when every frame is written or on an error (error()).
    bool renderNext();
    QString error() const { return m_error; }
    /// After the last frame: writes the file; "" or the reason.
    QString finish();
    /// Stops and removes what was written.
    void cancel();
    /// start(), every frame, finish(): "" or the reason.
    QString exportAll();

    /// The picture at time t (also what each frame is).
    QImage renderFrame(qint64 t);

private:
    std::shared_ptr<const closelab::Trace> m_trace;
    AnimationSettings m_settings;
    QList<qint64> m_times;
    int m_done = 0;
    QString m_error;
    std::unique_ptr<AnimationWriter> m_writer;
    std::unique_ptr<QWidget> m_canvas;
    closelab::SequenceDiagramView *m_sequence = nullptr;
    closelab::StateGraphView *m_stateGraph = nullptr;
};
