// ParseArena: bump allocation in doubling blocks, malloc past the cap (see the header).
#include "extract/parse_arena.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace kabar {
namespace {

constexpr size_t kAlign = 16;

size_t RoundUp(size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

// Blocks up to this size outlive their arena as the thread's spare, so that the next page's
// parse on the thread writes to memory already mapped: a fresh block of a few megabytes costs
// a page fault per 4 KiB, each about as dear as parsing a kilobyte.
constexpr size_t kMaxSpare = size_t{16} << 20;

// One block kept per thread for the next arena, freed when the thread ends.
struct SpareBlock {
  char* begin = nullptr;
  size_t bytes = 0;
  ~SpareBlock() { std::free(begin); }
};

thread_local SpareBlock spare;

}  // namespace

ParseArena::ParseArena(size_t first_block, size_t cap_bytes)
    : next_block_(RoundUp(std::max<size_t>(first_block, 4096))), cap_(cap_bytes) {}

ParseArena::~ParseArena() {
  const Block* keep = nullptr;  // the largest block that may be the spare
  for (const Block& b : blocks_) {
    size_t bytes = static_cast<size_t>(b.end - b.begin);
    if (bytes <= kMaxSpare && bytes > spare.bytes &&
        (keep == nullptr || bytes > static_cast<size_t>(keep->end - keep->begin))) {
      keep = &b;
    }
  }
  for (const Block& b : blocks_) {
    if (&b != keep) std::free(b.begin);
  }
  if (keep != nullptr) {
    std::free(spare.begin);
    spare.begin = keep->begin;
    spare.bytes = static_cast<size_t>(keep->end - keep->begin);
  }
}

void* ParseArena::Allocate(size_t size) {
  size = RoundUp(size == 0 ? 1 : size);
  if (size <= static_cast<size_t>(limit_ - next_)) {
    void* p = next_;
    next_ += size;
    return p;
  }
  return NewBlock(size);
}

void* ParseArena::NewBlock(size_t size) {
  size_t bytes = std::max(next_block_, size);
  if (held_ + bytes > cap_) {
    overflowed_ = true;
    return std::malloc(size);
  }
  char* block;
  if (spare.begin != nullptr && spare.bytes >= bytes) {  // the thread's spare: already mapped
    block = std::exchange(spare.begin, nullptr);
    bytes = std::exchange(spare.bytes, 0);
  } else {
    block = static_cast<char*>(std::aligned_alloc(kAlign, bytes));
    if (block == nullptr) return nullptr;
  }
  blocks_.push_back({block, block + bytes});
  held_ += bytes;
  next_block_ = std::min(next_block_ * 2, size_t{16} << 20);
  // A block made for one large request does not replace a current block with room left.
  if (bytes == size && limit_ - next_ > 0) return block;
  next_ = block + size;
  limit_ = block + bytes;
  return block;
}

bool ParseArena::InArena(const void* ptr) const {
  auto p = reinterpret_cast<std::uintptr_t>(ptr);
  for (const Block& b : blocks_) {
    if (p >= reinterpret_cast<std::uintptr_t>(b.begin) &&
        p < reinterpret_cast<std::uintptr_t>(b.end)) {
      return true;
    }
  }
  return false;
}

void ParseArena::Deallocate(void* ptr) {
  if (ptr == nullptr || !overflowed_ || InArena(ptr)) return;
  std::free(ptr);
}

void* ParseArena::GumboAllocate(void* userdata, size_t size) {
  return static_cast<ParseArena*>(userdata)->Allocate(size);
}

void ParseArena::GumboDeallocate(void* userdata, void* ptr) {
  static_cast<ParseArena*>(userdata)->Deallocate(ptr);
}

}  // namespace kabar
