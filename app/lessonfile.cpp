// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lessonfile.h"

#include "app/experimentfile.h"
#include "core/simtime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("LessonFile", source);
}

constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 4 << 20;
constexpr int kMaxTextLength = 20000;
// A month either way, as closelab --time: far beyond any run.
constexpr double kMaxStartSeconds = 2592000.0;
const QString kFormat = QStringLiteral("closelab-lesson");
const QString kEn = QStringLiteral("en");
const QString kZh = QStringLiteral("zh_CN");

QJsonObject textPair(const QString &en, const QString &zh)
{
    QJsonObject o;
    if (!en.isEmpty())
        o.insert(kEn, en);
    if (!zh.isEmpty())
        o.insert(kZh, zh);
    return o;
}

// {"en": "...", "zh_CN": "..."}; both optional.
QString readTextPair(const QJsonObject &parent, const QString &key, const QString &field, QString &en, QString &zh)
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1: expected an object {\"en\": text, \"zh_CN\": text}")).arg(field);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != kEn && it.key() != kZh)
            return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.%2: unknown language (known: en, zh_CN)")).arg(field, it.key());
        if (!it.value().isString() || it.value().toString().size() > kMaxTextLength)
            return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.%2: expected a text of at most %3 characters")).arg(field, it.key()).arg(kMaxTextLength);
    }
    en = o.value(kEn).toString();
    zh = o.value(kZh).toString();
    return {};
}

QString readStep(const QJsonValue &value, const QString &field, LessonStep &step)
{
    if (!value.isObject())
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1: expected an object with an \"experiment\"")).arg(field);
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("title"), QStringLiteral("experiment"), QStringLiteral("start_s"),
                                   QStringLiteral("notes"), QStringLiteral("quiz")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.%2: unknown field (known: %3)")).arg(field, key, known.join(QStringLiteral(", ")));
    }
    const QJsonValue experiment = o.value(QStringLiteral("experiment"));
    if (!experiment.isObject())
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.experiment: expected the object a .closelab file holds")).arg(field);
    if (const QString error = ExperimentFile::fromJson(QJsonDocument(experiment.toObject()).toJson(QJsonDocument::Compact), step.experiment);
        !error.isEmpty())
        return QStringLiteral("%1.experiment: %2").arg(field, error);
    const QJsonValue start = o.value(QStringLiteral("start_s"));
    if (!start.isUndefined()) {
        if (!start.isDouble() || !std::isfinite(start.toDouble()) || std::abs(start.toDouble()) > kMaxStartSeconds)
            return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.start_s: expected seconds from %2 to %3")).arg(field).arg(-kMaxStartSeconds).arg(kMaxStartSeconds);
        step.start = closelab::fromSeconds(start.toDouble());
    }
    const QJsonValue quiz = o.value(QStringLiteral("quiz"));
    if (!quiz.isUndefined() && !quiz.isBool())
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "%1.quiz: expected true or false")).arg(field);
    step.quiz = quiz.toBool(false);
    if (QString error = readTextPair(o, QStringLiteral("title"), field + QStringLiteral(".title"), step.titleEn, step.titleZh); !error.isEmpty())
        return error;
    return readTextPair(o, QStringLiteral("notes"), field + QStringLiteral(".notes"), step.notesEn, step.notesZh);
}

QString inLanguage(const QString &language, const QString &en, const QString &zh)
{
    if (language.startsWith(QLatin1String("zh")))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}
} // namespace

QString LessonStep::title(const QString &language) const
{
    const QString text = inLanguage(language, titleEn, titleZh);
    return text.isEmpty() ? QString::fromStdString(experiment.scenario) : text;
}

QString LessonStep::notes(const QString &language) const
{
    return inLanguage(language, notesEn, notesZh);
}

QString Lesson::title(const QString &language) const
{
    return inLanguage(language, titleEn, titleZh);
}

namespace LessonFile {

QByteArray toJson(const Lesson &lesson)
{
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps) {
        QJsonObject o;
        o.insert(QStringLiteral("experiment"), QJsonDocument::fromJson(ExperimentFile::toJson(step.experiment)).object());
        o.insert(QStringLiteral("start_s"), closelab::toSeconds(step.start));
        o.insert(QStringLiteral("quiz"), step.quiz);
        o.insert(QStringLiteral("title"), textPair(step.titleEn, step.titleZh));
        o.insert(QStringLiteral("notes"), textPair(step.notesEn, step.notesZh));
        steps.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("title"), textPair(lesson.titleEn, lesson.titleZh));
    root.insert(QStringLiteral("steps"), steps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString fromJson(const QByteArray &data, Lesson &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "not a CloseLab lesson: invalid JSON at byte %1 (%2)")).arg(parseError.offset).arg(parseError.errorString());
    if (!doc.isObject())
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "not a CloseLab lesson: the document is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "not a CloseLab lesson: \"format\" must be \"%1\"")).arg(kFormat);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "\"version\" must be a positive integer"));
    if (version.toInt() > kVersion)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "written by a newer CloseLab (file version %1, this one reads %2)")).arg(version.toInt()).arg(kVersion);
    static const QStringList known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("steps")};
    for (const QString &key : root.keys()) {
        if (!known.contains(key))
            return tr_(QT_TRANSLATE_NOOP("LessonFile", "unknown field \"%1\"")).arg(key);
    }
    Lesson lesson;
    if (QString error = readTextPair(root, QStringLiteral("title"), QStringLiteral("title"), lesson.titleEn, lesson.titleZh); !error.isEmpty())
        return error;
    const QJsonValue steps = root.value(QStringLiteral("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty() || steps.toArray().size() > maxSteps)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "\"steps\": expected a list of 1 to %1 steps")).arg(maxSteps);
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        LessonStep step;
        if (QString error = readStep(array.at(i), QStringLiteral("steps[%1]").arg(i) /* a JSON path: 0-based */, step); !error.isEmpty())
            return error;
        lesson.steps.append(std::move(step));
    }
    out = std::move(lesson);
    return {};
}

QString save(const QString &path, const Lesson &lesson)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(toJson(lesson));
    if (!file.commit())
        return file.errorString();
    return {};
}

QString load(const QString &path, Lesson &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    if (file.size() > kMaxFileBytes)
        return tr_(QT_TRANSLATE_NOOP("LessonFile", "the file is too large to be a lesson (over 4 MB)"));
    return fromJson(file.readAll(), out);
}

QStringList builtInLessons()
{
    return {QStringLiteral(":/lessons/four-way-close.closelab-lesson"),
            QStringLiteral(":/lessons/retransmission.closelab-lesson"),
            QStringLiteral(":/lessons/rst.closelab-lesson")};
}

} // namespace LessonFile
