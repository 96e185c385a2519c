// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationjson.h"

#include "jsontext.h"
#include "tracejson.h"

#include <cstdio>

namespace closelab {
namespace {

std::string num(double v) { return json::number(v); }

std::string quoted(const std::string &s) { return json::quoted(s); }

template <typename Map> std::string object(const Map &m)
{
    std::string o = "{";
    for (const auto &[k, v] : m) o += (o.size() > 1 ? "," : "") + quoted(k) + ":" + num(static_cast<double>(v));
    return o + "}";
}

} // namespace

std::string populationToJson(const RunConfig &config, const PopulationConfig &w, const PopulationResult &r)
{
    std::string o = traceToJson(config, r.sample);
    while (!o.empty() && (o.back() == '\n' || o.back() == '}')) {
        const bool brace = o.back() == '}';
        o.pop_back();
        if (brace) break;
    }
    const char *closer = w.closer == Closer::Client ? "client" : w.closer == Closer::Server ? "server" : "mix";
    o += ",\"workload\":{\"rate\":" + num(w.rate) + ",\"duration\":" + num(w.duration) + ",\"tail\":" + num(w.tail)
        + ",\"clients\":" + num(w.clients) + ",\"nat\":" + (w.nat ? "true" : "false") + ",\"closer\":\"" + closer + "\""
        + ",\"leak\":" + num(w.leak) + ",\"accept_rate\":" + num(w.acceptRate) + ",\"accepts\":" + (w.serverAccepts ? "true" : "false")
        + ",\"backlog\":" + num(w.backlog) + ",\"syn_flood\":" + num(w.synFloodRate) + "}";
    o += ",\"series\":{\"t\":[";
    for (std::size_t i = 0; i < r.series.t.size(); ++i) o += (i ? "," : "") + num(r.series.t[i]);
    o += "]";
    for (std::size_t c = 0; c < r.series.names.size(); ++c) {
        o += ",\n" + quoted(r.series.names[c]) + ":[";
        const auto &col = r.series.columns[c];
        for (std::size_t i = 0; i < col.size(); ++i) o += (i ? "," : "") + num(col[i]);
        o += "]";
    }
    o += "},\"limits\":" + object(r.series.limits);
    const PopulationTotals &t = r.totals;
    o += ",\"totals\":{\"connects_attempted\":" + num(static_cast<double>(t.connectsAttempted))
        + ",\"connects_ok\":" + num(static_cast<double>(t.connectsOk)) + ",\"connects_failed\":" + object(t.connectsFailed)
        + ",\"accepts\":" + num(static_cast<double>(t.accepts)) + ",\"accepts_failed\":" + num(static_cast<double>(t.acceptsFailed))
        + ",\"rst_sent\":" + object(t.rstSent) + ",\"time_wait_peak\":{\"client\":" + num(static_cast<double>(t.timeWaitPeakClient))
        + ",\"server\":" + num(static_cast<double>(t.timeWaitPeakServer)) + "},\"syn_recv_peak\":" + num(static_cast<double>(t.synRecvPeak))
        + ",\"accept_queue_peak\":" + num(static_cast<double>(t.acceptQueuePeak)) + ",\"cookies_sent\":" + num(static_cast<double>(t.cookiesSent))
        + ",\"counters\":" + object(t.linuxCounters) + "}";
    o += ",\"events_processed\":" + num(static_cast<double>(r.events)) + ",\"tw_bytes_per_socket\":" + num(r.twBytesPerSocket) + "}\n";
    return o;
}

std::string populationToText(const RunConfig &config, const PopulationConfig &w, const PopulationResult &r)
{
    std::string o = "# " + config.scenario + ": " + num(w.rate) + " connections/s for " + num(w.duration) + " s, "
        + std::to_string(r.events) + " events\n";
    const PopulationTotals &t = r.totals;
    o += "connects: " + num(static_cast<double>(t.connectsAttempted)) + " attempted, " + num(static_cast<double>(t.connectsOk)) + " ok";
    for (const auto &[k, v] : t.connectsFailed) o += ", " + num(static_cast<double>(v)) + " " + k;
    o += "\naccepts: " + num(static_cast<double>(t.accepts)) + " (" + num(static_cast<double>(t.acceptsFailed)) + " EMFILE)";
    o += "\nTIME_WAIT peak: client " + num(static_cast<double>(t.timeWaitPeakClient)) + ", server " + num(static_cast<double>(t.timeWaitPeakServer));
    o += "\nSYN_RECV peak " + num(static_cast<double>(t.synRecvPeak)) + ", accept queue peak " + num(static_cast<double>(t.acceptQueuePeak))
        + ", cookies sent " + num(static_cast<double>(t.cookiesSent)) + "\n";
    for (const auto &[k, v] : t.rstSent) o += "RST " + k + ": " + num(static_cast<double>(v)) + "\n";
    for (const auto &[k, v] : t.linuxCounters) o += k + ": " + num(static_cast<double>(v)) + "\n";
    const char *cols[] = {"client.ESTABLISHED", "client.TIME_WAIT", "server.TIME_WAIT", "server.CLOSE_WAIT", "server.SYN_RECV",
                          "server.accept_queue", "client.ports_in_use", "connects.failed.EADDRNOTAVAIL"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%8s", "t");
    o += buf;
    for (const char *c : cols) {
        std::string name = c;
        if (name.starts_with("client.")) name = "c." + name.substr(7);
        else if (name.starts_with("server.")) name = "s." + name.substr(7);
        else if (name.starts_with("connects.failed.")) name = "fail." + name.substr(16);
        std::snprintf(buf, sizeof buf, " %13.13s", name.c_str());
        o += buf;
    }
    o += "\n";
    const std::size_t step = std::max<std::size_t>(1, r.series.t.size() / 30);
    for (std::size_t i = 0; i < r.series.t.size(); i += step) {
        std::snprintf(buf, sizeof buf, "%8.2f", r.series.t[i]);
        o += buf;
        for (const char *c : cols) {
            const auto *col = r.series.column(c);
            std::snprintf(buf, sizeof buf, " %13.0f", col ? (*col)[i] : 0.0);
            o += buf;
        }
        o += "\n";
    }
    return o;
}

std::string seriesToCsv(const Series &s)
{
    std::string o = "t";
    for (const std::string &n : s.names) o += "," + n;
    o += "\n";
    for (std::size_t i = 0; i < s.t.size(); ++i) {
        o += num(s.t[i]);
        for (const auto &c : s.columns) o += "," + num(c[i]);
        o += "\n";
    }
    return o;
}

} // namespace closelab
