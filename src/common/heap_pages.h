// Page faults, not instructions, are a sizeable share of a batch run's CPU time: on the
// shared VM each first touch of a 4 KiB page costs about 16 microseconds (a run over the 181
// AEB pages took 8,300 of them, over 15% of its time). These helpers let a batch process keep
// the memory it frees and take it in huge pages.
//
// Thread safety: each call concerns the calling thread's malloc arena.
#ifndef KABAR_COMMON_HEAP_PAGES_H_
#define KABAR_COMMON_HEAP_PAGES_H_

#include <cstddef>

namespace kabar {

// Process-wide (glibc): large blocks come from the heap instead of maps of their own, and the
// heap is not given back to the kernel as blocks are freed, so each page's buffers reuse
// memory already mapped; freed blocks up to 160 bytes (a line's string) go to the fast bins.
// For batch commands, not for long-running servers.
void KeepFreedMemory();

// Grows the calling thread's heap by `bytes`, asks the kernel for transparent huge pages
// there (MADV_HUGEPAGE: one fault per 2 MiB where the kernel allows it on request) and frees
// the block again, so later allocations of the thread carve it up. Only useful after
// KeepFreedMemory (else the block is a map of its own, unmapped when freed); harmless
// elsewhere and where the kernel refuses.
void AdviseHugePagesForHeap(size_t bytes);

}  // namespace kabar

#endif  // KABAR_COMMON_HEAP_PAGES_H_
