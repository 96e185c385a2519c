// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QTextBoundaryFinder>

#include <sys/resource.h>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("Presets", source);
}

// A preset's name in the menu.
QString withSource(const QString &title, const QString &source)
{
    //: A preset in Edit > Presets: its title, then where its values come from.
    return tr_(QT_TRANSLATE_NOOP("Presets", "%1 (%2)")).arg(title, source);
}

// /proc/sys/net/ipv4/tcp_fin_timeout for net.ipv4.tcp_fin_timeout.
QString procPath(const QString &root, std::string_view key)
{
    QString path = QString::fromLatin1(key.data(), qsizetype(key.size()));
    path.replace(QLatin1Char('.'), QLatin1Char('/'));
    return root + QLatin1Char('/') + path;
}
} // namespace

ParameterPreset linuxDefaultsPreset()
{
    ParameterPreset p;
    p.id = QStringLiteral("linux");
    p.title = tr_(QT_TRANSLATE_NOOP("Presets", "Linux defaults"));
    p.source = tr_(QT_TRANSLATE_NOOP("Presets", "Linux 6.18 in a fresh network namespace"));
    p.replacesAll = true;
    return p;
}

ParameterPreset thisMachinePreset(const QString &procSys)
{
    ParameterPreset p;
    p.id = QStringLiteral("machine");
    p.title = tr_(QT_TRANSLATE_NOOP("Presets", "This machine"));
    p.source = tr_(QT_TRANSLATE_NOOP("Presets", "read from %1 (read-only)")).arg(procSys);
    p.replacesAll = true;
    std::string_view previous;
    for (const closelab::SysctlInfo &info : closelab::sysctlTable()) {
        if (info.key == previous)
            continue; // ip_local_port_range: one file, two rows
        previous = info.key;
        const QString key = QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
        if (!info.isSysctl) {
            rlimit limit{};
            if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
                const auto value = std::to_string(limit.rlim_cur);
                if (closelab::Sysctls{}.setFromText(info.key.data() + std::string("=") + value))
                    p.problems << tr_(QT_TRANSLATE_NOOP("Presets", "%1: %2 is outside the range the simulation accepts")).arg(key, QString::fromStdString(value));
                else
                    p.assignments.emplace_back(std::string(info.key), value);
            } else {
                p.problems << tr_(QT_TRANSLATE_NOOP("Presets", "%1: unlimited or unreadable")).arg(key);
            }
            continue;
        }
        QFile file(procPath(procSys, info.key));
        if (!file.exists()) {
            p.problems << (info.legacyOnly ? tr_(QT_TRANSLATE_NOOP("Presets", "%1: not on this kernel (removed in Linux 4.12)"))
                                           : tr_(QT_TRANSLATE_NOOP("Presets", "%1: not on this kernel"))).arg(key);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            p.problems << tr_(QT_TRANSLATE_NOOP("Presets", "%1: cannot read (%2)")).arg(key, file.errorString());
            continue;
        }
        const QString value = QString::fromLatin1(file.read(256)).simplified();
        closelab::Sysctls probe;
        if (auto err = probe.setFromText(std::string(info.key) + "=" + value.toStdString()))
            p.problems << tr_(QT_TRANSLATE_NOOP("Presets", "%1: \"%2\" not accepted (%3)")).arg(key, value, QString::fromStdString(*err));
        else
            p.assignments.emplace_back(std::string(info.key), value.toStdString());
    }
    return p;
}

