// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/optiontexts.h"

#include "core/population.h"
#include "core/scenario.h"

#include <QCoreApplication>

namespace closelab::text {

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("OptionTexts", source);
}

struct Words {
    const char *key;
    const char *title;
    const char *unit;
    const char *description;
};

const Words kWords[] = {
    // Single-connection scenarios.
    {"server_close_delay", QT_TRANSLATE_NOOP("OptionTexts", "Server closes after"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "Time between the server reading EOF and its close().")},
    {"client_close_delay", QT_TRANSLATE_NOOP("OptionTexts", "Client closes after"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "Time between the client reading EOF and its close().")},
    {"mode", QT_TRANSLATE_NOOP("OptionTexts", "How the application closes"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "close: the socket becomes an orphan; shutdown: the application keeps it.")},
    {"send_for", QT_TRANSLATE_NOOP("OptionTexts", "Server keeps sending for"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "How long the server sends after the client's shutdown(SHUT_WR).")},
    {"server_close_at", QT_TRANSLATE_NOOP("OptionTexts", "Server closes at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the server application calls close(); empty: never.")},
    {"client_close_at", QT_TRANSLATE_NOOP("OptionTexts", "Client closes at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the client application calls close(); empty: never.")},
    {"n", QT_TRANSLATE_NOOP("OptionTexts", "ACKs lost"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "How many of the client's last ACKs the network drops.")},
    {"time_wait", QT_TRANSLATE_NOOP("OptionTexts", "TIME_WAIT"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "on: the old connection waits 2MSL; off: it is gone at once, as if TIME_WAIT did not exist.")},
    {"reconnect_at", QT_TRANSLATE_NOOP("OptionTexts", "New connection at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the new connection on the same 4-tuple starts.")},
    {"reuseaddr", QT_TRANSLATE_NOOP("OptionTexts", "SO_REUSEADDR"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "1: the restarted server sets SO_REUSEADDR before bind().")},
    {"who", QT_TRANSLATE_NOOP("OptionTexts", "Who sets SO_LINGER {1, 0}"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "client, server or both.")},
    {"reboot_at", QT_TRANSLATE_NOOP("OptionTexts", "Server host comes back at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the crashed host is up again (it answers with RST); empty: never.")},
    {"heal_at", QT_TRANSLATE_NOOP("OptionTexts", "Network heals at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the client's ACKs get through again.")},
    {"close_at", QT_TRANSLATE_NOOP("OptionTexts", "Application gives up at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the client application closes the connecting socket; empty: never.")},
    {"keepalive", QT_TRANSLATE_NOOP("OptionTexts", "SO_KEEPALIVE"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "1: the socket sends keepalive probes when idle.")},
    {"idle", QT_TRANSLATE_NOOP("OptionTexts", "Idle before the next write"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "How long the connection stays idle before the application writes again.")},
    {"action", QT_TRANSLATE_NOOP("OptionTexts", "Firewall action"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "drop: segments of a forgotten connection vanish; reset: the firewall answers RST.")},
    {"rcvbuf", QT_TRANSLATE_NOOP("OptionTexts", "Receive buffer of the peer"), "B",
     QT_TRANSLATE_NOOP("OptionTexts", "SO_RCVBUF of the receiver that stops reading.")},
    // Population runs.
    {"rate", QT_TRANSLATE_NOOP("OptionTexts", "Connections per second"), "/s",
     QT_TRANSLATE_NOOP("OptionTexts", "New connections arriving per second.")},
    {"duration", QT_TRANSLATE_NOOP("OptionTexts", "Arrivals for"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "How long new connections keep arriving.")},
    {"connections", QT_TRANSLATE_NOOP("OptionTexts", "Connections in all"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "Sets the duration so that this many connections arrive.")},
    {"tail", QT_TRANSLATE_NOOP("OptionTexts", "Simulated after the last arrival"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "Time simulated after the last connection arrived (TIME_WAIT drains).")},
    {"clients", QT_TRANSLATE_NOOP("OptionTexts", "Client machines"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "Client machines, each with its own address.")},
    {"nat", QT_TRANSLATE_NOOP("OptionTexts", "Clients behind one NAT"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "1: all clients share one address (ports and timestamps shared).")},
    {"closer", QT_TRANSLATE_NOOP("OptionTexts", "Who closes first"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "client, server or mix: the side that calls close() first gets TIME_WAIT.")},
    {"leak", QT_TRANSLATE_NOOP("OptionTexts", "Handlers that never close"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "Fraction 0..1 of server handlers that never call close() (a CLOSE_WAIT leak).")},
    {"accept_rate", QT_TRANSLATE_NOOP("OptionTexts", "accept() calls per second"), "/s",
     QT_TRANSLATE_NOOP("OptionTexts", "How fast the server accepts; 0: at once.")},
    {"accepts", QT_TRANSLATE_NOOP("OptionTexts", "Server calls accept()"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "0: the server never accepts (the accept queue fills).")},
    {"backlog", QT_TRANSLATE_NOOP("OptionTexts", "listen() backlog"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "The backlog passed to listen(), capped by net.core.somaxconn.")},
    {"hold", QT_TRANSLATE_NOOP("OptionTexts", "Connection held for"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "Time between the response and the first close().")},
    {"request", QT_TRANSLATE_NOOP("OptionTexts", "Request size"), "B",
     QT_TRANSLATE_NOOP("OptionTexts", "Bytes the client sends.")},
    {"response", QT_TRANSLATE_NOOP("OptionTexts", "Response size"), "B",
     QT_TRANSLATE_NOOP("OptionTexts", "Bytes the server answers.")},
    {"syn_flood", QT_TRANSLATE_NOOP("OptionTexts", "Spoofed SYNs per second"), "/s",
     QT_TRANSLATE_NOOP("OptionTexts", "SYNs from addresses that never answer (a SYN flood).")},
    {"syn_flood_count", QT_TRANSLATE_NOOP("OptionTexts", "Spoofed SYNs in all"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "0: for as long as the arrivals last.")},
    {"burst_rate", QT_TRANSLATE_NOOP("OptionTexts", "Burst: connections per second"), "/s",
     QT_TRANSLATE_NOOP("OptionTexts", "The arrival rate during the burst (0: no burst).")},
    {"burst_start", QT_TRANSLATE_NOOP("OptionTexts", "Burst starts at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "When the burst begins.")},
    {"burst_length", QT_TRANSLATE_NOOP("OptionTexts", "Burst lasts"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "How long the burst lasts.")},
    {"vanish", QT_TRANSLATE_NOOP("OptionTexts", "Clients vanish"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "1: each client disappears right after sending its request.")},
    {"server_closes", QT_TRANSLATE_NOOP("OptionTexts", "Share closed by the server"), "",
     QT_TRANSLATE_NOOP("OptionTexts", "Fraction 0..1 of connections the server closes first (closer = mix).")},
    {"retry", QT_TRANSLATE_NOOP("OptionTexts", "Retry a failed connect() after"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "0: a connect() that failed at once is not retried.")},
    {"start", QT_TRANSLATE_NOOP("OptionTexts", "First arrival at"), "s",
     QT_TRANSLATE_NOOP("OptionTexts", "Seconds before the first connection arrives.")},
};

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// The population workload's value of an option (after the scenario's preset).
QString populationValue(const PopulationConfig &w, const std::string &key)
{
    if (key == "rate") return number(w.rate);
    if (key == "duration") return number(w.duration);
    if (key == "tail") return number(w.tail);
    if (key == "clients") return number(w.clients);
    if (key == "nat") return number(w.nat ? 1 : 0);
    if (key == "closer") return w.closer == Closer::Client ? QStringLiteral("client") : w.closer == Closer::Server ? QStringLiteral("server") : QStringLiteral("mix");
    if (key == "leak") return number(w.leak);
    if (key == "accept_rate") return number(w.acceptRate);
    if (key == "accepts") return number(w.serverAccepts ? 1 : 0);
    if (key == "backlog") return number(w.backlog);
    if (key == "hold") return number(w.hold);
    if (key == "request") return number(w.requestBytes);
    if (key == "response") return number(w.responseBytes);
    if (key == "syn_flood") return number(w.synFloodRate);
    if (key == "syn_flood_count") return number(w.synFloodCount);
    if (key == "burst_rate") return number(w.burstRate);
    if (key == "burst_start") return number(w.burstStart);
    if (key == "burst_length") return number(w.burstLength);
    if (key == "vanish") return number(w.clientsVanish ? 1 : 0);
    if (key == "server_closes") return number(w.serverClosesFraction);
    if (key == "retry") return number(w.retry);
    if (key == "start") return number(w.start);
    return {};
}
} // namespace

OptionWords optionWords(const std::string &key)
{
    for (const Words &w : kWords) {
        if (key == w.key) {
            //: The unit seconds after an option's title ("Server closes after (s)")
            const QString unit = QByteArrayView(w.unit) == "s" ? tr_(QT_TRANSLATE_NOOP("OptionTexts", "s")) : QString::fromLatin1(w.unit);
            return {tr_(w.title), unit, tr_(w.description)};
        }
    }
    return {QString::fromStdString(key), QString(), QString()};
}

QString optionDefault(const std::string &scenario, const std::string &key)
{
    if (isPopulationScenario(scenario)) {
        RunConfig config;
        PopulationConfig w;
        populationPreset(scenario, config, w);
        return populationValue(w, key);
    }
    if (const ScenarioInfo *info = findScenario(scenario)) {
        for (const ScenarioOption &o : info->options) {
            if (o.key == key)
                return QString::fromLatin1(o.defaultValue.data(), qsizetype(o.defaultValue.size()));
        }
    }
    return {};
}

} // namespace closelab::text
