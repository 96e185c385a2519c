// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codes.h"
#include "core/tcpstate.h"
#include "core/trace.h"

#include <QString>

// The one place where the engine's codes become words (short labels). Every function translates
// at the point of use (QT_TRANSLATE_NOOP tables + QCoreApplication::translate), so the result
// follows the language switched at run time. Protocol tokens (FIN_WAIT1, SYN, sysctl names) stay
// untranslated inside the sentences. The longer "why" paragraphs are in narrationtexts.h.
namespace closelab::text {

QString stateName(TcpState s);          ///< "FIN_WAIT1" (never translated)
QString stateExplanation(TcpState s);   ///< two or three sentences, for hovering a state
QString sideRole(Side s);               ///< "client" / "server"
QString causeLabel(Cause c);            ///< a transition's trigger / action: "rcv FIN / snd ACK"
/// The label of one transition: as causeLabel(), except that close() says "/ snd FIN" only where
/// it sends one (from ESTABLISHED, SYN_RECV and CLOSE_WAIT; tcp.c: new_state[], tcp_close_state()).
QString causeLabel(Cause c, TcpState from);
QString timerLabel(TimerKind k);        ///< "RTO", "TIME_WAIT", "keepalive"…
QString dropReasonLabel(DropReason r);  ///< "random loss", "drop rule", "firewall"…
QString goneReasonLabel(GoneReason g);  ///< "TIME_WAIT ended", …
QString rstReasonLabel(RstReason r);    ///< "close() with unread data", …
QString errnoMeaning(Errno e);          ///< strerror(): "Broken pipe", …
QString retransKindLabel(RetransKind k); ///< "FIN", "SYN-ACK", "data"…
QString eventTypeLabel(EventType t);    ///< for the event log's filter: "app call", "sent"…
QString timerActionLabel(TimerAction a); ///< "armed", "fired", "cancelled"

} // namespace closelab::text
