#include "ingest/content_sniff.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kabar {
namespace {

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - suffix.size(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
}

std::string LowerPrefix(std::string_view bytes, size_t n) {
  std::string out(bytes.substr(0, n));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

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
