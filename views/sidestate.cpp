// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sidestate.h"

namespace closelab {

TcpState sideStateAt(const Trace &trace, Side side, SimTime t)
{
    bool connection = false;
    TcpState state = TcpState::Closed;
    TcpState listener = TcpState::Closed;
    for (const TraceEvent &e : trace.events) {
        if (e.t > t)
            break;
        if (e.type != EventType::State || e.host != side)
            continue;
        if (e.conn == 0) {
            connection = true;
            state = e.to;
        } else if (e.conn == kListenerConn) {
            listener = e.to;
        }
    }
    return connection ? state : listener;
}

} // namespace closelab
