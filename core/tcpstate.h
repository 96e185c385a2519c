// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace closelab {

/// The 11 states of RFC 9293, as Linux names them in `ss` (with underscores).
enum class TcpState : std::uint8_t {
    Closed,
    Listen,
    SynSent,
    SynRecv,
    Established,
    FinWait1,
    FinWait2,
    Closing,
    TimeWait,
    CloseWait,
    LastAck,
};

inline constexpr std::array<TcpState, 11> kAllStates = {
    TcpState::Closed,   TcpState::Listen,   TcpState::SynSent,  TcpState::SynRecv,
    TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::Closing,
    TcpState::TimeWait, TcpState::CloseWait, TcpState::LastAck,
};

/// "FIN_WAIT1", "TIME_WAIT"… (protocol tokens, never translated).
std::string_view stateName(TcpState s);
/// Inverse of stateName(); returns false when the name is unknown.
bool stateFromName(std::string_view name, TcpState &out);

} // namespace closelab
