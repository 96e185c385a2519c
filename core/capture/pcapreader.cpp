// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapreader.h"

#include <pcap/pcap.h>

#include <arpa/inet.h>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unordered_map>

namespace closelab::capture {
namespace {

// Link types as libpcap's pcap_datalink() reports them (pcap/dlt.h).
constexpr int kDltNull = 0;
constexpr int kDltEthernet = 1;
constexpr int kDltRaw = 12;        // DLT_RAW on Linux (LINKTYPE_RAW 101 is mapped to it)
constexpr int kDltRawOpenBsd = 14; // DLT_RAW elsewhere
constexpr int kLinktypeRaw = 101;
constexpr int kDltLoop = 108;
constexpr int kDltLinuxSll = 113;
constexpr int kDltIpv4 = 228;
constexpr int kDltIpv6 = 229;
constexpr int kDltLinuxSll2 = 276;

std::uint16_t be16(const std::uint8_t *p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }
std::uint32_t be32(const std::uint8_t *p)
{
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
           static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}

enum class Net : std::uint8_t { None, V4, V6 };

Net fromEthertype(std::uint16_t type)
{
    if (type == 0x0800) return Net::V4;
    if (type == 0x86dd) return Net::V6;
    return Net::None;
}

// The TCP header at `p` (captured bytes `caplen`), carried in an IP payload of `ipPayload` bytes.
bool decodeTcp(const std::uint8_t *p, std::size_t caplen, std::uint32_t ipPayload, DecodedSegment &out, bool &malformed)
{
    if (caplen < 20 || ipPayload < 20) {
        malformed = true;
        return false;
    }
    const std::uint32_t doff = static_cast<std::uint32_t>(p[12] >> 4) * 4u;
    if (doff < 20 || doff > ipPayload) {
        malformed = true;
        return false;
    }
    out.src.port = be16(p);
    out.dst.port = be16(p + 2);
    out.packet.seq = be32(p + 4);
    out.packet.ack = be32(p + 8);
    out.packet.flags = static_cast<std::uint8_t>(p[13] & 0x1f);
    out.packet.window = be16(p + 14);
    out.packet.payload = ipPayload - doff;
    // The timestamp option (RFC 7323: kind 8, length 10): Linux puts it first after two NOPs, so the
    // common layout is checked before walking the options.
    const std::size_t optEnd = std::min<std::size_t>(doff, caplen);
    if (optEnd >= 32 && p[20] == 1 && p[21] == 1 && p[22] == 8 && p[23] == 10) {
        out.packet.tsval = be32(p + 24);
    } else {
        for (std::size_t o = 20; o < optEnd;) {
            const std::uint8_t kind = p[o];
            if (kind == 0) break;
            if (kind == 1) {
                ++o;
                continue;
            }
            if (o + 1 >= optEnd || p[o + 1] < 2) break;
            if (kind == 8 && p[o + 1] == 10 && o + 6 <= optEnd) {
                out.packet.tsval = be32(p + o + 2);
                break;
            }
            o += p[o + 1];
        }
    }
    return true;
}

bool decodeIpv4(const std::uint8_t *p, std::size_t caplen, DecodedSegment &out, bool &malformed)
{
    if (caplen < 20 || (p[0] >> 4) != 4) {
        malformed = true;
        return false;
    }
    const std::size_t ihl = static_cast<std::size_t>(p[0] & 0x0f) * 4u;
    const std::uint32_t total = be16(p + 2);
    if (ihl < 20 || caplen < ihl || total < ihl) {
        malformed = true;
        return false;
    }
    if (p[9] != 6) return false; // not TCP
    const std::uint16_t frag = be16(p + 6);
    if ((frag & 0x1fff) != 0 || (frag & 0x2000) != 0) return false; // a fragment: not indexed
    out.src = {};
    out.dst = {};
    std::memcpy(out.src.addr.data(), p + 12, 4);
    std::memcpy(out.dst.addr.data(), p + 16, 4);
    return decodeTcp(p + ihl, caplen - ihl, total - static_cast<std::uint32_t>(ihl), out, malformed);
}

bool decodeIpv6(const std::uint8_t *p, std::size_t caplen, DecodedSegment &out, bool &malformed)
{
    if (caplen < 40 || (p[0] >> 4) != 6) {
        malformed = true;
        return false;
    }
    std::uint32_t remaining = be16(p + 4); // payload length
    std::uint8_t next = p[6];
    std::size_t off = 40;
    out.src = {};
    out.dst = {};
    out.src.v6 = out.dst.v6 = true;
    std::memcpy(out.src.addr.data(), p + 8, 16);
    std::memcpy(out.dst.addr.data(), p + 24, 16);
    // Extension headers: hop-by-hop, routing, destination options. A fragment is not indexed.
    for (int guard = 0; guard < 8 && (next == 0 || next == 43 || next == 60); ++guard) {
        if (caplen < off + 8) {
            malformed = true;
            return false;
        }
        const std::uint32_t len = (static_cast<std::uint32_t>(p[off + 1]) + 1u) * 8u;
        if (len > remaining) {
            malformed = true;
            return false;
        }
        next = p[off];
        off += len;
        remaining -= len;
    }
    if (next != 6) return false;
    if (caplen < off) {
        malformed = true;
        return false;
    }
    return decodeTcp(p + off, caplen - off, remaining, out, malformed);
}

// Hashes a flow key eight bytes at a time (a byte-by-byte FNV over the 36 bytes was a third of the
// reading time of a 10-million-packet capture).
struct FlowKeyHash {
    static std::uint64_t mix(std::uint64_t h, std::uint64_t v)
    {
        h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        return h * 0xff51afd7ed558ccdull;
    }
    static std::uint64_t mixEndpoint(std::uint64_t h, const Endpoint &e)
    {
        std::uint64_t lo = 0, hi = 0;
        std::memcpy(&lo, e.addr.data(), 8);
        std::memcpy(&hi, e.addr.data() + 8, 8);
        return mix(mix(h, lo), hi ^ (static_cast<std::uint64_t>(e.port) << 1 | static_cast<std::uint64_t>(e.v6)));
    }
    std::size_t operator()(const std::pair<Endpoint, Endpoint> &k) const
    {
        const std::uint64_t h = mixEndpoint(mixEndpoint(0x2545f4914f6cdd1dull, k.first), k.second);
        return static_cast<std::size_t>(h ^ (h >> 29));
    }
};

ReadResult notACapture(const char *errbuf)
{
    ReadResult r;
    r.error = ReadError::NotACapture;
    const std::string why(errbuf);
    if (why.find("truncated") != std::string::npos) r.message = "not a pcap or pcapng file (the file header is cut short)";
    else r.message = "not a pcap or pcapng file (" + why + ")";
    return r;
}

} // namespace

bool linkTypeSupported(int linkType)
{
    switch (linkType) {
    case kDltNull: case kDltEthernet: case kDltRaw: case kDltRawOpenBsd: case kLinktypeRaw:
    case kDltLoop: case kDltLinuxSll: case kDltIpv4: case kDltIpv6: case kDltLinuxSll2:
        return true;
    default:
        return false;
    }
}

bool decodeFrame(int linkType, std::span<const std::uint8_t> frame, std::uint32_t /*wireLength*/,
                 DecodedSegment &out, bool &malformed)
{
    malformed = false;
    const std::uint8_t *p = frame.data();
    std::size_t n = frame.size();
    Net net = Net::None;
    switch (linkType) {
    case kDltEthernet: {
        if (n < 14) {
            malformed = true;
            return false;
        }
        std::uint16_t type = be16(p + 12);
        std::size_t off = 14;
        // 802.1Q and 802.1ad tags (stacked for QinQ).
        for (int guard = 0; guard < 4 && (type == 0x8100 || type == 0x88a8 || type == 0x9100); ++guard) {
            if (n < off + 4) {
                malformed = true;
                return false;
            }
            type = be16(p + off + 2);
            off += 4;
        }
        net = fromEthertype(type);
        p += off;
        n -= off;
        break;
    }
    case kDltLinuxSll:
        if (n < 16) {
            malformed = true;
            return false;
        }
        net = fromEthertype(be16(p + 14));
        p += 16;
        n -= 16;
        break;
    case kDltLinuxSll2:
        if (n < 20) {
            malformed = true;
            return false;
        }
        net = fromEthertype(be16(p));
        p += 20;
        n -= 20;
        break;
    case kDltRaw: case kDltRawOpenBsd: case kLinktypeRaw: case kDltIpv4: case kDltIpv6:
        if (n < 1) {
            malformed = true;
            return false;
        }
        net = (p[0] >> 4) == 4 ? Net::V4 : (p[0] >> 4) == 6 ? Net::V6 : Net::None;
        break;
    case kDltNull: case kDltLoop: {
        if (n < 4) {
            malformed = true;
            return false;
        }
        // The address family in the capturing host's byte order (NULL) or network order (LOOP):
        // AF_INET is 2 everywhere, AF_INET6 is 10 (Linux), 24 (NetBSD/OpenBSD), 28 (FreeBSD), 30 (macOS).
        std::uint32_t le = static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
                           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
        std::uint32_t bev = be32(p);
        const std::uint32_t af = linkType == kDltLoop ? bev : (le < 256 ? le : bev);
        if (af == 2) net = Net::V4;
        else if (af == 10 || af == 24 || af == 28 || af == 30) net = Net::V6;
        p += 4;
        n -= 4;
        break;
    }
    default:
        return false;
    }
    if (net == Net::V4) return decodeIpv4(p, n, out, malformed);
    if (net == Net::V6) return decodeIpv6(p, n, out, malformed);
    return false;
}

namespace {

ReadResult readOpened(pcap_t *pcap, const std::string &name, std::uint64_t size, const ReadOptions &options);

} // namespace

ReadResult readCapture(const std::string &path, const ReadOptions &options)
{
    ReadResult r;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        r.error = ReadError::CannotOpen;
        r.message = std::string("cannot open: ") + std::strerror(errno);
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = ReadError::CannotOpen;
        r.message = "not a regular file";
        return r;
    }
    const std::uint64_t size = static_cast<std::uint64_t>(st.st_size);
    if (size == 0) {
        r.error = ReadError::Empty;
        r.message = "empty file (0 bytes)";
        return r;
    }
    // Opened here so that its buffer can be set before the first read: libpcap reads each record with
    // fread(), and stdio's default 4 KiB buffer made a read() system call every ~40 records.
    FILE *f = std::fopen(path.c_str(), "rb");
    if (!f) {
        r.error = ReadError::CannotOpen;
        r.message = std::string("cannot open: ") + std::strerror(errno);
        return r;
    }
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!pcap) {
        std::fclose(f);
        return notACapture(errbuf);
    }
    return readOpened(pcap, path, size, options);
}

