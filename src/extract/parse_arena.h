// ParseArena: the memory of one Gumbo parse, handed out by bumping a pointer and released at
// once when the arena dies.
//
// Gumbo allocates every node, attribute, vector and text buffer separately and frees its tree
// node by node; with malloc that is a sizeable share of parsing a page. Here a free is a no-op
// and the whole page's memory goes back in one step. Growth is bounded: once the arena holds
// `cap_bytes` (default 256 MiB, enough for pages of tens of megabytes), further blocks come
// from malloc one by one and are freed as Gumbo frees them, so a huge page costs what it did
// before the arena. overflowed() tells the owner that Gumbo's own free must run for them.
//
// Thread safety: one arena per parse, used by one thread.
#ifndef KABAR_EXTRACT_PARSE_ARENA_H_
#define KABAR_EXTRACT_PARSE_ARENA_H_

#include <cstddef>
#include <vector>

namespace kabar {

class ParseArena {
 public:
  // `first_block` bytes are reserved on the first allocation; later blocks double.
  explicit ParseArena(size_t first_block, size_t cap_bytes = size_t{256} << 20);
  ~ParseArena();
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

  // Like malloc: 16-byte aligned; nullptr only when malloc fails.
  void* Allocate(size_t size);
  // Like free for memory from Allocate (nullptr allowed): a no-op inside the arena's blocks,
  // free() for what was malloc'ed past the cap.
  void Deallocate(void* ptr);
  // True once an allocation went past the cap (to malloc).
  bool overflowed() const { return overflowed_; }

  // Gumbo's allocator and deallocator callbacks; `userdata` is the arena.
  static void* GumboAllocate(void* userdata, size_t size);
  static void GumboDeallocate(void* userdata, void* ptr);

 private:
  struct Block {
    char* begin;
    char* end;
  };
  bool InArena(const void* ptr) const;
  void* NewBlock(size_t size);

  std::vector<Block> blocks_;
  char* next_ = nullptr;  // the free part of the current block: [next_, limit_)
  char* limit_ = nullptr;
  size_t next_block_;
  size_t held_ = 0;  // bytes in blocks_
  size_t cap_;
  bool overflowed_ = false;
};

}  // namespace kabar

#endif  // KABAR_EXTRACT_PARSE_ARENA_H_
