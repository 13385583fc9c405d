#include "common/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#include "common/ascii8.h"
#include "kabar/normalize.h"  // IsValidUtf8

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace kabar {
namespace {

// Eight bytes at a time (the scans below are most of the output's cost): `x` holds s[i..i+8).

// True when a byte of `x` needs escaping in a JSON string: a control byte, '"' or '\\'.
inline bool NeedsEscape8(uint64_t x) {
  return HasByteBelow8(x, 0x20) || BytesEqual8(x, '"') != 0 || BytesEqual8(x, '\\') != 0;
}

// True when the eight bytes `x` are printable ASCII other than '"' and '\\' (DEL included, as
// in IsPlain). For ASCII bytes each sum below stays within its byte: its top bit says the byte
// is at least 0x20, or differs from '"', or from '\\'.
inline bool Plain8(uint64_t x) {
  uint64_t at_least_space = x + 0x60 * kOnes;
  uint64_t not_quote = (x ^ ('"' * kOnes)) + 0x7F * kOnes;
  uint64_t not_backslash = (x ^ ('\\' * kOnes)) + 0x7F * kOnes;
  return ((x & kHigh) | (~(at_least_space & not_quote & not_backslash) & kHigh)) == 0;
}

// Bytes that IsPlain accepts one at a time.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}();

// True when every byte of `s` is printable ASCII other than '"' and '\\': nothing to escape
// or validate.
inline bool IsPlain(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
#ifdef __SSE2__
  if (n >= 16) {
    // Sixteen bytes a step. The compare is signed: bytes of 0x80 and above (negative) are less
    // than 0x20 as well, so one compare finds control and non-ASCII bytes.
    auto bad16 = [](const char* q) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      __m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
      return _mm_movemask_epi8(bad) != 0;
    };
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
      if (bad16(p + i)) return false;
    }
    return i == n || !bad16(p + n - 16);  // the last bytes within the last sixteen
  }
#endif
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      if (!Plain8(Load8(p + i))) return false;
    }
    // The last bytes within the last eight (some of them tested twice).
    return i == n || Plain8(Load8(p + n - 8));
  }
  for (size_t i = 0; i < n; ++i) {
    if (!kPlainByte[static_cast<unsigned char>(p[i])]) return false;
  }
  return true;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  JsonWriter w(out);
  w.String(s);  // the first value: no separator
}

JsonWriter::JsonWriter(std::string* out) : out_(out) {
  size_t used = out->size();
  out->resize(out->capacity());  // the spare capacity (a reserve) becomes room to write in
  pos_ = out->data() + used;
  end_ = out->data() + out->size();
}

void JsonWriter::Finish() {
  out_->resize(static_cast<size_t>(pos_ - out_->data()));
  pos_ = out_->data() + out_->size();
  end_ = pos_;
}

void JsonWriter::Grow(size_t n) {
  size_t used = static_cast<size_t>(pos_ - out_->data());
  out_->resize(std::max(2 * out_->size(), used + n + 256));
  pos_ = out_->data() + used;
  end_ = out_->data() + out_->size();
}

void JsonWriter::Put(std::string_view s) {
  if (s.empty()) return;  // memcpy wants a valid pointer
  std::memcpy(Room(s.size()), s.data(), s.size());
  pos_ += s.size();
}

void JsonWriter::PutEscaped(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  Put('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && !NeedsEscape8(Load8(s.data() + i))) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    Put(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"':
        Put("\\\"");
        break;
      case '\\':
        Put("\\\\");
        break;
      case '\b':
        Put("\\b");
        break;
      case '\f':
        Put("\\f");
        break;
      case '\n':
        Put("\\n");
        break;
      case '\r':
        Put("\\r");
        break;
      case '\t':
        Put("\\t");
        break;
      default:
        Put("\\u00");
        Put(kHex[c >> 4]);
        Put(kHex[c & 15]);
    }
  }
  Put(s.substr(run));
  Put('"');
}

void JsonWriter::PutString(std::string_view s) {
  if (IsPlain(s)) {
    char* p = Room(s.size() + 2);
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    pos_ += s.size() + 2;
  } else if (IsValidUtf8(s)) {
    PutEscaped(s);
  } else {  // rare (e.g. a file name): let nlohmann apply its replacement rules
    Put(nlohmann::json(std::string(s))
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void JsonWriter::StringKey(std::string_view key) {
  Separate();
  PutString(key);
  Put(':');
  after_key_ = true;
  need_comma_ = true;
}

void JsonWriter::Strings(const std::vector<std::string>& v) {
  BeginArray();
  for (const std::string& s : v) String(s);
  EndArray();
}

void JsonWriter::Uint(uint64_t v) {
  Separate();
  char* p = Room(24);
  pos_ = std::to_chars(p, p + 24, v).ptr;
  need_comma_ = true;
}

void JsonWriter::Bool(bool v) {
  Separate();
  Put(v ? "true" : "false");
  need_comma_ = true;
}

void JsonWriter::Null() {
  Separate();
  Put("null");
  need_comma_ = true;
}

void JsonWriter::Raw(std::string_view json) {
  Separate();
  Put(json);
  need_comma_ = true;
}

}  // namespace kabar
