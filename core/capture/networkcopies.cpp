// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of segments the network made (a late duplicate, an older incarnation's segment) are set aside
// before the inference: they are nothing their sender did.
#include "inferencedetail.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

namespace closelab::capture {
namespace {

// Takes out the copies the network made, which are nothing their sender did (the kernel suite's
// stale_segment puts a captured frame on the wire again 1.5 s later):
// - a segment before its sender's ISN. Every segment a socket sends lies at or after its ISN
//   (tcp_output.c: tcp_transmit_skb() sends from the write queue, which starts at ISN + 1; a probe sits
//   at snd_una - 1 >= ISN): one before it belongs to an older incarnation of the four-tuple, delivered
//   late (the receiver's PAWS check drops it: tcp_input.c: tcp_validate_incoming());
// - data repeated with the very TSval of an earlier transmission more than 2 ms (two ticks of the
//   millisecond TS clock) before: a retransmission carries the time it was sent (tcp_output.c:
//   __tcp_transmit_skb() stamps the skb, tcp_options_write() writes tcp_skb_timestamp_ts()).
std::vector<SegmentInfo> takeNetworkCopies(const CaptureIndex &ix, Connection &conn)
{
    constexpr SimTime kTsTicks = 2 * kMs;
    std::array<std::optional<std::uint32_t>, 2> isn;
    std::array<std::optional<std::uint32_t>, 2> nxt;
    std::vector<SegmentInfo> copies;
    std::vector<SegmentInfo> kept;
    kept.reserve(conn.segments.size());
    auto repeatsEarlier = [&](const TcpPacket &p, Side side) {
        for (std::size_t j = kept.size(); j-- > 0;) {
            const TcpPacket &q = ix.tcp[kept[j].packet];
            if (kept[j].from == side && q.seq == p.seq && q.payload == p.payload && q.flags == p.flags)
                return q.tsval == p.tsval && p.t - q.t > kTsTicks;
        }
        return false;
    };
    for (SegmentInfo &info : conn.segments) {
        const TcpPacket &p = ix.tcp[info.packet];
        const std::size_t xi = static_cast<std::size_t>(sideIndex(info.from));
        auto &x = isn[xi];
        if ((p.flags & FlagSyn) && !x) x = p.seq;
        const bool beforeIsn = x && !(p.flags & (FlagSyn | FlagRst)) && seqBefore(p.seq, *x);
        const bool repeated = !beforeIsn && p.tsval != 0 && p.payload > 0 && nxt[xi] && seqBefore(p.seq, *nxt[xi]) &&
                              repeatsEarlier(p, info.from);
        if (!beforeIsn && !(p.flags & FlagRst)) {
            const std::uint32_t end = p.seq + p.payload + ((p.flags & FlagSyn) ? 1u : 0u) + ((p.flags & FlagFin) ? 1u : 0u);
            if (!nxt[xi] || seqAfter(end, *nxt[xi])) nxt[xi] = end;
        }
        if (beforeIsn || repeated) {
            info.networkCopy = true;
            const std::string note = std::string("network_copy:") + std::string(sideName(info.from));
            if (std::find(conn.notes.begin(), conn.notes.end(), note) == conn.notes.end()) conn.notes.push_back(note);
            copies.push_back(info);
        } else {
            kept.push_back(info);
        }
    }
    if (!copies.empty()) conn.segments = std::move(kept);
    return copies;
}

} // namespace

void inferConnection(const CaptureIndex &ix, Connection &conn)
{
    const std::vector<SegmentInfo> copies = takeNetworkCopies(ix, conn);
    inferSegments(ix, conn);
    if (copies.empty()) return;
    std::vector<SegmentInfo> all;
    all.reserve(conn.segments.size() + copies.size());
    std::merge(conn.segments.begin(), conn.segments.end(), copies.begin(), copies.end(), std::back_inserter(all),
               [](const SegmentInfo &a, const SegmentInfo &b) { return a.packet < b.packet; });
    conn.segments = std::move(all);
}

} // namespace closelab::capture
