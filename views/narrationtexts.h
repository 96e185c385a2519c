// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codes.h"
#include "core/tcpstate.h"
#include "core/trace.h"

#include <QString>

// The "why" paragraphs of the narration: each states the kernel's rule, and corrects the seed
// articles where they disagree with the kernel. Same conventions as codetexts.h.
namespace closelab::text {

/// Why a state changed. `orphan`: the socket was closed with close() (no process owns it).
QString causeWhy(Cause c, TcpState from, TcpState to, bool orphan);
/// What a timer is for, and what its firing or cancelling means.
QString timerWhy(TimerKind k, bool orphan);
QString dropWhy(DropReason r);
QString rstWhy(RstReason r);
QString goneWhy(GoneReason g);
QString errnoWhy(Errno e);
/// What an application call does (the sentence after "client: ").
QString appCallWhat(AppCall c, std::int64_t result, std::int64_t arg);
/// Why a segment of this kind is sent: SYN, FIN, RST, data, pure ACK.
QString segmentWhy(std::uint8_t flags, std::uint32_t len);
/// Why a segment was sent again.
QString retransmissionWhy(RetransKind k, bool orphan);

} // namespace closelab::text
