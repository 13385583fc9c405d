// IdentifyLanguage: CLD2 on the text, then a tie-breaker between Indonesian and Malay.
//
// CLD2 often mixes up Indonesian (id) and Malay (ms): the two standards share most of their
// vocabulary. They differ in a set of very common words, so when CLD2's answer is id or ms
// (or both are among its top three), we count marker words of each standard:
//   Indonesian: karena, bisa, pemerintah, kemarin, yaitu, yakni, setelah, mau, uang, polisi,
//               pernyataan, tersebut, rupiah, enggak, nggak, and the spellings Senin, Kamis,
//               Jumat, Maret, Juli, Agustus, Desember;
//   Malay:      kerana, boleh, kerajaan, sahaja, iaitu, selepas, mahu, polis, kenyataan,
//               manakala, berkenaan, menerusi, baharu, akhbar, ringgit, bagaimanapun, and the
//               spellings Isnin, Khamis, Jumaat, Julai, Ogos, Disember.
// With at least three marker words and one side at least twice the other, that side wins;
// otherwise CLD2's answer stands. Only the first kMaxBytes of the text are looked at: more
// never changes the answer for a news article and would only cost time.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "kabar/normalize.h"

namespace kabar {
namespace {

constexpr size_t kMaxBytes = 16 << 10;
constexpr int kMinTextBytes = 24;

constexpr std::array<std::string_view, 22> kIndonesian = {
    "karena", "bisa",   "pemerintah", "kemarin",  "yaitu",   "yakni",   "setelah", "mau",
    "uang",   "polisi", "pernyataan", "tersebut", "rupiah",  "enggak",  "nggak",   "senin",
    "kamis",  "jumat",  "maret",      "juli",     "agustus", "desember"};
constexpr std::array<std::string_view, 22> kMalay = {
    "kerana", "boleh",  "kerajaan",  "sahaja",       "iaitu",     "selepas",
    "mahu",   "polis",  "kenyataan", "manakala",     "berkenaan", "menerusi",
    "baharu", "akhbar", "ringgit",   "bagaimanapun", "isnin",     "khamis",
    "jumaat", "julai",  "ogos",      "disember"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Counts Indonesian and Malay marker words (ASCII words, case-insensitive).
void CountMarkers(std::string_view text, int* id, int* ms) {
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (word.size() < 16) word.push_back(static_cast<char>(c | 0x20));
      continue;
    }
    if (word.size() >= 3) {
      *id += Contains(kIndonesian, word);
      *ms += Contains(kMalay, word);
    }
    word.clear();
  }
}

std::string IsoCode(CLD2::Language lang) {
  std::string code = CLD2::LanguageCode(lang);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  size_t dash = code.find('-');  // "zh-Hant" -> "zh"
  if (dash != std::string::npos) code.resize(dash);
  return code;
}

// Indonesian or Malay, by marker words; `fallback` when the evidence is thin.
std::string BreakMalayTie(std::string_view text, const std::string& fallback) {
  int id = 0, ms = 0;
  CountMarkers(text, &id, &ms);
  if (id + ms >= 3 && id >= 2 * ms) return "id";
  if (id + ms >= 3 && ms >= 2 * id) return "ms";
  return fallback;
}

}  // namespace

std::string IdentifyLanguage(std::string_view text) {
  if (text.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                                       /*is_plain_text=*/true, top3, percent3,
                                                       &text_bytes, &reliable);
  if (text_bytes < kMinTextBytes || lang == CLD2::UNKNOWN_LANGUAGE) return "und";
  int malayish = 0;
  for (int i = 0; i < 3; ++i) {
    if (top3[i] == CLD2::INDONESIAN || top3[i] == CLD2::MALAY) malayish += percent3[i];
  }
  std::string code = IsoCode(lang);
  if (code == "id" || code == "ms" || malayish >= 50) {
    return BreakMalayTie(text, code == "id" || code == "ms" ? code : "id");
  }
  if (!reliable) return "und";
  return code;
}

}  // namespace kabar
