// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

/// Writes the frames of an exported animation: an animated WebP (libwebp's WebPAnimEncoder) or a
/// numbered PNG sequence ("run.png" becomes run-0001.png, run-0002.png, …). Frames arrive one at
/// a time, so an export can be cancelled between two of them; nothing is left behind then
/// (the WebP is written atomically at finish(), a cancelled PNG sequence is removed by cancel()).
class AnimationWriter {
public:
    enum class Format { WebP, PngSequence };

    virtual ~AnimationWriter() = default;

    /// The format a file name asks for: .webp, .png; nullopt-like false for anything else.
    static bool formatForPath(const QString &path, Format &format);
    /// The i-th (1-based) file of a PNG sequence named after `path`.
    static QString sequencePath(const QString &path, int index);
    static std::unique_ptr<AnimationWriter> create(Format format, const QString &path, QSize size, double fps);

    /// "" or the reason; every frame has the size given to create().
    virtual QString addFrame(const QImage &frame) = 0;
    /// Writes what is still to write; "" or the reason.
    virtual QString finish() = 0;
    /// Removes what was written so far.
    virtual void cancel() = 0;
};
