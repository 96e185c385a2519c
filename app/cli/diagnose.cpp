// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnose.h"

#include "core/server/diagnosis.h"
#include "core/server/snapshotjson.h"
#include "core/server/snapshotreader.h"

#include <QFile>

#include <cstdio>
#include <string>

namespace {

constexpr qint64 kMaxInputBytes = qint64(1) << 30; // 1 GiB: far past any ss output, short of memory trouble

int fail(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    std::fprintf(stderr, "closelab-cli: %s\n", qPrintable(line));
    return 2;
}

void usage()
{
    std::printf("Usage: closelab-cli diagnose FILE... | - [--json] [--idle-timeout SECONDS]\n\n"
                "Reads the output of ss -tan / -tano / -ltn / -s, netstat -ant / -s, nstat -a(z), /proc/net/sockstat,\n"
                "/proc/net/netstat, /proc/net/snmp, /proc/net/tcp(6), sysctl -a (or key = value lines), ulimit -n and\n"
                "dmesg, each file in any of these formats (detected), several files as one snapshot; - reads\n"
                "standard input. Prints the sockets by state, per destination, the listeners and the findings.\n\n"
                "  --json              one JSON object (see README, \"Diagnosing a server\")\n"
                "  --idle-timeout S    a load balancer's / NAT's / firewall's idle timeout in seconds, compared\n"
                "                      with net.ipv4.tcp_keepalive_time\n");
}

} // namespace

int diagnoseCommand(const QStringList &args)
{
    bool json = false;
    closelab::server::DiagnosisOptions options;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) json = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) { usage(); return 0; }
        else if (a == QLatin1String("--idle-timeout") || a.startsWith(QLatin1String("--idle-timeout="))) {
            QString v;
            if (a.contains(QLatin1Char('='))) v = a.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size()) v = args.at(++i);
            else return fail(QStringLiteral("diagnose: --idle-timeout needs SECONDS (a number > 0)"));
            bool ok = false;
            const double s = v.toDouble(&ok);
            if (!ok || !(s > 0) || s > 1e7) return fail(QStringLiteral("diagnose: --idle-timeout '%1': expected seconds > 0").arg(v));
            options.middleboxIdleTimeout = s;
        } else if (a.startsWith(QLatin1String("--")) ) {
            return fail(QStringLiteral("diagnose: unknown option '%1' (expected --json, --idle-timeout)").arg(a));
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) return fail(QStringLiteral("diagnose: expected FILE... or - (standard input)"));

    closelab::server::SnapshotReader reader;
    QStringList unreadable;
    std::int64_t understood = 0;
    for (const QString &name : files) {
        QFile f;
        bool open = false;
        if (name == QLatin1String("-")) open = f.open(stdin, QIODevice::ReadOnly);
        else {
            f.setFileName(name);
            open = f.open(QIODevice::ReadOnly);
        }
        if (!open) {
            unreadable << QStringLiteral("%1: %2").arg(name, f.errorString());
            continue;
        }
        const QByteArray data = f.read(kMaxInputBytes);
        const auto &in = reader.add(name.toStdString(), std::string_view(data.constData(), std::size_t(data.size())));
        understood += in.lines - in.unrecognised;
    }
    if (understood == 0) {
        if (!unreadable.isEmpty()) return fail(QStringLiteral("diagnose: cannot read %1").arg(unreadable.join(QStringLiteral("; "))));
        return fail(QStringLiteral("diagnose: nothing understood in %1 (expected ss, netstat, nstat, /proc/net, sysctl, "
                                   "ulimit -n or dmesg text)").arg(files.join(QStringLiteral(", "))));
    }
    for (const QString &u : unreadable) std::fprintf(stderr, "closelab-cli: diagnose: cannot read %s (skipped)\n", qPrintable(u));
    const closelab::server::Snapshot &snapshot = reader.snapshot();
    const auto findings = closelab::server::diagnose(snapshot, options);
    const std::string out = json ? closelab::server::diagnosisToJson(snapshot, findings)
                                 : closelab::server::diagnosisToText(snapshot, findings);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
