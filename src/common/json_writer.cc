#include "common/json_writer.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <cstring>

#include "common/ascii8.h"
#include "kabar/normalize.h"  // IsValidUtf8

namespace kabar {
namespace {

// Eight bytes at a time (the scans below are most of the output's cost): `x` holds s[i..i+8).

// True when a byte of `x` needs escaping in a JSON string: a control byte, '"' or '\\'.
bool NeedsEscape8(uint64_t x) {
  return HasByteBelow8(x, 0x20) || BytesEqual8(x, '"') != 0 || BytesEqual8(x, '\\') != 0;
}

// True when every byte of `s` is printable ASCII other than '"' and '\\': nothing to escape
// or validate.
bool IsPlain(std::string_view s) {
  auto plain8 = [](uint64_t x) { return IsAscii8(x) && !NeedsEscape8(x); };
  if (s.size() >= 8) {
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      if (!plain8(Load8(s.data() + i))) return false;
    }
    // The last bytes within the last eight (some of them tested twice).
    return i == s.size() || plain8(Load8(s.data() + s.size() - 8));
  }
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  }
  return true;
}

void AppendEscaped(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && !NeedsEscape8(Load8(s.data() + i))) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  if (IsPlain(s)) {  // one resize instead of three appends
    size_t at = out->size();
    out->resize(at + s.size() + 2);
    char* p = out->data() + at;
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());  // s.data() may be null when empty
    p[s.size() + 1] = '"';
  } else if (IsValidUtf8(s)) {
    AppendEscaped(s, out);
  } else {  // rare (e.g. a file name): let nlohmann apply its replacement rules
    out->append(nlohmann::json(std::string(s))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (need_comma_) out_->push_back(',');
}

void JsonWriter::Open(char c) {
  Separate();
  out_->push_back(c);
  need_comma_ = false;
}

void JsonWriter::Close(char c) {
  out_->push_back(c);
  need_comma_ = true;
}

void JsonWriter::Key(std::string_view key) {
  Separate();
  if (IsPlain(key)) {  // the keys are plain names: one resize for the quotes and the colon
    size_t at = out_->size();
    out_->resize(at + key.size() + 3);
    char* p = out_->data() + at;
    p[0] = '"';
    if (!key.empty()) std::memcpy(p + 1, key.data(), key.size());
    p[key.size() + 1] = '"';
    p[key.size() + 2] = ':';
  } else {
    AppendJsonString(key, out_);
    out_->push_back(':');
  }
  after_key_ = true;
  need_comma_ = true;
}

void JsonWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(s, out_);
  need_comma_ = true;
}

void JsonWriter::Strings(const std::vector<std::string>& v) {
  BeginArray();
  for (const std::string& s : v) String(s);
  EndArray();
}

void JsonWriter::Int(int64_t v) {
  Separate();
  char buf[24];
  out_->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);  // as std::to_string
  need_comma_ = true;
}

void JsonWriter::Uint(uint64_t v) {
  Separate();
  char buf[24];
  out_->append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
  need_comma_ = true;
}

void JsonWriter::Bool(bool v) {
  Separate();
  out_->append(v ? "true" : "false");
  need_comma_ = true;
}

void JsonWriter::Null() {
  Separate();
  out_->append("null");
  need_comma_ = true;
}

void JsonWriter::Raw(std::string_view json) {
  Separate();
  out_->append(json);
  need_comma_ = true;
}

}  // namespace kabar
