// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codes.h"
#include "core/tcpstate.h"

#include <QColor>

// Calm colours shared by the explainer views, so a state has one colour everywhere.
namespace closelab::palette {

/// Standard: calm colours on off-white. Projector: white paper, darker strokes and fills, black
/// text, for a washed-out projector (PhET's Projector Mode); presentation mode switches to it.
enum class Theme { Standard, Projector };
void setTheme(Theme theme);
Theme theme();

QColor stateColor(TcpState s);
/// Text colour that reads well on stateColor(s).
QColor stateTextColor(TcpState s);
QColor sideColor(Side s);
/// Arrow colour by the segment's flags: SYN blue, FIN amber, RST red, ACK/data slate.
QColor segmentColor(std::uint8_t flags);
QColor lossColor();
QColor ink();        ///< main text
QColor mutedInk();   ///< secondary text, axis
QColor paper();      ///< background
QColor rule();       ///< grid lines, breaks

} // namespace closelab::palette
