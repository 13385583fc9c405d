// JsonWriter: appends compact JSON to a string, byte for byte what nlohmann::json::dump(-1)
// writes with error_handler_t::replace (so outputs did not change when it replaced nlohmann
// on the hot path), at memcpy speed for text that needs no escaping.
//
// The caller writes keys and values in order; commas are inserted automatically.
#ifndef KABAR_COMMON_JSON_WRITER_H_
#define KABAR_COMMON_JSON_WRITER_H_

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kabar {

// An object key fixed when the program is compiled (a string literal: Key("title")), checked
// then — printable ASCII other than '"' and '\\', at most kMaxBytes bytes, so it needs no
// escaping — and held written out as `,"title":`, so writing it is one append.
class JsonKey {
 public:
  static constexpr size_t kMaxBytes = 28;

  template <size_t N>
  consteval JsonKey(const char (&name)[N]) {  // NOLINT(google-explicit-constructor): literals
    static_assert(N >= 1 && N - 1 <= kMaxBytes, "key too long for JsonKey");
    size_t n = 0;
    text_[n++] = ',';
    text_[n++] = '"';
    for (size_t i = 0; i + 1 < N; ++i) {
      char c = name[i];
      if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') throw "JsonKey: needs escaping";
      text_[n++] = c;
    }
    text_[n++] = '"';
    text_[n++] = ':';
    size_ = n;
  }

  // `,"key":` (with the comma) or `"key":` (without).
  std::string_view Text(bool comma) const {
    return std::string_view(text_ + (comma ? 0 : 1), size_ - (comma ? 0 : 1));
  }
  // All kBufferBytes bytes of the buffer holding Text(true) at its start: a fixed-size copy.
  static constexpr size_t kBufferBytes = kMaxBytes + 4;
  const char* buffer() const { return text_; }

 private:
  char text_[kBufferBytes] = {};
  size_t size_ = 0;
};

class JsonWriter {
 public:
  // Appends to *out. The writer writes into the string's own storage, which it grows ahead of
  // the text (so each value is a store, not a std::string append): *out holds the JSON written
  // so far followed by spare bytes until Finish() or the destructor trims it.
  explicit JsonWriter(std::string* out);
  ~JsonWriter() { Finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Trims *out to the JSON written (writing may go on after).
  void Finish();

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The key of the next value in the current object: a literal, or any text.
  inline void Key(const JsonKey& key);
  void StringKey(std::string_view key);

  inline void String(std::string_view s);
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  void Strings(const std::vector<std::string>& v);
  inline void Int(int64_t v);
  void Uint(uint64_t v);
  void Bool(bool v);
  void Null();
  // Text that is already JSON (one value), written as is.
  void Raw(std::string_view json);

 private:
  // At least `n` writable bytes at the returned position (the write position).
  char* Room(size_t n) {
    if (static_cast<size_t>(end_ - pos_) < n) Grow(n);
    return pos_;
  }
  void Grow(size_t n);
  void Put(char c) {
    *Room(1) = c;
    ++pos_;
  }
  void Put(std::string_view s);
  void PutEscaped(std::string_view s);
  void PutString(std::string_view s);
  inline void Separate();
  inline void Open(char c);
  inline void Close(char c);

  std::string* out_;
  char* pos_ = nullptr;  // the write position in out_'s storage
  char* end_ = nullptr;  // the end of out_'s bytes
  bool need_comma_ = false;
  bool after_key_ = false;
};

// --- inline definitions: the calls of every field and array item of a record ---------------

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (need_comma_) Put(',');
}

void JsonWriter::Open(char c) {
  Separate();
  Put(c);
  need_comma_ = false;
}

void JsonWriter::Close(char c) {
  Put(c);
  need_comma_ = true;
}

void JsonWriter::Key(const JsonKey& key) {
  bool comma = !after_key_ && need_comma_;  // the separator Separate() would write
  std::string_view text = key.Text(comma);
  // The whole buffer in one fixed-size copy (the bytes after the key are overwritten later).
  std::memcpy(Room(JsonKey::kBufferBytes), key.buffer() + (comma ? 0 : 1),
              JsonKey::kBufferBytes - 1);
  pos_ += text.size();
  after_key_ = true;
  need_comma_ = true;
}

void JsonWriter::String(std::string_view s) {
  Separate();
  PutString(s);
  need_comma_ = true;
}

void JsonWriter::Int(int64_t v) {
  Separate();
  char* p = Room(24);
  pos_ = std::to_chars(p, p + 24, v).ptr;  // as std::to_string
  need_comma_ = true;
}

// Appends `s` as a JSON string literal: '"' and '\\' escaped, control characters as
// \b \f \n \r \t or \u00XX, other bytes as they are; invalid UTF-8 sequences become U+FFFD
// as nlohmann's "replace" handler does.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace kabar

#endif  // KABAR_COMMON_JSON_WRITER_H_
