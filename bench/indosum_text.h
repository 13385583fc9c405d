// IndoSum's word tokens joined back into text, shared by the search benchmarks.
#ifndef KABAR_BENCH_INDOSUM_TEXT_H_
#define KABAR_BENCH_INDOSUM_TEXT_H_

#include <string>
#include <vector>

namespace kabar::bench {

// No space before closing punctuation or after an opening bracket.
inline std::string Detokenize(const std::vector<std::string>& tokens) {
  std::string out;
  bool glue_next = false;
  for (const std::string& t : tokens) {
    bool closing = t == "." || t == "," || t == ";" || t == ":" || t == "!" || t == "?" ||
                   t == ")" || t == "]" || t == "%";
    if (!out.empty() && !closing && !glue_next) out.push_back(' ');
    out += t;
    glue_next = t == "(" || t == "[";
  }
  return out;
}

}  // namespace kabar::bench

#endif  // KABAR_BENCH_INDOSUM_TEXT_H_
