#include "understand/quote_lexicon.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace kabar::understand {
namespace {

// Membership in a word list through a hash set built on first use, one per list (the lists
// are consulted for every token, so a linear scan would dominate the stage's time).
template <const auto& kList>
bool In(std::string_view w) {
  static const auto* set =
      new std::unordered_set<std::string_view>(std::begin(kList), std::end(kList));
  return set->count(w) > 0;
}

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

}  // namespace

bool IsNyaVerb(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 3) != "nya") return false;
  return In<kAfterStems>(w.substr(0, w.size() - 3));
}

bool IsAfterVerb(std::string_view w) {
  return (In<kAfterStems>(w) && w != "aku") || IsNyaVerb(w) || In<kEnglishAfter>(w);
}

bool IsSpeechVerb(std::string_view w) { return In<kSpeechVerbs>(w); }
bool IsReportVerb(std::string_view w) { return In<kReportVerbs>(w); }
bool IsEnglishPostVerb(std::string_view w) { return In<kEnglishAfter>(w); }
bool IsPronoun(std::string_view w) { return In<kPronouns>(w); }
bool IsPreposition(std::string_view w) { return In<kPrepositions>(w); }
bool EndsSpeakerPhrase(std::string_view w) { return In<kPhraseEnds>(w); }
bool IsAdverb(std::string_view w) { return In<kAdverbs>(w); }

Mark QuoteMark(std::string_view t) {
  if (t == "\"") return Mark::kDoubleEither;
  if (t == "\u201c" || t == "\u00ab" || t == "\u201e") return Mark::kDoubleOpen;
  if (t == "\u201d" || t == "\u00bb") return Mark::kDoubleClose;
  if (t == "'" || t == "`") return Mark::kSingleEither;
  if (t == "\u2018") return Mark::kSingleOpen;
  if (t == "\u2019") return Mark::kSingleClose;
  return Mark::kNone;
}

}  // namespace kabar::understand
