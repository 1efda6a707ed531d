#pragma once

namespace ckpt {

// Backs the heap with 2 MiB pages (transparent huge pages, where the kernel offers them
// on request: Debian's default "madvise" mode). Opening a checkpoint of 100k keys
// allocates about 150 MB in small pieces; with 4 KiB pages the kernel's page faults were
// a third of the open (38k faults), with 2 MiB pages about a thousand.
//
// Call once, first thing in main(), before threads start. glibc only: it grows the main
// heap by 512 MiB of address space (untouched, so no memory), marks that range
// MADV_HUGEPAGE and keeps it (the trim threshold is twice that); blocks up to 32 MiB come
// from the heap, as glibc's own adaptive threshold would have them at most. Does nothing
// under a sanitizer, which brings its own allocator. False if it could not.
//
// Threads other than the first allocate from arenas of their own, which this does not
// advise. HeapArenas::One makes every thread allocate from the advised heap: right where
// one worker does the heavy allocating (the GUI reads a file on one), wrong where two
// do at once (ckpt check reads its two files in parallel: the shared lock cost it 45%).
enum class HeapArenas { One, PerThread };
bool useHugePagesForHeap(HeapArenas arenas);

// Hands the heap's free pages back to the system and marks the heap again (the GUI, after
// closing a large checkpoint: glibc keeps freed memory inside the reserve otherwise).
void releaseFreeHeap();

} // namespace ckpt
