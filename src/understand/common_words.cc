#include "understand/common_words.h"

#include <libstemmer.h>

#include <algorithm>
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

}  // namespace

Status CommonWords::LoadHunspell(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read dictionary " + path);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return Status::IOError("cannot read dictionary " + path);
  text_.resize(static_cast<size_t>(size));
  if (!in.read(text_.data(), size)) return Status::IOError("cannot read dictionary " + path);
  std::string_view rest = text_;
  words_.Reserve(static_cast<size_t>(std::count(text_.begin(), text_.end(), '\n')));
  bool first = true;  // the word count
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (std::exchange(first, false)) continue;
    std::string_view word = line.substr(0, line.find('/'));
    while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.remove_suffix(1);
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    words_.Add(word, 1);
    loaded_ = true;
  }
  return Status::OK();
}

bool CommonWords::Contains(std::string_view lower) const {
  if (!loaded_ || lower.size() > 64) return false;
  return words_.Contains(lower) || words_.Contains(Stem(lower));
}

}  // namespace kabar::understand
