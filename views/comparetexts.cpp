// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/comparetexts.h"

#include "views/codetexts.h"
#include "views/parametertexts.h"
#include "views/timeformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdlib>

namespace closelab::text {

namespace {
using Kind = TraceDifference::Kind;

QString tr_(const char *source, int n = -1)
{
    return QCoreApplication::translate("CompareTexts", source, nullptr, n);
}

QString sidePrefix(Side s)
{
    return s == Side::Client ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "Client: %1"))
                             : tr_(QT_TRANSLATE_NOOP("CompareTexts", "Server: %1"));
}

QString errnoText(Errno e)
{
    if (e == Errno::None)
        //: what connect() or the application saw: no error
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "no error"));
    const std::string_view name = errnoName(e);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(name.data(), qsizetype(name.size())), errnoMeaning(e));
}

QString countSentence(const TraceDifference &d)
{
    const int n = std::abs(d.countB - d.countA);
    const bool fewer = d.countB < d.countA;
    QString s;
    switch (d.kind) {
    case Kind::Retransmissions:
        s = fewer ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n %1 retransmission(s) fewer (%2 instead of %3)."), n)
                  : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n %1 retransmission(s) more (%2 instead of %3)."), n);
        return s.arg(retransKindLabel(d.retransKind)).arg(d.countB).arg(d.countA);
    case Kind::RstSent:
        s = fewer ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n RST(s) fewer (%1 instead of %2)."), n)
                  : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n RST(s) more (%1 instead of %2)."), n);
        break;
    case Kind::SegmentsSent:
        s = fewer ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n segment(s) fewer (%1 instead of %2)."), n)
                  : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B sends %n segment(s) more (%1 instead of %2)."), n);
        break;
    case Kind::SegmentsLost:
        s = fewer ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B loses %n segment(s) fewer on the way (%1 instead of %2)."), n)
                  : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "B loses %n segment(s) more on the way (%1 instead of %2)."), n);
        break;
    default:
        return {};
    }
    return s.arg(d.countB).arg(d.countA);
}

QString sentenceBody(const TraceDifference &d)
{
    const bool earlier = d.delta < 0;
    const QString amount = formatDuration(std::llabs(d.delta));
    switch (d.kind) {
    case Kind::GoneTime:
        return (earlier ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's socket is gone %1 earlier (at %2 instead of %3)."))
                        : tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's socket is gone %1 later (at %2 instead of %3).")))
            .arg(amount, formatDuration(d.timeB), formatDuration(d.timeA));
    case Kind::GoneOnlyInA:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "A's socket is gone at %1 (%2); B's is still in %3 when its run ends."))
            .arg(formatDuration(d.timeA), goneReasonLabel(d.reasonA), text::stateName(d.stateB));
    case Kind::GoneOnlyInB:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's socket is gone at %1 (%2); A's is still in %3 when its run ends."))
            .arg(formatDuration(d.timeB), goneReasonLabel(d.reasonB), text::stateName(d.stateA));
    case Kind::GoneReason:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "The socket ends differently: %1 in A, %2 in B."))
            .arg(goneReasonLabel(d.reasonA), goneReasonLabel(d.reasonB));
    case Kind::Limit: {
        const auto limit = [](const std::string &key) {
            return key.empty() ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "(none)")) : QString::fromStdString(key);
        };
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "The parameter that ends the socket is %1 in A, %2 in B."))
            .arg(limit(d.limitA), limit(d.limitB));
    }
    case Kind::FinalState:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "The run ends with the socket in %1 in A and in %2 in B."))
            .arg(text::stateName(d.stateA), text::stateName(d.stateB));
    case Kind::ConnectErrno:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "connect() returns %1 in A, %2 in B."))
            .arg(errnoText(d.errnoA), errnoText(d.errnoB));
    case Kind::LastErrno:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "The application's last error is %1 in A, %2 in B."))
            .arg(errnoText(d.errnoA), errnoText(d.errnoB));
    case Kind::TimeInState:
        return (earlier ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "B spends %1 less in %2 (%3 instead of %4)."))
                        : tr_(QT_TRANSLATE_NOOP("CompareTexts", "B spends %1 more in %2 (%3 instead of %4).")))
            .arg(amount, text::stateName(d.state), formatDuration(d.timeB), formatDuration(d.timeA));
    case Kind::RunEnd:
        return (earlier ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's run ends %1 earlier (at %2 instead of %3)."))
                        : tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's run ends %1 later (at %2 instead of %3).")))
            .arg(amount, formatDuration(d.timeB), formatDuration(d.timeA));
    case Kind::Retransmissions:
    case Kind::RstSent:
    case Kind::SegmentsSent:
    case Kind::SegmentsLost:
        return countSentence(d);
    }
    return {};
}

QString sideNoun(Side s)
{
    //: in the headline: "B's client gives up 104 s earlier"
    return s == Side::Client ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "client")) : tr_(QT_TRANSLATE_NOOP("CompareTexts", "server"));
}

