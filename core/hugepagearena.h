// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace closelab {

/// Asks the kernel to back [p, p + bytes) with transparent huge pages (madvise); a no-op elsewhere.
void adviseHugePages(void *p, std::size_t bytes);

/// Memory for the pieces of a large table that grows and is only freed as a whole (socket slot chunks,
/// timewait entry chunks): carved in order from blocks that are mapped in one step when they are made
/// (madvise(MADV_POPULATE_WRITE)), instead of a page fault for every 4 KB page on its first touch. Page
/// faults are what fresh memory costs most on a virtual machine: on this project's 2-core VM, 64 MB
/// touched page by page took 170-390 ms, mapped in blocks 90-100 ms (the zeroing). A new block is
/// 2^-shareShift of what the arena holds (at least `minBlock`, at most 2 MB), so at most that share waits
/// unused; 2 MB blocks are 2 MB-aligned and offered for transparent huge pages (fewer TLB misses when
/// pieces are read in no order). Blocks are freed when the arena dies.
class HugePageArena {
public:
    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    HugePageArena(std::size_t minBlock, unsigned shareShift) : m_minBlock(minBlock), m_shareShift(shareShift) {}
    ~HugePageArena();
    HugePageArena(const HugePageArena &) = delete;
    HugePageArena &operator=(const HugePageArena &) = delete;

    /// `bytes` aligned to `align` (a power of two, at most 4096); lives as long as the arena.
    void *allocate(std::size_t bytes, std::size_t align);
    /// Memory held: whole blocks, used or not.
    std::size_t reservedBytes() const { return m_reserved; }

private:
    std::size_t m_minBlock;
    unsigned m_shareShift;
    std::vector<void *> m_blocks;
    char *m_next = nullptr;
    char *m_end = nullptr;
    std::size_t m_reserved = 0;
};

} // namespace closelab
