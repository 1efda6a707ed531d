#include "model/io/HugePageHeap.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define CKPT_GLIBC_HEAP 1
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CKPT_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define CKPT_SANITIZED 1
#endif
#endif

namespace ckpt {

namespace {
#if defined(CKPT_GLIBC_HEAP) && !defined(CKPT_SANITIZED)
constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kLargestFromHeap = std::size_t(32) << 20; // glibc's DEFAULT_MMAP_THRESHOLD_MAX
constexpr std::size_t kReserve = std::size_t(512) << 20;

// Grows the heap by kReserve (one block, freed again: below the trim threshold, glibc
// keeps it as the heap's top) and advises the whole heap as it stands, the reserve included.
bool adviseHeap()
{
    if (mallopt(M_MMAP_THRESHOLD, int(kReserve + kHugePage)) != 1)
        return false; // the block must come from the heap
    void *block = std::malloc(kReserve);
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    bool advised = false;
    if (block && at < end) { // from the heap, not a mapping of its own
        const std::uintptr_t from = (at + kHugePage - 1) & ~(kHugePage - 1);
        const std::uintptr_t to = end & ~(kHugePage - 1);
        advised = to > from && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0;
    }
    std::free(block);
    mallopt(M_MMAP_THRESHOLD, int(kLargestFromHeap));
    return advised;
}
#endif
} // namespace

bool useHugePagesForHeap()
{
#if defined(CKPT_GLIBC_HEAP) && !defined(CKPT_SANITIZED)
    if (std::getenv("CKPT_NO_HUGE_PAGES")) // for measuring the difference
        return false;
    if (mallopt(M_TRIM_THRESHOLD, int(2 * kReserve)) != 1)
        return false;
    return adviseHeap();
#else
    return false;
#endif
}

} // namespace ckpt
