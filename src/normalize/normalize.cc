// NormalizeArticle: NFC + white space folding on every text field.
// (Language id and PII redaction are added by their own files as they land.)
#include "kabar/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

namespace kabar {
namespace {

std::string ToNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return s;
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(u, status);
  if (U_FAILURE(status)) return s;
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

template <typename F>
void ForEachText(Article* a, F&& f) {
  for (std::string* s : {&a->site, &a->outlet, &a->title, &a->lead, &a->section, &a->dateline}) {
    f(s);
  }
  for (auto* v : {&a->authors, &a->editors, &a->agencies, &a->captions, &a->body}) {
    for (std::string& s : *v) f(&s);
  }
  for (RemovedLine& r : a->removed) f(&r.text);
}

}  // namespace

Status NormalizeArticle(Article* article) {
  ForEachText(article, [](std::string* s) { *s = ToNfc(*s); });
  if (article->language.empty()) article->language = "und";
  return Status::OK();
}

}  // namespace kabar
