// ZeroedArray<T>: a fixed-size array of T whose bytes start all zero, for tables whose empty
// slot is all zero bytes (FlatU64Map). Arrays of 2 MB and more are mapped straight from the
// kernel, on a 2 MB boundary with a huge-page hint: the kernel's pages are zero already, so no
// pass writes them before use (a table that grows or is rebuilt is not cleared twice), and a
// probe into a big table rarely misses the TLB as well. Smaller arrays come from calloc.
//
// T must be trivially copyable. Thread safety: none (like std::vector).
#ifndef KABAR_COMMON_ZEROED_ARRAY_H_
#define KABAR_COMMON_ZEROED_ARRAY_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace kabar {

template <typename T>
class ZeroedArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  ZeroedArray() = default;
  explicit ZeroedArray(size_t n) : data_(Allocate(n)), size_(n) {}
  ~ZeroedArray() { Free(); }

  ZeroedArray(ZeroedArray&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  ZeroedArray& operator=(ZeroedArray&& o) noexcept {
    if (this != &o) {
      Free();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
    }
    return *this;
  }
  ZeroedArray(const ZeroedArray& o) : ZeroedArray(o.size_) {
    if (size_ > 0) std::memcpy(data_, o.data_, size_ * sizeof(T));
  }
  ZeroedArray& operator=(const ZeroedArray& o) {
    if (this != &o) *this = ZeroedArray(o);
    return *this;
  }

  size_t size() const { return size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }

 private:
  static constexpr size_t kHuge = size_t{2} << 20;

  static size_t MappedBytes(size_t n) { return (n * sizeof(T) + kHuge - 1) / kHuge * kHuge; }

  static T* Allocate(size_t n) {
    if (n == 0) return nullptr;
    if (n * sizeof(T) < kHuge) {
      void* p = std::calloc(n, sizeof(T));
      if (p == nullptr) throw std::bad_alloc();
      return static_cast<T*>(p);
    }
    // One huge page more than needed, then the unaligned head and the tail are given back.
    size_t bytes = MappedBytes(n);
    void* raw =
        mmap(nullptr, bytes + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    uintptr_t at = reinterpret_cast<uintptr_t>(raw);
    uintptr_t start = (at + kHuge - 1) & ~(kHuge - 1);
    size_t head = start - at;
    if (head > 0) munmap(raw, head);
    if (kHuge - head > 0) munmap(reinterpret_cast<char*>(start) + bytes, kHuge - head);
    (void)madvise(reinterpret_cast<void*>(start), bytes, MADV_HUGEPAGE);  // a hint only
    return reinterpret_cast<T*>(start);
  }

  void Free() {
    if (data_ == nullptr) return;
    if (size_ * sizeof(T) < kHuge) {
      std::free(data_);
    } else {
      munmap(data_, MappedBytes(size_));
    }
    data_ = nullptr;
    size_ = 0;
  }

  T* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace kabar

#endif  // KABAR_COMMON_ZEROED_ARRAY_H_
