// NormalizeArticle: for every text field, CleanText -> NFC (only when not ASCII) -> PII
// redaction (only when CleanText saw an email's marks or enough digits); then language id on the
// title and body, which overrules a language the page declared unless the text is too short.
#include <string>
#include <string_view>

#include "kabar/normalize.h"
#include "normalize/normalize_internal.h"

namespace kabar {
namespace {

void NormalizeField(std::string* s, std::map<std::string, int>* redactions) {
  if (s->empty()) return;
  TextTraits t = CleanText(s);
  if (!t.ascii) ToNfc(s);
  // The hints' own test, here: most fields have no '@' and few digits, and cost no call.
  if (t.email_possible || t.digits >= kMinPhoneDigits)
    RedactPiiWithHints(s, t.email_possible, t.digits, redactions);
}

// Applies f to every free-text field a page can leak text into.
template <typename F>
void ForEachText(Article* a, F&& f) {
  for (std::string* s : {&a->site, &a->outlet, &a->title, &a->lead, &a->section, &a->dateline,
                         &a->syndicated_from.site, &a->syndicated_from.title}) {
    f(s);
  }
  for (auto* v : {&a->authors, &a->editors, &a->agencies, &a->captions, &a->body}) {
    for (std::string& s : *v) f(&s);
  }
  for (RemovedLine& r : a->removed) f(&r.text);
  for (Quote& q : a->quotes) {
    f(&q.speaker);
    f(&q.text);
  }
  for (EntityMention& e : a->entities) {
    f(&e.name);
    for (std::string& s : e.aliases) f(&s);
  }
}

// URLs and carried-through JSON are redacted but not otherwise rewritten.
void RedactVerbatimFields(Article* a) {
  for (std::string* s : {&a->url, &a->canonical_url, &a->syndicated_from.url, &a->input_json}) {
    if (!s->empty()) RedactPii(s, &a->redactions);
  }
}

// The language a page declares (`<html lang>`, meta) against the one its text is in. Templates
// often keep a default lang="en" on pages in other languages, so the text decides when it can;
// the declaration stands when the text is too short to tell ("und") or when both codes name
// standards of one language that text statistics cannot tell apart reliably (Bosnian, Croatian,
// Serbian; Norwegian and Bokmål; Tagalog and Filipino; Indonesian and Malay, which short texts
// share most words of): the publisher knows which it wrote.
std::string ReconcileLanguage(const std::string& declared, const std::string& detected) {
  if (declared.empty() || detected == declared) return detected;
  if (detected == "und") return declared;
  static constexpr std::string_view kFamilies[] = {",bs,hr,sr,sh,cnr,", ",no,nb,nn,", ",tl,fil,",
                                                   ",id,ms,"};
  for (std::string_view family : kFamilies) {
    if (family.find("," + declared + ",") != std::string_view::npos &&
        family.find("," + detected + ",") != std::string_view::npos) {
      return declared;
    }
  }
  return detected;
}

}  // namespace

std::string LanguageSample(const Article& a) {
  // The size first, so the text is allocated once rather than regrown paragraph by paragraph.
  size_t size = a.title.size();
  size_t paragraphs = 0;
  for (const std::string& p : a.body) {
    if (size > (4 << 10)) break;  // IdentifyLanguage looks at no more
    size += 1 + p.size();
    ++paragraphs;
  }
  std::string text;
  text.reserve(size);
  text += a.title;
  for (size_t i = 0; i < paragraphs; ++i) {
    text += '\n';
    text += a.body[i];
  }
  return text;
}

Status NormalizeArticle(Article* article) {
  ForEachText(article, [&](std::string* s) { NormalizeField(s, &article->redactions); });
  RedactVerbatimFields(article);
  article->language =
      ReconcileLanguage(article->language, IdentifyLanguage(LanguageSample(*article)));
  return Status::OK();
}

}  // namespace kabar