ReadResult readCaptureFromMemory(const std::uint8_t *data, std::size_t size, const std::string &name)
{
    if (size == 0) {
        ReadResult r;
        r.error = ReadError::Empty;
        r.message = "empty file (0 bytes)";
        return r;
    }
    FILE *f = fmemopen(const_cast<std::uint8_t *>(data), size, "rb");
    if (!f) {
        ReadResult r;
        r.error = ReadError::CannotOpen;
        r.message = "cannot open the bytes";
        return r;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!pcap) {
        std::fclose(f);
        return notACapture(errbuf);
    }
    return readOpened(pcap, name, size, {});
}

namespace {

ReadResult readOpened(pcap_t *pcap, const std::string &path, std::uint64_t size, const ReadOptions &options)
{
    ReadResult r;
    CaptureIndex &ix = r.index;
    ix.file = path;
    ix.linkType = pcap_datalink(pcap);
    if (!linkTypeSupported(ix.linkType)) {
        r.error = ReadError::UnknownLinkType;
        const char *name = pcap_datalink_val_to_name(ix.linkType);
        r.message = "unsupported link type " + std::to_string(ix.linkType) + (name ? std::string(" (") + name + ")" : std::string()) +
                    "; supported: Ethernet, Linux cooked v1/v2, raw IP, BSD loopback";
        pcap_close(pcap);
        return r;
    }
    std::unordered_map<std::pair<Endpoint, Endpoint>, std::uint32_t, FlowKeyHash> flows;
    FILE *file = pcap_file(pcap);
    pcap_pkthdr *hdr = nullptr;
    const u_char *data = nullptr;
    bool first = true;
    std::uint32_t lastFlow = ~0u;
    constexpr std::uint64_t kSample = 4096;
    constexpr std::uint64_t kReserveCap = std::uint64_t(1) << 28; // 10 GB of index: beyond it, grow as needed
    for (;;) {
        const int rc = pcap_next_ex(pcap, &hdr, &data);
        if (rc == PCAP_ERROR_BREAK) break;
        if (rc != 1) {
            ix.truncated = true;
            ix.truncationNote = pcap_geterr(pcap);
            break;
        }
        ++ix.packets;
        if (ix.packets == kSample + 1 && file) {
            // Sized once from the first records (bytes per record, share of TCP), with a tenth to spare: the
            // index no longer doubles past the end (a 10-million-packet capture peaked at 654 MB of RSS
            // while the last doubling copied 335 MB; it needs 400).
            const long at = std::ftell(file);
            if (at > 0) {
                const double perRecord = double(at) / double(kSample);
                const double tcpShare = double(ix.tcpPackets) / double(kSample);
                const double expected = double(size) / perRecord * tcpShare * 1.1;
                if (expected > double(ix.tcp.capacity()) && expected < double(kReserveCap)) ix.tcp.reserve(static_cast<std::size_t>(expected));
            }
        }
        if ((ix.packets & 0xffff) == 0) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                pcap_close(pcap);
                r = {};
                r.error = ReadError::Cancelled;
                r.message = "cancelled";
                return r;
            }
            if (options.progress && file) options.progress(static_cast<std::uint64_t>(std::ftell(file)), size);
        }
        const SimTime abs = static_cast<SimTime>(hdr->ts.tv_sec) * kSec + static_cast<SimTime>(hdr->ts.tv_usec);
        if (first) {
            ix.firstTimestamp = abs;
            first = false;
        }
        DecodedSegment seg;
        bool malformed = false;
        if (!decodeFrame(ix.linkType, {data, hdr->caplen}, hdr->len, seg, malformed)) {
            if (malformed) ++ix.malformed;
            else ++ix.otherPackets;
            continue;
        }
        ++ix.tcpPackets;
        seg.packet.t = abs - ix.firstTimestamp;
        seg.packet.frame = static_cast<std::uint32_t>(ix.packets);
        // Consecutive segments mostly belong to one flow: the last one is checked before the table.
        std::uint32_t flow = lastFlow;
        if (flow < ix.flows.size() && ix.flows[flow].a == seg.src && ix.flows[flow].b == seg.dst) {
            seg.packet.fromB = 0;
        } else if (flow < ix.flows.size() && ix.flows[flow].a == seg.dst && ix.flows[flow].b == seg.src) {
            seg.packet.fromB = 1;
        } else {
            const bool forward = seg.src < seg.dst;
            const std::pair<Endpoint, Endpoint> key = forward ? std::pair{seg.src, seg.dst} : std::pair{seg.dst, seg.src};
            auto [it, inserted] = flows.try_emplace(key, static_cast<std::uint32_t>(ix.flows.size()));
            if (inserted) ix.flows.push_back({seg.src, seg.dst});
            flow = it->second;
            seg.packet.fromB = ix.flows[flow].a == seg.src ? 0 : 1;
            lastFlow = flow;
        }
        seg.packet.flow = flow;
        ix.tcp.push_back(seg.packet);
        ix.duration = std::max(ix.duration, seg.packet.t);
    }
    pcap_close(pcap);
    // Timestamps may go backwards (several capture queues, a clock step): the index is kept in time
    // order, frames keep their numbers, and times count from the earliest packet.
    const auto byTime = [](const TcpPacket &a, const TcpPacket &b) { return a.t != b.t ? a.t < b.t : a.frame < b.frame; };
    if (!std::is_sorted(ix.tcp.begin(), ix.tcp.end(), byTime)) {
        std::sort(ix.tcp.begin(), ix.tcp.end(), byTime);
        const SimTime earliest = ix.tcp.front().t;
        for (TcpPacket &p : ix.tcp) p.t -= earliest;
        ix.firstTimestamp += earliest;
        ix.duration = ix.tcp.back().t;
    }
    if (ix.packets == 0 && !ix.truncated) {
        r.error = ReadError::Empty;
        r.message = "the capture holds no packets";
    }
    if (options.progress) options.progress(size, size);
    return r;
}

} // namespace

std::string endpointText(const Endpoint &e)
{
    char buf[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(e.v6 ? AF_INET6 : AF_INET, e.addr.data(), buf, sizeof buf)) return "?";
    return e.v6 ? "[" + std::string(buf) + "]:" + std::to_string(e.port) : std::string(buf) + ":" + std::to_string(e.port);
}

} // namespace closelab::capture