QString headlinePhrase(const TraceDifference &d)
{
    const QString amount = formatDuration(std::llabs(d.delta));
    switch (d.kind) {
    case Kind::GoneTime:
        if (d.reasonA == d.reasonB && d.reasonB == GoneReason::RetriesExhausted)
            return (d.delta < 0 ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's %1 gives up %2 earlier"))
                                : tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's %1 gives up %2 later")))
                .arg(sideNoun(d.side), amount);
        return (d.delta < 0 ? tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's %1 socket is gone %2 earlier"))
                            : tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's %1 socket is gone %2 later")))
            .arg(sideNoun(d.side), amount);
    case Kind::GoneOnlyInA:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "B's %1 socket is still in %2 at the end"))
            .arg(sideNoun(d.side), text::stateName(d.stateB));
    case Kind::GoneOnlyInB:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "only B's %1 socket is gone (at %2)"))
            .arg(sideNoun(d.side), formatDuration(d.timeB));
    case Kind::ConnectErrno:
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "connect() returns %1 in B")).arg(errnoText(d.errnoB));
    case Kind::Retransmissions: {
        const int n = std::abs(d.countB - d.countA);
        return (d.countB < d.countA ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "%n %1 retransmission(s) fewer"), n)
                                    : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "%n %1 retransmission(s) more"), n))
            .arg(retransKindLabel(d.retransKind));
    }
    case Kind::RstSent: {
        const int n = std::abs(d.countB - d.countA);
        return d.countB < d.countA ? tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "%n RST(s) fewer"), n)
                                   : tr_(QT_TRANSLATE_N_NOOP("CompareTexts", "%n RST(s) more"), n);
    }
    default:
        return {};
    }
}
} // namespace

QString differenceSentence(const TraceDifference &d)
{
    const QString body = sentenceBody(d);
    return d.kind == Kind::RunEnd ? body : sidePrefix(d.side).arg(body);
}

QString differenceHeadline(const std::vector<TraceDifference> &diffs)
{
    if (diffs.empty())
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "A and B run alike: the same ends, errors, retransmissions and times."));
    QStringList phrases;
    for (const TraceDifference &d : diffs) {
        const QString phrase = headlinePhrase(d);
        if (!phrase.isEmpty() && phrases.size() < 4)
            phrases << phrase;
    }
    if (phrases.isEmpty())
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "The sockets end alike; B differs in the details below."));
    //: joins the phrases of the headline
    return phrases.join(tr_(QT_TRANSLATE_NOOP("CompareTexts", "; ")));
}

bool isNotable(const TraceDifference &d, const std::vector<TraceDifference> &all)
{
    if (d.kind == Kind::TimeInState)
        return !d.untilRunEnd && std::llabs(d.delta) >= kMs;
    if (d.kind == Kind::SegmentsSent) {
        // More or fewer segments only because of more or fewer retransmissions: said already.
        int retrans = 0;
        for (const TraceDifference &r : all) {
            if (r.side == d.side && r.kind == Kind::Retransmissions)
                retrans += r.countB - r.countA;
        }
        return retrans != d.countB - d.countA;
    }
    return true;
}

QString settingName(const SettingDifference &d)
{
    using K = SettingDifference::Kind;
    const QString key = QString::fromStdString(d.key);
    switch (d.kind) {
    case K::Scenario: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "Scenario"));
    case K::Sysctl:
        switch (d.host) {
        case SettingDifference::Host::Both: return key;
        case SettingDifference::Host::Client: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "%1 (client)")).arg(key);
        case SettingDifference::Host::Server: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "%1 (server)")).arg(key);
        }
        return key;
    case K::Option: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "Scenario option %1")).arg(key);
    case K::Delay: return networkTitle(NetworkParameter::Delay);
    case K::Jitter: return networkTitle(NetworkParameter::Jitter);
    case K::LossC2S: return networkTitle(NetworkParameter::LossC2S);
    case K::LossS2C: return networkTitle(NetworkParameter::LossS2C);
    case K::Duplicate: return networkTitle(NetworkParameter::Duplicate);
    case K::Drops: return networkTitle(NetworkParameter::DropRules);
    case K::Firewall: return networkTitle(NetworkParameter::FirewallIdle);
    case K::Seed: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "Random seed"));
    case K::Until: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "Run until"));
    case K::Budget: return tr_(QT_TRANSLATE_NOOP("CompareTexts", "Event budget"));
    }
    return key;
}

QString settingValue(const SettingDifference &d, const std::string &value)
{
    using K = SettingDifference::Kind;
    const QString v = QString::fromStdString(value);
    if (v.isEmpty())
        //: a setting that is not set (no drop rules, no firewall, no time limit)
        return tr_(QT_TRANSLATE_NOOP("CompareTexts", "(none)"));
    switch (d.kind) {
    case K::Delay:
    case K::Jitter:
    case K::Until:
        return formatDuration(fromSeconds(v.toDouble()));
    case K::Sysctl: {
        const auto rows = sysctlRowsForKey(d.key);
        if (rows.size() != 1)
            return v;
        const std::string_view unit = rows.front().unit;
        QString text = unit == "bool" || unit == "mode" || unit == "count" ? v : v + QLatin1Char(' ') + unitLabel(unit);
        // What the number stands for: "0 means 8 to the kernel", "1 (on)".
        if (const QString meaning = valueMeaning(rows.front().id, v.toLongLong()); meaning.startsWith(v))
            text = meaning; // "0 means 8 to the kernel"
        else if (!meaning.isEmpty())
            text += QStringLiteral(" (%1)").arg(meaning);
        return text;
    }
    default:
        return v;
    }
}

} // namespace closelab::text
