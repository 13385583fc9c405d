// Prose scoring: how much a line reads like running article text rather than a menu item,
// a headline, a label or a link list. It looks only at the line itself: its length, its
// sentence punctuation, the share of words in lower case and the share of function words
// (Indonesian and English stopwords), and list bullets.
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_PROSE_H_
#define KABAR_EXTRACT_PROSE_H_

#include <string_view>

namespace kabar::extract {

struct ProseStats {
  int words = 0;              // words with at least one letter or digit
  int lower = 0;              // words starting with a lower-case letter
  int stop = 0;               // function words ("yang", "dan", "the", "of", ...)
  bool sentence_end = false;  // ends with . ! ? … or a closing quote after one
  bool bullet = false;        // starts with a list bullet ("•", "□", "*", "-", "·")
  int chars = 0;              // code points
  double score = 0;           // 0 (not prose) .. 1 (clearly prose)
  // The same without function words, for pages in languages the stopword lists do not cover:
  // length, sentence punctuation inside and at the end, and case where the script has it.
  double agnostic = 0;
};

// Scores `line` (trimmed).
ProseStats ScoreProse(std::string_view line);

// True when `s` closes a sentence with a wire service's sign-off after it: "... unchanged. -
// Bernama", "... said. -- Reuters", "... kata dia. \u2014 AFP" (a dash and one capitalised
// word, or an outlet's domain ("... a week. – Rappler.com"), after the full stop, question or
// exclamation mark, or closing quote).
bool EndsWithWireSignOff(std::string_view s);

// True when `s` closes a sentence with the story's sources after it, labelled, without brackets
// or dash: "... di kantornya. Sumber: Reuters, AFP", "... kata dia. Source: AP" (one to four
// words after the label, twelve or more before it: a caption closed by its source is
// shorter). *credit receives the label and the sources. (A wire's name alone
// after the sentence, "... kata dia. ANTARA", is as often a photo's credit after its caption.)
bool EndsWithUnbracketedSources(std::string_view s, std::string_view* credit);

// True when `word` (any case) is an Indonesian or English function word.
bool IsStopword(std::string_view word);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_PROSE_H_
