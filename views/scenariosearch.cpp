// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/scenariosearch.h"

#include "core/scenario.h"
#include "views/scenariotexts.h"

#include <QCoreApplication>
#include <QTranslator>

namespace closelab::ScenarioSearch {

namespace {
struct SymptomRow {
    const char *text;
    const char *aliases; // space separated
    const char *scenarios;
};

// What people type when something is wrong, and where the library shows it.
constexpr SymptomRow kSymptoms[] = {
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Cannot assign requested address"), "EADDRNOTAVAIL",
     "port_exhaustion tw_reuse http_server_load"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Too many open files"), "EMFILE ulimit", "close_wait_leak"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Too many sockets in CLOSE_WAIT"), "CLOSE_WAIT CLOSE-WAIT",
     "close_wait_leak fin_wait2_timeout"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Too many sockets in TIME_WAIT"), "TIME_WAIT TIME-WAIT",
     "normal_close server_close_first last_ack_lost tw_bucket_overflow port_exhaustion tw_reuse http_server_load"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "time wait bucket table overflow"), "tcp_max_tw_buckets", "tw_bucket_overflow http_server_load"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Connection reset by peer"), "ECONNRESET RST",
     "rst_linger0 rst_unread_data process_crash firewall_idle_timeout keepalive_dead_peer orphan_overflow"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Broken pipe"), "EPIPE SIGPIPE", "rst_data_after_close process_crash"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Connection refused"), "ECONNREFUSED", "rst_closed_port"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Connection timed out"), "ETIMEDOUT",
     "syn_unanswered peer_crash keepalive_dead_peer"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Address already in use"), "EADDRINUSE SO_REUSEADDR", "so_reuseaddr_restart"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "SYN flood"), "syncookies SYN_RECV", "syn_flood"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "possible SYN flooding on port"), "tcp_max_syn_backlog", "syn_flood"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Listen queue overflow"), "somaxconn backlog ListenOverflows",
     "accept_queue_overflow"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Too many orphaned sockets"), "tcp_max_orphans", "orphan_overflow"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Stuck in FIN_WAIT1"), "FIN_WAIT1 FIN-WAIT-1 tcp_orphan_retries",
     "fin_unacked zero_window_fin_wait1"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Stuck in FIN_WAIT2"), "FIN_WAIT2 FIN-WAIT-2 tcp_fin_timeout",
     "fin_wait2_timeout half_close"},
    {QT_TRANSLATE_NOOP("ScenarioSearch", "Idle connection dropped by a firewall"), "NAT conntrack",
     "firewall_idle_timeout"},
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The Chinese catalogue, whatever the interface language: a Chinese query finds scenarios in the
// English interface too (and an English one in the Chinese interface through the sources).
const QTranslator &chinese()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator(QCoreApplication::instance());
        // Without the catalogue (a test without the app's resources) Chinese queries match only in
        // the Chinese interface.
        (void)t->load(QStringLiteral(":/i18n/closelab_zh_CN.qm"));
        return t;
    }();
    return *translator;
}

// Every text of a message a query may match: the source, its Chinese, and the interface's.
QStringList inEveryLanguage(const char *context, const char *source)
{
    return {QString::fromUtf8(source), chinese().translate(context, source), QCoreApplication::translate(context, source)};
}

bool anyContains(const QStringList &texts, const QString &query)
{
    for (const QString &text : texts) {
        if (!text.isEmpty() && text.contains(query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QVector<Symptom> symptoms()
{
    QVector<Symptom> out;
    for (const SymptomRow &row : kSymptoms)
        out.append({QString::fromLatin1(row.text), words(row.aliases), words(row.scenarios)});
    return out;
}

bool matches(const QString &scenario, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return true;
    const ScenarioInfo *info = findScenario(scenario.toStdString());
    if (!info)
        return false;
    if (scenario.contains(q, Qt::CaseInsensitive))
        return true;
    // Its description: the engine's English summary, the translated description in both languages.
    const std::string summary(info->summary);
    if (QString::fromStdString(summary).contains(q, Qt::CaseInsensitive) || text::scenarioDescription(*info).contains(q, Qt::CaseInsensitive))
        return true;
    for (const SymptomRow &row : kSymptoms) {
        if (!words(row.scenarios).contains(scenario))
            continue;
        if (anyContains(inEveryLanguage("ScenarioSearch", row.text), q) || anyContains(words(row.aliases), q))
            return true;
    }
    return false;
}

QStringList find(const QString &query)
{
    QStringList out;
    for (const ScenarioInfo &info : scenarioLibrary()) {
        const QString name = QString::fromLatin1(info.name.data(), qsizetype(info.name.size()));
        if (matches(name, query))
            out << name;
    }
    return out;
}

} // namespace closelab::ScenarioSearch
