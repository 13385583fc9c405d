// PhraseIndex: a quick necessary test for a list of patterns each matched case-insensitively
// against a whole line (the boilerplate phrases), so that the patterns themselves run only on
// the few lines that open the way one of them can.
//
// A line's opening is its leading run of ASCII letters and spaces, lowered ("Baca Juga: ..."
// opens with "baca juga"), and the character after it. Each pattern is read (RegexTree) into
// the openings it can have: a run and what may follow it (the end of the line, given ASCII
// bytes, a non-ASCII character, or anything: "subscribe" may go on with any letters). They go
// into a trie of the 27 run bytes whose nodes say what may follow their run. MayMatch walks the
// line's run down the trie: most lines leave it after a letter or two, or end their run where
// no pattern can ("Editor:" where only "editor's pick" could go on).
//
// Exactness: MayMatch(line) is false only when no indexed pattern can match the whole line,
// as the openings over-approximate each pattern (RegexTree widens, never narrows). KELVIN SIGN
// and LONG S, which RE2's case folding matches to 'k' and 's', are walked as those letters.
//
// Thread safety: a built index is immutable; MayMatch is safe from many threads.
#ifndef KABAR_EXTRACT_PHRASE_INDEX_H_
#define KABAR_EXTRACT_PHRASE_INDEX_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

class PhraseIndex {
 public:
  PhraseIndex();

  // Adds `regex` (RE2 syntax, case-insensitive, anchored at both ends of the line) and returns
  // true. Returns false and adds nothing when its openings cannot be told (syntax outside the
  // subset, or any opening at all: "(?:\w+ )?/ ..."): the caller must test that pattern
  // another way.
  bool Add(std::string_view regex);

  // False only when no pattern added can match the whole of `line` (see the header comment).
  bool MayMatch(std::string_view line) const;

 private:
  // A run a pattern can open with, and what may follow it.
  struct Node {
    std::array<uint16_t, 27> child{};  // 'a'..'z', then ' '; 0: none (the root is no child)
    bool open = false;                 // anything may follow
    bool end = false;                  // the line may end here
    bool non_ascii = false;            // a non-ASCII character may follow
    std::bitset<128> ascii;            // ASCII bytes other than run bytes that may follow
  };
  class Walker;

  // The trie node under `node` for run byte `c` (lowered letter or space), made if missing.
  uint16_t ChildFor(uint16_t node, char c);

  std::vector<Node> nodes_;  // nodes_[0] is the root (the empty run)
  bool everything_ = false;  // the trie overflowed: any line may match
};

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_PHRASE_INDEX_H_
