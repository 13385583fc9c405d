#include "understand/quote_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "understand/word_table.h"

namespace kabar::understand {
namespace {

constexpr std::string_view kAfterStems[] = {
    "kata",   "ujar",   "ucap",    "tutur",   "ungkap", "jelas",   "tegas", "sebut",
    "tambah", "imbuh",  "terang",  "papar",   "lanjut", "pungkas", "tulis", "seru",
    "aku",    "timpal", "sambung", "bilang",  "urai",   "kilah",   "harap", "pinta",
    "tanya",  "jawab",  "cetus",   "celetuk", "klaim",  "ingat"};

constexpr std::string_view kEnglishAfter[] = {
    "said",      "says",     "added",    "told",   "asked",    "wrote",
    "explained", "stated",   "noted",    "warned", "insisted", "continued",
    "replied",   "recalled", "declared", "argued", "claimed"};

constexpr std::string_view kSpeechVerbs[] = {
    "mengatakan", "menyatakan",     "menegaskan",   "menjelaskan", "mengungkapkan", "menambahkan",
    "menuturkan", "mengucapkan",    "menyebut",     "menyebutkan", "menulis",       "berkata",
    "mengklaim",  "memperingatkan", "menyampaikan", "mengungkap",  "menerangkan",   "memaparkan",
    "berujar",    "bilang",         "mencatat",     "menekankan",  "mengingatkan",  "mengumumkan",
    "menuding",   "menuduh",        "menyerukan",   "mengimbau",   "meminta",       "berharap",
    "menjawab",   "bertanya",       "mengutip",     "melaporkan",  "menulis",       "said",
    "says",       "told",           "added",        "wrote",       "stated",        "warned",
    "declared",   "explained",      "noted",        "insisted",    "claimed",       "announced",
    "argued",     "reported"};

constexpr std::string_view kReportVerbs[] = {
    "mengatakan",     "menyatakan",   "menegaskan",  "menjelaskan", "mengungkapkan", "menambahkan",
    "menuturkan",     "menyebut",     "menyebutkan", "berkata",     "mengklaim",     "mengakui",
    "memperingatkan", "menyampaikan", "menerangkan", "memaparkan",  "mencatat",      "menekankan",
    "said",           "says",         "told",        "added",       "stated",        "warned",
    "explained",      "noted",        "insisted",    "claimed",     "announced"};

constexpr std::string_view kPronouns[] = {"ia", "dia", "beliau", "he", "she"};

constexpr std::string_view kPrepositions[] = {
    "kepada", "dengan",  "dari",      "untuk",  "oleh",    "ke",     "terhadap", "bersama",
    "di",     "pada",    "tentang",   "atas",   "bagi",    "antara", "dan",      "to",
    "with",   "from",    "for",       "by",     "of",      "about",  "at",       "in",
    "and",    "melawan", "mendukung", "memuji", "menemui", "bertemu"};

constexpr std::string_view kPhraseEnds[] = {
    "dalam",       "di",           "saat",    "ketika",   "kepada",    "pada",        "seperti",
    "sebagaimana", "yang",         "usai",    "seusai",   "setelah",   "sebelum",     "sambil",
    "melalui",     "lewat",        "dikutip", "dilansir", "mengutip",  "menambahkan", "menjelaskan",
    "dari",        "via",          "kepada",  "ke",       "bahwa",     "soal",        "terkait",
    "tentang",     "mengenai",     "menurut", "dalam",    "in",        "at",          "on",
    "during",      "to",           "when",    "after",    "who",       "as",          "while",
    "from",        "that",         "of",      "before",   "according", "via",         "ditemui",
    "dihubungi",   "dikonfirmasi", "kemarin", "hari",     "pekan",     "minggu",      "senin",
    "selasa",      "rabu",         "kamis",   "jumat",    "sabtu",     "seraya"};

constexpr std::string_view kAdverbs[] = {
    "juga",   "pun",    "lalu",       "kemudian", "secara",  "terbuka", "sebelumnya",
    "telah",  "sudah",  "pernah",     "hanya",    "kembali", "bahkan",  "lebih",
    "lanjut", "sempat", "turut",      "pula",     "also",    "later",   "has",
    "had",    "have",   "previously", "then",     "once",    "again"};

enum Flag : uint16_t {
  kAfterStem = 1,
  kEnglishAfterFlag = 2,
  kSpeech = 4,
  kReport = 8,
  kPronoun = 16,
  kPreposition = 32,
  kPhraseEnd = 64,
  kAdverb = 128,
};

// Every word list in one table from word to flags: one lookup per token answers all the
// questions below (the lists are consulted for every token of every paragraph).
uint16_t Flags(std::string_view w) {
  static const auto* table = [] {
    auto* t = new WordTable<uint16_t>();
    auto add = [t](const auto& list, uint16_t flag) {
      for (std::string_view x : list) t->Add(x, flag);
    };
    add(kAfterStems, kAfterStem);
    add(kEnglishAfter, kEnglishAfterFlag);
    add(kSpeechVerbs, kSpeech);
    add(kReportVerbs, kReport);
    add(kPronouns, kPronoun);
    add(kPrepositions, kPreposition);
    add(kPhraseEnds, kPhraseEnd);
    add(kAdverbs, kAdverb);
    return t;
  }();
  if (w.size() < 2 || w.size() > 16) return 0;
  return table->Get(w);
}

}  // namespace

bool IsNyaVerb(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 3) != "nya") return false;
  return (Flags(w.substr(0, w.size() - 3)) & kAfterStem) != 0;
}

