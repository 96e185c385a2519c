// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/palette.h"

#include "views/plots.h"

namespace closelab::palette {

namespace {
Theme currentTheme = Theme::Standard;

bool projector() { return currentTheme == Theme::Projector; }

// Projector: the same hue, darker, so fills and strokes keep their contrast when the projector
// washes colours out; text on them is white.
QColor strong(const QColor &c, int factor = 140) { return projector() ? c.darker(factor) : c; }

QColor standardStateColor(TcpState s)
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
} // namespace

void setTheme(Theme theme)
{
    currentTheme = theme;
    // The plots module's own copy of this file (views/plots.h).
    if (PlotFactory *plots = loadedPlotFactory())
        plots->setTheme(theme);
}
Theme theme() { return currentTheme; }

QColor stateColor(TcpState s)
{
    return strong(standardStateColor(s), 150);
}

QColor stateTextColor(TcpState s)
{
    if (projector())
        return QColor(Qt::white);
    return s == TcpState::FinWait2 ? QColor(0x2b, 0x2b, 0x2b) : QColor(Qt::white);
}

QColor sideColor(Side s)
{
    return strong(s == Side::Client ? QColor(0x2f, 0x6f, 0xb3) : QColor(0x8a, 0x4f, 0xa8), 130);
}

QColor segmentColor(std::uint8_t flags)
{
    if (flags & FlagRst)
        return strong(QColor(0xc6, 0x3d, 0x3d), 125);
    if (flags & FlagSyn)
        return strong(QColor(0x3f, 0x6f, 0xb0), 130);
    if (flags & FlagFin)
        return strong(QColor(0xcc, 0x6a, 0x1f), 135);
    return projector() ? QColor(0x10, 0x14, 0x1a) : QColor(0x44, 0x4f, 0x5c);
}

QColor lossColor() { return projector() ? QColor(0xb0, 0x00, 0x00) : QColor(0xd0, 0x30, 0x30); }
QColor ink() { return projector() ? QColor(Qt::black) : QColor(0x26, 0x2b, 0x33); }
QColor mutedInk() { return projector() ? QColor(0x2e, 0x34, 0x3c) : QColor(0x6b, 0x72, 0x7c); }
QColor paper() { return projector() ? QColor(Qt::white) : QColor(0xfc, 0xfc, 0xfa); }
QColor rule() { return projector() ? QColor(0x8a, 0x90, 0x99) : QColor(0xdd, 0xdf, 0xe3); }

} // namespace closelab::palette
