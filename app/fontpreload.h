// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

/// Reads fontconfig's configuration on a second thread while the main one starts Qt.
///
/// The first text a widget measures makes Qt read the system's font configuration
/// (QFontconfigDatabase::populateFontDatabase() calls FcInit(): /etc/fonts' XML files and the font
/// caches). That is about a sixth of start-up, and it was all on the main thread, after Qt's own
/// start-up (its platform plugin, the style, the translations), which it does not depend on.
/// Fontconfig keeps one configuration, set once atomically (fccfg.c: FcConfigEnsure()): Qt's FcInit()
/// then finds this one's. Without fontconfig (a build that did not find it) this does nothing.
///
/// Make it first thing in main(); wait() before the first widget is made.
class FontPreload
{
public:
    FontPreload();
    ~FontPreload();
    FontPreload(const FontPreload &) = delete;
    FontPreload &operator=(const FontPreload &) = delete;

    /// Until the configuration is read (at once if it is, or if nothing was started).
    void wait();

private:
    std::thread m_thread;
};
