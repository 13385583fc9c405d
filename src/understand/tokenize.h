// Tokenizer for the understand stage: splits a paragraph into word and punctuation tokens
// the way the NER training data (idner-news-2k) is tokenized.
//
// Words keep inner hyphens, apostrophes, dots and slashes ("Jong-un", "U.S.", "29/10/2013");
// quotation marks, brackets and sentence punctuation at a word's edges become tokens of their
// own. Token offsets are byte offsets into the input, which must outlive the tokens' use.
#ifndef KABAR_UNDERSTAND_TOKENIZE_H_
#define KABAR_UNDERSTAND_TOKENIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kabar::understand {

struct Token {
  uint32_t begin = 0;  // byte offset of the first byte
  uint32_t end = 0;    // one past the last byte
};

// Appends the tokens of `text` to *out (cleared first). At most `max_tokens` tokens.
void Tokenize(std::string_view text, std::vector<Token>* out, size_t max_tokens = 100000);

// Byte length of the white space (ASCII, no-break space, U+2000..U+200B, U+202F, U+3000)
// starting at text[i], or 0.
size_t SpaceLength(std::string_view text, size_t i);

// ASCII lower case; other bytes unchanged (Indonesian and English news are ASCII in names).
void AsciiLower(std::string_view in, std::string* out);

// True if `text` has an ASCII upper-case letter, or starts with a non-ASCII letter
// that is likely upper case (a conservative test for "could be a name").
bool HasUpper(std::string_view text);

// True when the token is sentence punctuation or an opening quote, after which the next
// word starts a sentence or clause.
bool IsSentenceBreak(std::string_view token);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_TOKENIZE_H_
