// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureindex.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

namespace closelab::capture {

/// Why a file could not be read. The message names the problem, not the file.
enum class ReadError : std::uint8_t { None, CannotOpen, NotACapture, Empty, UnknownLinkType, Cancelled };

struct ReadResult {
    ReadError error = ReadError::None;
    std::string message;         ///< one line, e.g. "not a pcap or pcapng file"
    CaptureIndex index;          ///< filled when error is None (possibly truncated: index.truncated)
};

struct ReadOptions {
    /// Called now and then with (bytes read, file size); may be empty.
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    /// Set from another thread to stop reading (the result is then ReadError::Cancelled).
    const std::atomic<bool> *cancel = nullptr;
};

/// Reads a pcap or pcapng file through libpcap and indexes its TCP segments. Link types: Ethernet
/// (with 802.1Q/802.1ad tags), Linux cooked v1 and v2, raw IPv4/IPv6, BSD null/loopback.
ReadResult readCapture(const std::string &path, const ReadOptions &options = {});

/// The same, from bytes in memory (`name` fills CaptureIndex::file).
ReadResult readCaptureFromMemory(const std::uint8_t *data, std::size_t size, const std::string &name);

/// Decodes one frame of the given link type into `out` (t, frame and flow are left alone; the
/// endpoints are returned in src/dst). False when the frame is not TCP over IPv4/IPv6.
/// `malformed` is set when the frame announces headers longer than it holds.
struct DecodedSegment {
    Endpoint src;
    Endpoint dst;
    TcpPacket packet;
};
bool decodeFrame(int linkType, std::span<const std::uint8_t> frame, std::uint32_t wireLength,
                 DecodedSegment &out, bool &malformed);

/// True for the link types decodeFrame() knows.
bool linkTypeSupported(int linkType);

} // namespace closelab::capture
