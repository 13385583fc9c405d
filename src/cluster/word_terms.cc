// Interim word splitter (ASCII case folding, no stemming) until the shared analyser
// (include/kabar/analyzer.h) is on main; then this file calls it instead.
#include "cluster/word_terms.h"

#include <string>

namespace kabar::cluster {

void ForEachWordTerm(std::string_view text, const std::function<void(const WordTerm&)>& sink) {
  std::string folded;
  bool sentence_start = true;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool word = c >= 0x80 || std::isalnum(c);
    if (!word) {
      if (c == '.' || c == '!' || c == '?' || c == ':') sentence_start = true;
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      if (!(d >= 0x80 || std::isalnum(d))) break;
      ++i;
    }
    folded.assign(text.substr(begin, i - begin));
    for (char& ch : folded) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    }
    WordTerm t;
    t.term = folded;
    t.folded = folded;
    t.capitalised = c >= 'A' && c <= 'Z';
    t.sentence_start = sentence_start;
    sink(t);
    sentence_start = false;
  }
}

}  // namespace kabar::cluster
