// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/fontpreload.h"

#ifdef CLOSELAB_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <system_error>

FontPreload::FontPreload()
{
#ifdef CLOSELAB_HAVE_FONTCONFIG
    try {
        m_thread = std::thread([] { FcInit(); });
    } catch (const std::system_error &) {
        // No thread to be had: Qt reads the configuration itself, as without this.
    }
#endif
}

FontPreload::~FontPreload()
{
    wait();
}

void FontPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
