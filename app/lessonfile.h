// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// One step of a lesson: an experiment, where the playhead starts, the teacher's notes in both
/// languages, and whether the class predicts before each step (the quiz).
struct LessonStep {
    closelab::RunConfig experiment; ///< as in a .closelab file (app/experimentfile.h)
    qint64 start = 0;               ///< playhead time in nanoseconds (clamped to the run when shown)
    QString titleEn;                ///< short title; empty: the scenario's name
    QString titleZh;
    QString notesEn;                ///< plain text, paragraphs separated by blank lines
    QString notesZh;
    bool quiz = false;              ///< handed to the predict-then-reveal quiz when the step is shown

    /// The title in `language` ("zh_CN" or "en"), falling back to the other one, then the scenario.
    QString title(const QString &language) const;
    QString notes(const QString &language) const;
};

/// A lesson: an ordered list of steps.
struct Lesson {
    QString titleEn;
    QString titleZh;
    QList<LessonStep> steps;

    QString title(const QString &language) const;
};

/// The .closelab-lesson file: JSON, one experiment per step in the .closelab format.
///
///     {"format": "closelab-lesson", "version": 1, "title": {"en": "…", "zh_CN": "…"},
///      "steps": [{"title": {"en": "…", "zh_CN": "…"}, "start_s": 0.00025, "quiz": true,
///                 "notes": {"en": "…", "zh_CN": "…"},
///                 "experiment": {"format": "closelab-experiment", "version": 1, "scenario": "normal_close", …}}]}
///
/// Reading never half-applies: a bad file gives one message naming the field ("steps[2].start_s: …")
/// and the caller's lesson is left alone.
namespace LessonFile {

inline constexpr const char *suffix = "closelab-lesson";
inline constexpr int maxSteps = 200;

QByteArray toJson(const Lesson &lesson);
/// Parses a document; "" on success (then `out` is set), else a translated message naming the field.
QString fromJson(const QByteArray &data, Lesson &out);
/// Writes atomically (QSaveFile); "" or the reason.
QString save(const QString &path, const Lesson &lesson);
QString load(const QString &path, Lesson &out);

/// The lessons shipped as resources (":/lessons/…"), in the order Help → Lessons lists them.
QStringList builtInLessons();

} // namespace LessonFile
