#include "extract/line_facts.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "common/ascii8.h"

namespace kabar::extract {
namespace {

// The per-thread buffer for lower(), and whether a LineFacts holds it.
thread_local std::string thread_buffer;
thread_local bool thread_buffer_busy = false;

// How common each byte is in news text: higher is more common. Letters by their frequency in
// Indonesian and English; every other byte counts as rare (0).
constexpr std::array<uint8_t, 256> kFrequency = [] {
  std::array<uint8_t, 256> t{};
  constexpr std::string_view kByFrequency = " aenitrsoludkmghpbcywfjvzxq";  // most common first
  for (size_t i = 0; i < kByFrequency.size(); ++i) {
    t[static_cast<unsigned char>(kByFrequency[i])] = static_cast<uint8_t>(kByFrequency.size() - i);
  }
  return t;
}();

uint8_t Frequency(char c) { return kFrequency[static_cast<unsigned char>(c)]; }

}  // namespace

void LineFacts::Lower() const {
  buffer_ = thread_buffer_busy ? &own_ : &thread_buffer;
  if (buffer_ == &thread_buffer) thread_buffer_busy = true;
  if (buffer_->size() < text_.size()) buffer_->resize(text_.size());
  LowerAsciiCopy(text_.data(), text_.size(), buffer_->data());
  lower_ = std::string_view(buffer_->data(), text_.size());
}

LineFacts::~LineFacts() {
  if (buffer_ == &thread_buffer) thread_buffer_busy = false;
}

bool LineFacts::ContainsLower(std::string_view needle) const { return Contains(lower(), needle); }

bool Contains(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  if (needle.size() > text.size()) return false;
  // memchr for the needle's rarest byte (in Indonesian and English text), then compare.
  size_t key = 0;
  for (size_t i = 1; i < needle.size(); ++i) {
    if (Frequency(needle[i]) < Frequency(needle[key])) key = i;
  }
  const char* begin = text.data() + key;  // the key byte's first possible place
  const char* end = text.data() + (text.size() - needle.size() + key + 1);
  for (const char* p = begin; p < end; ++p) {
    p = static_cast<const char*>(std::memchr(p, needle[key], end - p));
    if (p == nullptr) return false;
    if (std::memcmp(p - key, needle.data(), needle.size()) == 0) return true;
  }
  return false;
}

}  // namespace kabar::extract
