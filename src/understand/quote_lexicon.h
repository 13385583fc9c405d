// Word lists for quote attribution in Indonesian and English news: attribution verbs, the
// pronouns that refer back to a speaker, and the words that end a speaker phrase. All lower
// case; general knowledge of news writing, not tuned to any page.
#ifndef KABAR_UNDERSTAND_QUOTE_LEXICON_H_
#define KABAR_UNDERSTAND_QUOTE_LEXICON_H_

#include <string_view>

namespace kabar::understand {

// Verbs that follow a quote and precede the speaker: `"...," kata Kim`, `"...," said Smith`.
// Their -nya forms ("ujarnya") need no speaker: see IsNyaVerb.
bool IsAfterVerb(std::string_view lower);

// -nya forms of after-verbs ("katanya", "ujarnya", "tambahnya"): the speaker is the one the
// reader already knows.
bool IsNyaVerb(std::string_view lower);

// Verbs that follow the speaker and introduce the words: `Kim mengatakan "..."`,
// `Kim mengatakan bahwa ...`, `Smith said ...`.
bool IsSpeechVerb(std::string_view lower);

// The speech verbs that also introduce reported speech without quotation marks
// (`Kim mengatakan bahwa ...`): the common, unambiguous subset.
bool IsReportVerb(std::string_view lower);

// English verbs in `"...," Smith said` order.
bool IsEnglishPostVerb(std::string_view lower);

// "ia", "dia", "beliau", "he", "she".
bool IsPronoun(std::string_view lower);

// Words after which a name is not a subject ("kepada Putin", "with Kim").
bool IsPreposition(std::string_view lower);

// Words that end a speaker phrase after the verb ("kata Kim dalam pesan ...").
bool EndsSpeakerPhrase(std::string_view lower);

// Adverbs that may stand between a subject and its verb ("Kim juga mengatakan").
bool IsAdverb(std::string_view lower);

// What the lists above say about one lower-case word, from one table lookup (each Is*
// function makes its own): for callers that ask several questions of the same word.
struct WordLists {
  bool speech = false;       // IsSpeechVerb
  bool report = false;       // IsReportVerb
  bool after = false;        // IsAfterVerb
  bool preposition = false;  // IsPreposition
};
WordLists LookUpWord(std::string_view lower);

// A quotation mark token: which kind.
enum class Mark {
  kNone,
  kDoubleOpen,
  kDoubleClose,
  kDoubleEither,
  kSingleOpen,
  kSingleClose,
  kSingleEither
};
Mark QuoteMark(std::string_view token);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_QUOTE_LEXICON_H_
