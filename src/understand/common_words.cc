#include "understand/common_words.h"

#include <libstemmer.h>

#include <fstream>
#include <memory>

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
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read dictionary " + path);
  std::string line;
  std::getline(in, line);  // word count
  while (std::getline(in, line)) {
    std::string word = line.substr(0, line.find('/'));
    while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.pop_back();
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    words_.insert(word);
  }
  return Status::OK();
}

bool CommonWords::Contains(std::string_view lower) const {
  if (words_.empty() || lower.size() > 64) return false;
  if (words_.find(lower) != words_.end()) return true;
  return words_.find(Stem(lower)) != words_.end();
}

}  // namespace kabar::understand
