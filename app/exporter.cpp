// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exporter.h"

#include "views/parametertexts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#ifdef CLOSELAB_HAVE_SVG
#include <QSvgGenerator>
#endif

#include <algorithm>
#include <cmath>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("Exporter", source);
}

QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}
} // namespace

namespace Exporter {

QString saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(bytes);
    return file.commit() ? QString() : file.errorString();
}

QString savePicture(const QString &path, QSizeF size, double scale, const PictureSource &paint)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (size.isEmpty())
        return tr_(QT_TRANSLATE_NOOP("Exporter", "cannot render the image"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr_(QT_TRANSLATE_NOOP("Exporter", "cannot render the image"));
        image.fill(Qt::white);
        paint(&image, scale, false);
        // 96 dpi per logical pixel: a 2× picture prints at 192 dpi. Recorded after painting: the
        // painter sizes fonts by the device's resolution.
        const int dotsPerMeter = int(std::lround(96.0 * scale / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        if (!image.save(&buffer, "PNG"))
            return tr_(QT_TRANSLATE_NOOP("Exporter", "cannot render the image"));
        return saveBytes(path, bytes);
    }
    if (suffix == QLatin1String("pdf")) {
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(96);
            writer.setPageSize(QPageSize(size * 72.0 / 96.0, QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setCreator(QStringLiteral("CloseLab"));
            paint(&writer, std::min(writer.width() / size.width(), writer.height() / size.height()), true);
        }
        return saveBytes(path, bytes);
    }
#ifdef CLOSELAB_HAVE_SVG
    if (suffix == QLatin1String("svg")) {
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(size.toSize());
            generator.setViewBox(QRectF(QPointF(0, 0), size));
            generator.setTitle(QStringLiteral("CloseLab"));
            paint(&generator, 1.0, true);
        }
        return saveBytes(path, bytes);
    }
#endif
    return tr_(QT_TRANSLATE_NOOP("Exporter", "unsupported image format \"%1\" (PNG, SVG or PDF)")).arg(suffix);
}

QByteArray traceCsv(const closelab::Trace &trace)
{
    using namespace closelab;
    QByteArray out = "t_s,type,host,conn,flags,seq,ack,len,from_state,to_state,timer,timer_action,call,result,errno\n";
    for (const TraceEvent &e : trace.events) {
        QStringList row{QString::number(double(e.t) / 1e9, 'f', 9), latin1(eventTypeName(e.type)),
                        e.host == Side::Client ? QStringLiteral("client") : QStringLiteral("server"),
                        e.conn == kListenerConn ? QStringLiteral("listener") : QString::number(e.conn)};
        const SegmentRecord *seg = e.segment >= 0 && std::size_t(e.segment) < trace.segments.size() ? &trace.segments[std::size_t(e.segment)] : nullptr;
        row << (seg ? QString::fromStdString(flagsText(seg->header.flags)) : QString())
            << (seg ? QString::number(seg->header.seq) : QString()) << (seg ? QString::number(seg->header.ack) : QString())
            << (seg ? QString::number(seg->header.len) : QString());
        const bool state = e.type == EventType::State;
        const bool timer = e.type == EventType::Timer;
        const bool app = e.type == EventType::App;
        row << (state ? latin1(stateName(e.from)) : QString()) << (state ? latin1(stateName(e.to)) : QString())
            << (timer ? latin1(timerKindName(e.timer)) : QString()) << (timer ? latin1(timerActionName(e.action)) : QString())
            << (app ? latin1(appCallName(e.call)) : QString()) << (app ? QString::number(e.result) : QString())
            << (app && e.err != Errno::None ? latin1(errnoName(e.err)) : QString());
        // Names such as "shutdown(SHUT_WR)" hold no comma; quote anyway when one appears.
        for (QString &field : row) {
            if (field.contains(QLatin1Char(',')))
                field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

QByteArray sysctlConf(const closelab::RunConfig &config)
{
    using namespace closelab;
    QString out = tr_(QT_TRANSLATE_NOOP("Exporter", "# CloseLab: parameters changed from the Linux defaults (scenario %1).")).arg(QString::fromStdString(config.scenario))
        + QLatin1Char('\n') + tr_(QT_TRANSLATE_NOOP("Exporter", "# Apply with: sysctl -p FILE (as root). Check each line before you do.")) + QLatin1Char('\n');
    int written = 0;
    std::string_view previous;
    for (const SysctlInfo &info : sysctlTable()) {
        if (info.key == previous)
            continue;
        previous = info.key;
        bool changed = false;
        for (const SysctlInfo &row : sysctlRowsForKey(info.key))
            changed |= !config.sysctls.isDefault(row.id);
        if (!changed)
            continue;
        const QString value = QString::fromStdString(config.sysctls.valueText(info.key));
        const QString key = latin1(info.key);
        QString comment = QStringLiteral("# %1 (Linux default: %2)").arg(text::parameterTitle(info.id),
                                                                           QString::fromStdString(Sysctls{}.valueText(info.key)));
        if (info.legacyOnly)
            comment += QLatin1Char(' ') + tr_(QT_TRANSLATE_NOOP("Exporter", "only kernels before 4.12 have it"));
        out += QLatin1Char('\n') + comment + QLatin1Char('\n');
        if (!info.isSysctl)
            out += tr_(QT_TRANSLATE_NOOP("Exporter", "# not a sysctl: ulimit -n %1 (or nofile in /etc/security/limits.conf)")).arg(value) + QLatin1Char('\n');
        else
            out += key + QStringLiteral(" = ") + value + QLatin1Char('\n');
        ++written;
    }
    if (written == 0)
        out += tr_(QT_TRANSLATE_NOOP("Exporter", "# (every parameter is at its Linux default)")) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace Exporter