namespace {

// IsAfterVerb of `w`, whose Flags are `f`.
bool IsAfterVerb(std::string_view w, uint16_t f) {
  return ((f & kAfterStem) && w != "aku") || (f & kEnglishAfterFlag) || IsNyaVerb(w);
}

}  // namespace

bool IsAfterVerb(std::string_view w) { return IsAfterVerb(w, Flags(w)); }

WordLists LookUpWord(std::string_view w) {
  uint16_t f = Flags(w);
  WordLists lists;
  lists.speech = (f & kSpeech) != 0;
  lists.report = (f & kReport) != 0;
  lists.after = IsAfterVerb(w, f);
  lists.preposition = (f & kPreposition) != 0;
  return lists;
}

bool IsSpeechVerb(std::string_view w) { return Flags(w) & kSpeech; }
bool IsReportVerb(std::string_view w) { return Flags(w) & kReport; }
bool IsEnglishPostVerb(std::string_view w) { return Flags(w) & kEnglishAfterFlag; }
bool IsPronoun(std::string_view w) { return Flags(w) & kPronoun; }
bool IsPreposition(std::string_view w) { return Flags(w) & kPreposition; }
bool EndsSpeakerPhrase(std::string_view w) { return Flags(w) & kPhraseEnd; }
bool IsAdverb(std::string_view w) { return Flags(w) & kAdverb; }

Mark QuoteMark(std::string_view t) {
  // Every mark starts with '"', '\'', '`' or the lead byte 0xC2 or 0xE2: other tokens (words)
  // are no mark without the comparisons below.
  unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  if (c != '"' && c != '\'' && c != '`' && c != 0xC2 && c != 0xE2) return Mark::kNone;
  if (t == "\"") return Mark::kDoubleEither;
  if (t == "\u201c" || t == "\u00ab" || t == "\u201e") return Mark::kDoubleOpen;
  if (t == "\u201d" || t == "\u00bb") return Mark::kDoubleClose;
  if (t == "'" || t == "`") return Mark::kSingleEither;
  if (t == "\u2018") return Mark::kSingleOpen;
  if (t == "\u2019") return Mark::kSingleClose;
  return Mark::kNone;
}

}  // namespace kabar::understand
