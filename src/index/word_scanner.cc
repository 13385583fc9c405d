#include "index/word_scanner.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace kabar::index {
namespace {

enum class CharClass { kSeparator, kWord, kSingle, kApostrophe, kBoundary };

bool IsSingleCharWord(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL;
}

CharClass Classify(UChar32 c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return CharClass::kWord;
    }
    if (c == '\'') return CharClass::kApostrophe;
    if (c == '.' || c == '!' || c == '?' || c == '\n') return CharClass::kBoundary;
    return CharClass::kSeparator;
  }
  if (c < 0) return CharClass::kSeparator;  // invalid byte
  if (c == 0x2019) return CharClass::kApostrophe;
  if (c == 0x2026 || c == 0x3002 || c == 0x2029) return CharClass::kBoundary;  // … 。 ¶
  if (u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
    return IsSingleCharWord(c) ? CharClass::kSingle : CharClass::kWord;
  }
  return CharClass::kSeparator;
}

// Decodes the code point at `i` (advancing it); -1 for an invalid sequence.
UChar32 Next(std::string_view text, size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  U8_NEXT(text.data(), pos, static_cast<int32_t>(text.size()), c);
  *i = static_cast<size_t>(pos);
  return c;
}

UChar32 Peek(std::string_view text, size_t i) { return i < text.size() ? Next(text, &i) : -1; }

bool IsUpper(UChar32 c) { return u_isupper(c) || u_istitle(c); }

}  // namespace

bool NextWord(std::string_view text, size_t* pos, bool* after_boundary, RawWord* word) {
  size_t i = *pos;
  // Skip separators, noting sentence boundaries.
  while (i < text.size()) {
    size_t start = i;
    UChar32 c = Next(text, &i);
    CharClass cls = Classify(c);
    if (cls == CharClass::kBoundary) *after_boundary = true;
    if (cls != CharClass::kWord && cls != CharClass::kSingle) continue;
    word->begin = start;
    word->capitalised = IsUpper(c);
    word->sentence_start = *after_boundary;
    *after_boundary = false;
    if (cls == CharClass::kSingle) {
      word->end = i;
      *pos = i;
      return true;
    }
    // Extend over word characters and inner apostrophes.
    while (i < text.size()) {
      size_t here = i;
      UChar32 d = Next(text, &i);
      CharClass dc = Classify(d);
      if (dc == CharClass::kWord) continue;
      if (dc == CharClass::kApostrophe && Classify(Peek(text, i)) == CharClass::kWord) continue;
      i = here;
      break;
    }
    word->end = i;
    *pos = i;
    return true;
  }
  *pos = text.size();
  return false;
}

namespace {

void StripApostrophes(std::string* s) {
  // Trailing possessive 's / ’s.
  auto ends_with = [&](std::string_view suffix) {
    return s->size() > suffix.size() &&
           std::string_view(*s).substr(s->size() - suffix.size()) == suffix;
  };
  if (ends_with("'s")) {
    s->resize(s->size() - 2);
  } else if (ends_with("\xE2\x80\x99s")) {
    s->resize(s->size() - 4);
  }
  std::string out;
  out.reserve(s->size());
  for (size_t i = 0; i < s->size(); ++i) {
    if ((*s)[i] == '\'') continue;
    if (s->compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 2;
      continue;
    }
    out.push_back((*s)[i]);
  }
  s->swap(out);
}

void FoldNonAscii(std::string_view word, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    out->assign(word);
    return;
  }
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(s, status);
  icu::UnicodeString decomposed = nfd->normalize(folded, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(bare, status);
  out->clear();
  if (U_FAILURE(status)) {
    out->assign(word);
    return;
  }
  composed.toUTF8String(*out);
}

}  // namespace

void FoldWord(std::string_view word, std::string* out) {
  bool ascii = true;
  for (unsigned char c : word) ascii = ascii && c < 0x80;
  if (ascii) {
    out->assign(word);
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  } else {
    FoldNonAscii(word, out);
  }
  if (out->find('\'') != std::string::npos || out->find("\xE2\x80\x99") != std::string::npos) {
    StripApostrophes(out);
  }
}

}  // namespace kabar::index
