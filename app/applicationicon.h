// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

/// CloseLab's icon (the 256×256 PNG in the resources), read when something first asks for a picture
/// of it: the window manager when a window opens on a display, an About box. An offscreen window
/// (--screenshot) never does, and decoding the PNG was about 4 % of the time to a first painted
/// window. Once main() has made it the application's icon, every caller gets that copy: it is
/// decoded at most once.
QIcon applicationIcon();
