// SPDX-License-Identifier: GPL-3.0-or-later
// How the engine's replay of a capture differs from the capture (core/capture/replay.h).
#include "replay.h"

namespace closelab::capture {

SegmentKind segmentKindOf(const SegmentHeader &h)
{
    if (h.flags & FlagRst) return SegmentKind::Rst;
    if ((h.flags & FlagSyn) && (h.flags & FlagAck)) return SegmentKind::SynAck;
    if (h.flags & FlagSyn) return SegmentKind::Syn;
    if (h.flags & FlagFin) return SegmentKind::Fin;
    if (h.len > 0) return SegmentKind::Data;
    return SegmentKind::Ack;
}

std::string_view segmentKindName(SegmentKind k)
{
    switch (k) {
    case SegmentKind::Syn: return "SYN";
    case SegmentKind::SynAck: return "SYN-ACK";
    case SegmentKind::Data: return "data";
    case SegmentKind::Fin: return "FIN";
    case SegmentKind::Rst: return "RST";
    case SegmentKind::Ack: return "ACK";
    }
    return "";
}

std::vector<TcpState> statePath(const Trace &trace, Side side)
{
    std::vector<TcpState> path;
    for (const TraceEvent &e : trace.events) {
        if (e.host != side || e.conn != 0) continue;
        if (e.type == EventType::State && (path.empty() || path.back() != e.to)) path.push_back(e.to);
    }
    return path;
}

std::vector<ReplayDifference> compareReplay(const Trace &capture, const Trace &engine)
{
    std::vector<ReplayDifference> out;
    for (Side side : {Side::Client, Side::Server}) {
        const std::vector<TcpState> a = statePath(capture, side);
        const std::vector<TcpState> b = statePath(engine, side);
        if (a != b) {
            ReplayDifference d;
            d.kind = ReplayDifference::Kind::StatePath;
            d.side = side;
            std::size_t k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
            d.common.assign(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(k));
            d.captureTail.assign(a.begin() + static_cast<std::ptrdiff_t>(k), a.end());
            d.engineTail.assign(b.begin() + static_cast<std::ptrdiff_t>(k), b.end());
            out.push_back(std::move(d));
        }
        const auto &ra = capture.side(side).retransmissions;
        const auto &rb = engine.side(side).retransmissions;
        for (int k = 0; k < kRetransKindCount; ++k) {
            if (ra[static_cast<std::size_t>(k)] == rb[static_cast<std::size_t>(k)]) continue;
            ReplayDifference d;
            d.kind = ReplayDifference::Kind::Retransmissions;
            d.side = side;
            d.retransKind = static_cast<RetransKind>(k);
            d.capture = ra[static_cast<std::size_t>(k)];
            d.engine = rb[static_cast<std::size_t>(k)];
            out.push_back(d);
        }
        std::array<std::array<int, kSegmentKindCount>, 2> count{};
        for (int run = 0; run < 2; ++run)
            for (const SegmentRecord &s : (run == 0 ? capture : engine).segments)
                if (s.from == side && s.conn == 0) ++count[static_cast<std::size_t>(run)][static_cast<std::size_t>(segmentKindOf(s.header))];
        // A retransmission difference already explains the same difference in SYN, SYN-ACK or FIN segments.
        const auto echo = [&](SegmentKind k, RetransKind r) {
            return (ra[static_cast<std::size_t>(r)] - rb[static_cast<std::size_t>(r)])
                == count[0][static_cast<std::size_t>(k)] - count[1][static_cast<std::size_t>(k)];
        };
        for (int k = 0; k < kSegmentKindCount; ++k) {
            const int ca = count[0][static_cast<std::size_t>(k)], cb = count[1][static_cast<std::size_t>(k)];
            if (ca == cb) continue;
            const auto kind = static_cast<SegmentKind>(k);
            if ((kind == SegmentKind::Syn && echo(kind, RetransKind::Syn)) || (kind == SegmentKind::SynAck && echo(kind, RetransKind::SynAck))
                || (kind == SegmentKind::Fin && echo(kind, RetransKind::Fin)) || (kind == SegmentKind::Data && echo(kind, RetransKind::Data)))
                continue;
            ReplayDifference d;
            d.kind = ReplayDifference::Kind::Segments;
            d.side = side;
            d.segmentKind = kind;
            d.capture = ca;
            d.engine = cb;
            out.push_back(d);
        }
    }
    return out;
}

} // namespace closelab::capture
