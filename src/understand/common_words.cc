#include "understand/common_words.h"

#include <libstemmer.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <utility>

namespace kabar::understand {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// The stem, valid until the next call on this thread.
std::string_view Stem(std::string_view lower) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("indonesian", "UTF_8"));
  if (!stemmer) return lower;
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower.data()),
                      static_cast<int>(lower.size()));
  if (out == nullptr) return lower;
  return {reinterpret_cast<const char*>(out),
          static_cast<size_t>(sb_stemmer_length(stemmer.get()))};
}

// Newlines + 1. memchr steps over the dictionary's lines many bytes at a time (std::count
// went byte by byte: a third of the load).
size_t CountLines(std::string_view text) {
  size_t lines = 1;
  const char* p = text.data();
  const char* end = p + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) !=
         nullptr) {
    ++lines;
    ++p;
  }
  return lines;
}

}  // namespace

Status CommonWords::LoadHunspell(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read dictionary " + path);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0 || size >= (std::streamoff{1} << 32)) {
    return Status::IOError("cannot read dictionary " + path);
  }
  text_.resize(static_cast<size_t>(size));
  if (!in.read(text_.data(), size)) return Status::IOError("cannot read dictionary " + path);
  size_t want = 64;
  const size_t lines = CountLines(text_);
  while (lines * 2 > want) want *= 2;  // room for every line's word, at most half full
  slots_.assign(want, 0);
  std::string_view rest = text_;
  bool first = true;  // the word count
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (std::exchange(first, false)) continue;
    std::string_view word = line.substr(0, line.find('/'));
    while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.remove_suffix(1);
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    loaded_ = true;
    if (word.size() > kMaxWord) continue;  // Contains never asks
    Add(static_cast<uint32_t>(word.data() - text_.data()), static_cast<uint32_t>(word.size()));
  }
  return Status::OK();
}

void CommonWords::Add(uint32_t offset, uint32_t size) {
  std::string_view word(text_.data() + offset, size);
  uint64_t h = WordHash(word);
  uint64_t entry = uint64_t{offset} << 32 | uint64_t{size} << 24 | h >> 40;
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    if (slots_[i] == 0) {
      slots_[i] = entry;
      return;
    }
    if ((slots_[i] & 0xFFFFFFFF) == (entry & 0xFFFFFFFF) &&
        text_.compare(slots_[i] >> 32, size, word) == 0) {
      return;  // a repeated word
    }
  }
}

bool CommonWords::Has(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWord) return false;
  uint64_t h = WordHash(word);
  uint64_t low = uint64_t{word.size()} << 24 | h >> 40;
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i] != 0; i = (i + 1) & mask) {
    if ((slots_[i] & 0xFFFFFFFF) == low && text_.compare(slots_[i] >> 32, word.size(), word) == 0) {
      return true;
    }
  }
  return false;
}

bool CommonWords::Contains(std::string_view lower) const {
  if (!loaded_ || lower.size() > kMaxWord) return false;
  return Has(lower) || Has(Stem(lower));
}

}  // namespace kabar::understand
