// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepagearena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace closelab {

void adviseHugePages(void *p, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    // Only advice: without transparent huge pages (or with "never") the block stays in 4 KB pages.
    (void)madvise(p, bytes, MADV_HUGEPAGE);
#else
    (void)p;
    (void)bytes;
#endif
}

HugePageArena::~HugePageArena()
{
    for (void *b : m_blocks) std::free(b);
}

void *HugePageArena::allocate(std::size_t bytes, std::size_t align)
{
    auto at = (reinterpret_cast<std::uintptr_t>(m_next) + align - 1) & ~std::uintptr_t{align - 1};
    if (!m_next || at + bytes > reinterpret_cast<std::uintptr_t>(m_end)) {
        constexpr std::size_t kPage = 4096;
        std::size_t size = std::max(m_minBlock, ((m_reserved >> m_shareShift) + kPage - 1) / kPage * kPage);
        size = std::max(std::min(size, kHugePage), (bytes + kPage - 1) / kPage * kPage);
        const bool huge = size >= kHugePage;
        void *b = std::aligned_alloc(huge ? kHugePage : kPage, size);
        if (!b) throw std::bad_alloc();
        if (huge) adviseHugePages(b, size);
#ifdef MADV_POPULATE_WRITE
        // Linux 5.14 and later; elsewhere the pages come one fault at a time, as before.
        (void)madvise(b, size, MADV_POPULATE_WRITE);
#endif
        m_blocks.push_back(b);
        m_reserved += size;
        m_next = static_cast<char *>(b);
        m_end = m_next + size;
        at = reinterpret_cast<std::uintptr_t>(m_next);
    }
    m_next = reinterpret_cast<char *>(at + bytes);
    return reinterpret_cast<void *>(at);
}

} // namespace closelab
