#include "index/lexicon.h"

#include <algorithm>
#include <fstream>

#include "index/word_scanner.h"

namespace kabar::index {

Status Lexicon::Load(const std::string& path, Lexicon* lexicon) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open lexicon " + path);
  lexicon->roots_.clear();
  std::string line;
  std::string folded;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the entry count
      first = false;
      continue;
    }
    std::string_view word(line);
    size_t slash = word.find('/');
    int affixes = 0;
    if (slash != std::string_view::npos) {
      affixes = static_cast<int>((word.size() - slash - 1) / 2);  // FLAG long: 2 chars each
      word = word.substr(0, slash);
    }
    while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.remove_suffix(1);
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
    FoldWord(word, &folded);
    int& count = lexicon->roots_[folded];
    count = std::max(count, affixes);
  }
  if (lexicon->roots_.empty()) return Status::Corruption("no root words in lexicon " + path);
  return Status::OK();
}

}  // namespace kabar::index
