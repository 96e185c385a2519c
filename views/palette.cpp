// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/palette.h"

namespace closelab::palette {

QColor stateColor(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return QColor(0x9a, 0xa0, 0xa6);
    case TcpState::Listen: return QColor(0x7f, 0x93, 0xb5);
    case TcpState::SynSent: return QColor(0x5b, 0x84, 0xb1);
    case TcpState::SynRecv: return QColor(0x5b, 0x84, 0xb1);
    case TcpState::Established: return QColor(0x4f, 0x9d, 0x69);
    case TcpState::FinWait1: return QColor(0xd9, 0x8c, 0x3f);
    case TcpState::FinWait2: return QColor(0xc7, 0xa2, 0x3a);
    case TcpState::Closing: return QColor(0xc0, 0x72, 0x4a);
    case TcpState::TimeWait: return QColor(0x6b, 0x6e, 0xc6);
    case TcpState::CloseWait: return QColor(0xc8, 0x64, 0x64);
    case TcpState::LastAck: return QColor(0xa5, 0x5d, 0x91);
    }
    return Qt::gray;
}

QColor stateTextColor(TcpState s)
{
    return s == TcpState::FinWait2 ? QColor(0x2b, 0x2b, 0x2b) : QColor(Qt::white);
}

QColor sideColor(Side s)
{
    return s == Side::Client ? QColor(0x2f, 0x6f, 0xb3) : QColor(0x8a, 0x4f, 0xa8);
}

QColor segmentColor(std::uint8_t flags)
{
    if (flags & FlagRst)
        return QColor(0xc6, 0x3d, 0x3d);
    if (flags & FlagSyn)
        return QColor(0x3f, 0x6f, 0xb0);
    if (flags & FlagFin)
        return QColor(0xcc, 0x6a, 0x1f);
    return QColor(0x44, 0x4f, 0x5c);
}

QColor lossColor() { return QColor(0xd0, 0x30, 0x30); }
QColor ink() { return QColor(0x26, 0x2b, 0x33); }
QColor mutedInk() { return QColor(0x6b, 0x72, 0x7c); }
QColor paper() { return QColor(0xfc, 0xfc, 0xfa); }
QColor rule() { return QColor(0xdd, 0xdf, 0xe3); }

} // namespace closelab::palette
