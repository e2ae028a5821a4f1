// Large buffers (a read document, simdjson's tape, the JSON results) filled
// once from start to end: asking the kernel for 2 MB pages there replaces
// thousands of page faults with a handful, which halves a 20,000-scenario
// `ftroi-cli evaluate --json` on virtual machines where faults are costly.
// Only advice: it changes no contents and does nothing where not supported.
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace ftroi {

// Advises huge pages for the whole 2 MB pages inside [begin, begin + bytes),
// before they are first written.
inline void adviseHugePages(const void *begin, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    const std::uintptr_t start = (reinterpret_cast<std::uintptr_t>(begin) + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(begin) + bytes) & ~(kHugePage - 1);
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

} // namespace ftroi
