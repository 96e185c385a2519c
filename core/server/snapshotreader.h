// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace closelab::server {

/// Which format `text` is, from its first lines (headers, layout). Unknown when nothing fits.
InputFormat detectFormat(std::string_view text);

/// One row of a socket table, whatever printed it.
struct SocketRow {
    std::string_view state;   ///< kernel name ("TIME_WAIT")
    std::string local;        ///< "10.0.0.1:80", "[::1]:80"
    std::string remote;
    std::int64_t recvQ = 0;
    std::int64_t sendQ = 0;
    bool sendQIsBacklog = false;        ///< ss on a LISTEN socket: Send-Q is the backlog
    std::optional<double> timeWaitLeft; ///< seconds left on a TIME_WAIT timer (ss -o, /proc/net/tcp)
};

/// Reads inputs one after another into one Snapshot. Nothing here fails: a line that is not understood
/// is counted and kept as a sample in its input's summary.
class SnapshotReader {
public:
    /// Reads one input; `format` Unknown means detect it. Returns its summary (also in snapshot().inputs).
    const InputSummary &add(std::string file, std::string_view text, InputFormat format = InputFormat::Unknown);
    /// The combined snapshot, with the derived figures (ports in use per destination) computed.
    const Snapshot &snapshot();

private:
    void addSocket(const SocketRow &row, bool countState);
    void finish();

    Snapshot m_snap;
    bool m_finished = true;
    unsigned m_tables = 0;    ///< socket tables counted: 1 ss/netstat, 2 /proc/net/tcp, 4 /proc/net/tcp6
    std::unordered_map<std::string, std::vector<std::uint16_t>> m_localPorts; ///< by remote
};

/// A paste of several outputs one after another, cut at the shell prompts that introduced them
/// ("$ ss -tan", "# nstat -az", "user@host:~$ sysctl -a"): (the command, its output) pairs; text with
/// no prompt is one piece named `name`.
std::vector<std::pair<std::string, std::string>> splitPaste(std::string_view text, const std::string &name);

/// Convenience: one snapshot from several (file, text) inputs.
Snapshot readSnapshot(const std::vector<std::pair<std::string, std::string>> &inputs);

namespace detail {
// Per-format line readers (sockettables.cpp, counterformats.cpp, settingformats.cpp). Each returns false
// for a line it does not understand.
struct LineContext {
    Snapshot &snap;
    InputSummary &input;
    std::string group;       ///< netstat -s / proc netstat: the current group; ss: column layout
    std::vector<std::string> names; ///< proc netstat: names of the header line awaiting its values
    int netidColumn = 0;     ///< ss -an: 1 when the first column is Netid
};
bool readSsLine(std::string_view line, LineContext &ctx, SocketRow &row, bool &isRow);
bool readNetstatAntLine(std::string_view line, SocketRow &row, bool &isRow);
bool readProcTcpLine(std::string_view line, bool v6, SocketRow &row, bool &isRow);
bool readSsSummaryLine(std::string_view line, LineContext &ctx);
bool readNetstatSLine(std::string_view line, LineContext &ctx);
bool readNstatLine(std::string_view line, LineContext &ctx);
bool readProcCountersLine(std::string_view line, LineContext &ctx);
bool readSockstatLine(std::string_view line, LineContext &ctx);
bool readSysctlLine(std::string_view line, LineContext &ctx);
bool readUlimitLine(std::string_view line, LineContext &ctx);
bool readDmesgLine(std::string_view line, LineContext &ctx);
} // namespace detail

} // namespace closelab::server