// Values quoted from ../shared/seeds (tests/app/tst_presets checks they are still there).
QList<ParameterPreset> seedPresets()
{
    QList<ParameterPreset> list;
    ParameterPreset keepalive;
    keepalive.id = QStringLiteral("seed000-keepalive");
    keepalive.title = tr_(QT_TRANSLATE_NOOP("Presets", "Shorter keepalive (against CLOSE_WAIT)"));
    keepalive.source = tr_(QT_TRANSLATE_NOOP("Presets", "seed 000: the table of optimised values (keepalive 1800 s, 15 s, 3 probes)"));
    keepalive.assignments = {{"net.ipv4.tcp_keepalive_time", "1800"}, {"net.ipv4.tcp_keepalive_intvl", "15"},
                             {"net.ipv4.tcp_keepalive_probes", "3"}};
    list << keepalive;

    ParameterPreset buckets;
    buckets.id = QStringLiteral("seed001-buckets");
    buckets.title = tr_(QT_TRANSLATE_NOOP("Presets", "The load test's machines"));
    buckets.source = tr_(QT_TRANSLATE_NOOP("Presets", "seed 001: tcp_max_tw_buckets 81920 and ip_local_port_range 1024-65000 on both machines"));
    buckets.assignments = {{"net.ipv4.tcp_max_tw_buckets", "81920"}, {"net.ipv4.ip_local_port_range", "1024 65000"}};
    list << buckets;

    ParameterPreset orphans;
    orphans.id = QStringLiteral("seed003-close");
    orphans.title = tr_(QT_TRANSLATE_NOOP("Presets", "Active closer tuning"));
    orphans.source = tr_(QT_TRANSLATE_NOOP("Presets", "seed 003: tcp_orphan_retries 0, tcp_max_orphans 16384, tcp_max_tw_buckets 5000, tcp_tw_reuse 1 (note: 0 retries means 8 to the kernel)"));
    orphans.assignments = {{"net.ipv4.tcp_orphan_retries", "0"}, {"net.ipv4.tcp_max_orphans", "16384"},
                           {"net.ipv4.tcp_max_tw_buckets", "5000"}, {"net.ipv4.tcp_tw_reuse", "1"},
                           {"net.ipv4.tcp_timestamps", "1"}};
    list << orphans;

    ParameterPreset queues;
    queues.id = QStringLiteral("seed004-queues");
    queues.title = tr_(QT_TRANSLATE_NOOP("Presets", "Against SYN floods and full accept queues"));
    queues.source = tr_(QT_TRANSLATE_NOOP("Presets", "seed 004: tcp_syncookies 1, tcp_abort_on_overflow 1"));
    queues.assignments = {{"net.ipv4.tcp_syncookies", "1"}, {"net.ipv4.tcp_abort_on_overflow", "1"}};
    list << queues;
    return list;
}

QList<ParameterPreset> allPresets()
{
    QList<ParameterPreset> list{linuxDefaultsPreset(), thisMachinePreset()};
    list << seedPresets();
    return list;
}

std::optional<std::string> applyPreset(const closelab::RunConfig &config, const ParameterPreset &preset, closelab::RunConfig &out)
{
    closelab::RunConfig c = config;
    if (preset.replacesAll) {
        c.sysctls = closelab::Sysctls{};
        c.serverSysctls.reset();
    }
    for (const auto &[key, value] : preset.assignments) {
        const std::string assignment = key + "=" + value;
        if (auto err = c.sysctls.setFromText(assignment))
            return err;
        if (c.serverSysctls) {
            if (auto err = c.serverSysctls->setFromText(assignment))
                return err;
        }
    }
    out = std::move(c);
    return std::nullopt;
}

QString presetText(const ParameterPreset &preset)
{
    return withSource(preset.title, preset.source);
}

int presetMenuWidth(const QFontMetrics &metrics)
{
    return 56 * metrics.averageCharWidth();
}

QString presetMenuText(const ParameterPreset &preset, const QFontMetrics &metrics, int width)
{
    const QString whole = presetText(preset);
    if (metrics.horizontalAdvance(whole) <= width)
        return whole;
    // The most of the source that fits, up to a place where a line may break; punctuation it would
    // end on gives way to the "…".
    QString best;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, preset.source);
    for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < preset.source.size(); at = breaks.toNextBoundary()) {
        QString part = preset.source.left(at);
        while (!part.isEmpty() && (part.back().isSpace() || part.back().isPunct()))
            part.chop(1);
        if (part.isEmpty())
            continue;
        const QString text = withSource(preset.title, part + QChar(0x2026));
        if (metrics.horizontalAdvance(text) > width)
            break;
        best = text;
    }
    return best.isEmpty() ? metrics.elidedText(whole, Qt::ElideRight, width) : best;
}
