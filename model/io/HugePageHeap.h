#pragma once

namespace ckpt {

// Backs the heap with 2 MiB pages (transparent huge pages, where the kernel offers them
// on request: Debian's default "madvise" mode). Opening a checkpoint of 100k keys
// allocates about 150 MB in small pieces; with 4 KiB pages the kernel's page faults were
// a third of the open (38k faults), with 2 MiB pages about a thousand.
//
// Call once, first thing in main(), before threads start: the CLI does. glibc only: it
// grows the main heap by 512 MiB of address space (untouched, so no memory), marks that
// range MADV_HUGEPAGE and keeps it (the trim threshold is twice that); blocks up to 32 MiB
// come from the heap, as glibc's own adaptive threshold would have them at most. Threads
// other than the first allocate from arenas of their own, which this does not advise
// (ckpt check reads its two files at once; one shared arena cost it 45% in lock waits).
// Not the GUI: with the kernel's defrag=madvise a fault in such a range may compact
// memory on the spot, and the GUI thread stalled 232 ms once; its files are read on a
// worker anyway. Does nothing under a sanitizer, which brings its own allocator. False
// if it could not.
bool useHugePagesForHeap();

} // namespace ckpt
