// SPDX-License-Identifier: GPL-3.0-or-later
// Each side's states from the segments, per Linux's rules (tcp_input.c: tcp_rcv_state_process(),
// tcp_fin(); tcp_minisocks.c; tcp_timer.c), honest about the capture point: a segment the capture saw
// may still have been lost between the capture point and its receiver, and the receiver's later
// segments are what tells.
#include "connection.h"
#include "inferencedetail.h"

#include <algorithm>

namespace closelab::capture {

std::string stepName(const StateStep &s)
{
    if (s.unknown) return "UNKNOWN";
    return s.gone ? std::string("GONE") : std::string(stateName(s.state));
}

std::string_view rstCauseName(RstCause c)
{
    switch (c) {
    case RstCause::Unknown: return "unknown";
    case RstCause::NoListener: return "no_listener";
    case RstCause::UnreadData: return "unread_data";
    case RstCause::Linger0: return "linger0";
    case RstCause::DataAfterClose: return "data_after_close";
    case RstCause::FinWait2Gone: return "fin_wait2_gone";
    case RstCause::AcceptQueueAbort: return "accept_queue_abort";
    case RstCause::KeepaliveExhausted: return "keepalive_exhausted";
    case RstCause::RetriesExhausted: return "retries_exhausted";
    case RstCause::NoSocket: return "no_socket";
    case RstCause::OrphanOverflow: return "orphan_overflow";
    }
    return "unknown";
}

std::string_view endingName(Ending e)
{
    switch (e) {
    case Ending::FinBothWays: return "fin_both_ways";
    case Ending::RstByClient: return "rst_by_client";
    case Ending::RstByServer: return "rst_by_server";
    case Ending::StillOpen: return "still_open";
    case Ending::GaveUp: return "gave_up";
    case Ending::Refused: return "refused";
    }
    return "still_open";
}

namespace {

// Splits one flow's segments into connections: a SYN (without ACK) with a sequence number other than
// the current connection's starts a new connection on the same four-tuple (port reuse).
void splitFlows(const CaptureIndex &ix, std::vector<Connection> &out)
{
    struct Current {
        std::int64_t conn = -1;
        bool synSeen = false;
        std::uint32_t isn = 0;
        std::uint8_t synFromB = 0;
        std::uint8_t clientFromB = 0; // the client is the flow's endpoint b
        bool selfFlow = false;        // a socket connected to itself: every segment is the client's
    };
    std::vector<Current> current(ix.flows.size());
    for (std::uint32_t i = 0; i < ix.tcp.size(); ++i) {
        const TcpPacket &p = ix.tcp[i];
        Current &c = current[p.flow];
        const bool pureSyn = (p.flags & FlagSyn) && !(p.flags & FlagAck);
        bool fresh = c.conn < 0;
        if (!fresh && pureSyn && (!c.synSeen || c.isn != p.seq || c.synFromB != p.fromB)) {
            // A SYN after segments without one (a connection already under way when the capture
            // began) also starts a new connection.
            fresh = true;
        }
        if (fresh) {
            c = {};
            c.conn = static_cast<std::int64_t>(out.size());
            Connection conn;
            conn.id = static_cast<std::uint32_t>(out.size());
            conn.start = p.t;
            out.push_back(std::move(conn));
            // Roles: the flow's endpoint a sent this packet or the other one.
            const Flow &f = ix.flows[p.flow];
            Connection &nc = out.back();
            if (pureSyn) {
                nc.rolesKnown = true;
                nc.client = p.fromB ? f.b : f.a;
                nc.server = p.fromB ? f.a : f.b;
            } else if ((p.flags & FlagSyn) && (p.flags & FlagAck)) {
                nc.rolesKnown = true;
                nc.server = p.fromB ? f.b : f.a;
                nc.client = p.fromB ? f.a : f.b;
            } else {
                // Without a handshake, the lower port is taken for the server.
                const bool aServer = f.a.port < f.b.port;
                nc.server = aServer ? f.a : f.b;
                nc.client = aServer ? f.b : f.a;
            }
            c.clientFromB = nc.client == f.b ? 1 : 0;
            c.selfFlow = f.a == f.b;
        }
        if (pureSyn && !c.synSeen) {
            c.synSeen = true;
            c.isn = p.seq;
            c.synFromB = p.fromB;
        }
        Connection &conn = out[static_cast<std::size_t>(c.conn)];
        conn.segments.push_back({i, c.selfFlow || p.fromB == c.clientFromB ? Side::Client : Side::Server, std::nullopt, false});
        conn.end = p.t;
    }
}

} // namespace

std::vector<Connection> explainConnections(const CaptureIndex &index)
{
    std::vector<Connection> out;
    splitFlows(index, out);
    std::sort(out.begin(), out.end(), [](const Connection &a, const Connection &b) {
        return a.start != b.start ? a.start < b.start : a.segments.front().packet < b.segments.front().packet;
    });
    for (std::uint32_t i = 0; i < out.size(); ++i) out[i].id = i;
    for (Connection &c : out) inferConnection(index, c);
    inferAcrossConnections(index, out);
    return out;
}

} // namespace closelab::capture
