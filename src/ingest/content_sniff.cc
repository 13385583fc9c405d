#include "ingest/content_sniff.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "common/ascii8.h"
#include "common/ascii_case.h"

namespace kabar {
namespace {

std::string LowerPrefix(std::string_view bytes, size_t n) {
  std::string out(bytes.substr(0, n));
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

constexpr size_t kSampleBytes = 64 << 10;

bool IsTextControl(unsigned char c) { return c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Bytes in `sample` that are neither text characters nor part of a valid UTF-8 sequence.
size_t CountSuspiciousBytes(std::string_view sample) {
  size_t bad = 0;
  for (size_t i = 0; i < sample.size();) {
    if (i + 8 <= sample.size()) {  // skip 8 bytes of printable ASCII at once
      uint64_t x = Load8(sample.data() + i);
      if (IsPrintableAscii8(x)) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(sample[i]);
    if (c < 0x80) {
      bad += c < 0x20 && !IsTextControl(c) && c != 0x1B;
      ++i;
      continue;
    }
    size_t need = c >= 0xC2 && c <= 0xDF   ? 1
                  : c >= 0xE0 && c <= 0xEF ? 2
                  : c >= 0xF0 && c <= 0xF4 ? 3
                                           : 0;
    size_t k = 1;
    while (k <= need && i + k < sample.size() &&
           (static_cast<unsigned char>(sample[i + k]) & 0xC0) == 0x80) {
      ++k;
    }
    if (need == 0 || (k <= need && i + k < sample.size())) ++bad;  // not a whole sequence
    i += need == 0 ? 1 : k;
  }
  return bad;
}

}  // namespace

Status CheckTextPayload(std::string_view bytes) {
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return Status::NotFound("empty file");
  }
  std::string_view sample = bytes.substr(0, kSampleBytes);
  if (sample.find('\0') != std::string_view::npos) {
    return Status::Corruption("binary data (NUL bytes)");
  }
  size_t bad = CountSuspiciousBytes(sample);
  if (bad * 4 > sample.size()) {
    return Status::Corruption("binary data (" + std::to_string(bad * 100 / sample.size()) +
                              "% control or invalid bytes)");
  }
  return Status::OK();
}

ContentKind SniffContentKind(std::string_view path, std::string_view bytes) {
  if (EndsWithIgnoreCase(path, ".html") || EndsWithIgnoreCase(path, ".htm")) {
    return ContentKind::kHtml;
  }
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[start]))) ++start;
  std::string head = LowerPrefix(bytes.substr(start), 1024);
  for (const char* opener : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"}) {
    if (head.rfind(opener, 0) == 0) {
      if (std::string_view(opener) == "<!--" || std::string_view(opener) == "<?xml") {
        return head.find("<html") != std::string::npos ? ContentKind::kHtml : ContentKind::kText;
      }
      return ContentKind::kHtml;
    }
  }
  return ContentKind::kText;
}

}  // namespace kabar
