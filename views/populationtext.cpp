// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/populationtext.h"

#include "views/codetexts.h"

#include "core/codes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace closelab::text {
namespace {

QString tr_(const char *s) { return QCoreApplication::translate("PopulationText", s); }
QString n(std::int64_t v) { return QLocale().toString(qint64(v)); }
QString q(const std::string &s) { return QString::fromStdString(s); }
QString seconds(double t) { return tr_(QT_TRANSLATE_NOOP("PopulationText", "%1 s")).arg(QLocale().toString(t, 'f', t < 10 ? 2 : 1)); }

QString errnoText(const std::string &name)
{
    for (int e = 0; e <= int(Errno::Enotconn); ++e)
        if (errnoName(Errno(e)) == name) return QStringLiteral("%1 (%2)").arg(q(name), errnoMeaning(Errno(e)));
    return q(name);
}

QString rstText(const std::string &name)
{
    for (int r = 0; r < kRstReasonCount; ++r)
        if (rstReasonName(RstReason(r)) == name) return rstReasonLabel(RstReason(r));
    return q(name);
}

QString states(const std::map<std::string, std::int64_t> &m)
{
    if (m.empty()) return tr_(QT_TRANSLATE_NOOP("PopulationText", "no socket"));
    QStringList parts;
    for (const auto &[state, count] : m) parts << QStringLiteral("%1 %2").arg(q(state), n(count));
    return parts.join(QStringLiteral(" · "));
}

QString failures(const PopulationMoment &m)
{
    QStringList parts;
    for (const auto &[e, count] : m.connectFailures) parts << QStringLiteral("%1 %2").arg(q(e), n(count));
    if (m.acceptsFailed) parts << tr_(QT_TRANSLATE_NOOP("PopulationText", "accept() EMFILE %1")).arg(n(m.acceptsFailed));
    return parts.isEmpty() ? tr_(QT_TRANSLATE_NOOP("PopulationText", "none")) : parts.join(QStringLiteral(" · "));
}

QString rsts(const std::map<std::string, std::int64_t> &m)
{
    QStringList parts;
    for (const auto &[reason, count] : m) parts << QStringLiteral("%1 %2").arg(rstText(reason), n(count));
    return parts.isEmpty() ? tr_(QT_TRANSLATE_NOOP("PopulationText", "none")) : parts.join(QStringLiteral(" · "));
}

} // namespace

QString populationHeader(const PopulationMoment &m)
{
    if (!m.started) return tr_(QT_TRANSLATE_NOOP("PopulationText", "Population: no sample yet."));
    return tr_(QT_TRANSLATE_NOOP("PopulationText", "Population at %1 · client: %2 · server: %3\nconnect() %4 ok of %5 · failed so far: %6 · RSTs so far: %7"))
        .arg(seconds(m.t), states(m.client), states(m.server), n(m.connectsOk), n(m.connectsAttempted),
             failures(m), rsts(m.rsts));
}

QString populationNarrationHtml(const PopulationMoment &m, const PopulationResult &result)
{
    if (!m.started) return {};
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr_(QT_TRANSLATE_NOOP("PopulationText", "The population:")).toHtmlEscaped(),
                            tr_(QT_TRANSLATE_NOOP("PopulationText", "at %1, %2 connections have been attempted and %3 established. "
                                                                    "Client sockets: %4. Server sockets: %5."))
                                .arg(seconds(m.t), n(m.connectsAttempted), n(m.connectsOk), states(m.client), states(m.server))
                                .toHtmlEscaped());
    if (!m.connectFailures.empty() || m.acceptsFailed) {
        QStringList parts;
        for (const auto &[e, count] : m.connectFailures)
            parts << tr_(QT_TRANSLATE_NOOP("PopulationText", "%1 connect() calls failed with %2")).arg(n(count), errnoText(e));
        if (m.acceptsFailed)
            parts << tr_(QT_TRANSLATE_NOOP("PopulationText", "%1 accept() calls failed with EMFILE (no file descriptor left)")).arg(n(m.acceptsFailed));
        html += QStringLiteral("<p><b>%1</b> %2.</p>").arg(tr_(QT_TRANSLATE_NOOP("PopulationText", "So far:")).toHtmlEscaped(),
                                                          parts.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (!m.rsts.empty())
        html += QStringLiteral("<p><b>%1</b> %2.</p>").arg(tr_(QT_TRANSLATE_NOOP("PopulationText", "RSTs so far:")).toHtmlEscaped(),
                                                          rsts(m.rsts).toHtmlEscaped());
    html += QStringLiteral("<p style='color:#6b727c'>%1</p>").arg(sampleLabel(result).toHtmlEscaped());
    return html;
}

QString populationSummaryHtml(const PopulationResult &result)
{
    const PopulationTotals &t = result.totals;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr_(QT_TRANSLATE_NOOP("PopulationText", "Population summary")).toHtmlEscaped());
    auto row = [&](const QString &what, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(what.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr_(QT_TRANSLATE_NOOP("PopulationText", "connect() attempted")), n(t.connectsAttempted));
    row(tr_(QT_TRANSLATE_NOOP("PopulationText", "connect() succeeded")), n(t.connectsOk));
    for (const auto &[e, count] : t.connectsFailed)
        row(tr_(QT_TRANSLATE_NOOP("PopulationText", "connect() failed: %1")).arg(errnoText(e)), n(count));
    row(tr_(QT_TRANSLATE_NOOP("PopulationText", "accept() succeeded")), n(t.accepts));
    row(tr_(QT_TRANSLATE_NOOP("PopulationText", "accept() failed: EMFILE")), n(t.acceptsFailed));
    for (const auto &[reason, count] : t.rstSent) row(tr_(QT_TRANSLATE_NOOP("PopulationText", "RST: %1")).arg(rstText(reason)), n(count));
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='4'>").arg(tr_(QT_TRANSLATE_NOOP("PopulationText", "Peaks")).toHtmlEscaped());
    for (const PopulationPeak &p : populationPeaks(result)) {
        QString value = n(std::int64_t(p.value));
        if (p.limit > 0) value += QStringLiteral(" / ") + n(std::int64_t(p.limit));
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td><td>%3</td></tr>")
                    .arg(q(p.column).toHtmlEscaped(), value.toHtmlEscaped(),
                         tr_(QT_TRANSLATE_NOOP("PopulationText", "first at %1")).arg(seconds(p.t)).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString sampleLabel(const PopulationResult &result)
{
    return tr_(QT_TRANSLATE_NOOP("PopulationText", "The sequence diagram shows connection #1 of %1: a sample. The counts above are the whole population's."))
        .arg(n(result.totals.connectsAttempted));
}

} // namespace closelab::text
