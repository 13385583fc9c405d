// IdentifyLanguage: CLD2 on the text, then a tie-breaker between Indonesian and Malay.
//
// CLD2 often mixes up Indonesian (id) and Malay (ms): the two standards share most of their
// vocabulary. They differ in a set of very common words (kIndonesian / kMalay below: pairs
// such as karena/kerana, bisa/boleh, pemerintah/kerajaan, yaitu/iaitu, setelah/selepas,
// mau/mahu, polisi/polis, pernyataan/kenyataan, terkait/berkaitan, persen/peratus,
// kantor/pejabat, gratis/percuma, and the spellings of days and months: Senin/Isnin,
// Kamis/Khamis, Jumat/Jumaat, Juli/Julai, Agustus/Ogos, Desember/Disember). When CLD2's
// answer is id or ms (or both are among its top three), we count the marker words of each
// standard: with at least three and one side at least twice the other, that side wins;
// otherwise CLD2's answer stands.
//
// Speed: CLD2 costs ~30 us per KB here and was most of the cost of a whole extract run, so
//  (1) the markers are counted first (over the first kMarkerBytes); kDecisiveMarkers
//      different Indonesian marker words with at most a quarter as many Malay markers settle
//      "id" without CLD2. Only Indonesian text uses that many different ones: none of the
//      non-Indonesian AEB pages has more than 0, while 79% of detik and 67% of IndoSum
//      articles take this shortcut;
//  (2) CLD2 sees the first kCld2Bytes only, plenty for a news article's language.
#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/normalize.h"

namespace kabar {
namespace {

constexpr size_t kCld2Bytes = 1024;
constexpr size_t kMarkerBytes = 4096;
constexpr int kDecisiveMarkers = 5;
constexpr int kMinTextBytes = 24;

constexpr std::array<std::string_view, 32> kIndonesian = {
    "karena",     "bisa",   "pemerintah", "kemarin",  "yaitu",    "yakni",    "setelah", "mau",
    "uang",       "polisi", "pernyataan", "tersebut", "rupiah",   "enggak",   "nggak",   "senin",
    "kamis",      "jumat",  "maret",      "juli",     "agustus",  "desember", "saat",    "terkait",
    "mengatakan", "harus",  "ujar",       "persen",   "sejumlah", "namun",    "kantor",  "gratis"};
constexpr std::array<std::string_view, 30> kMalay = {
    "kerana", "boleh",   "kerajaan",  "sahaja",       "iaitu",     "selepas",
    "mahu",   "polis",   "kenyataan", "manakala",     "berkenaan", "menerusi",
    "baharu", "akhbar",  "ringgit",   "bagaimanapun", "isnin",     "khamis",
    "jumaat", "julai",   "ogos",      "disember",     "peratus",   "berkaitan",
    "mesti",  "pejabat", "kereta",    "percuma",      "sila",      "memandangkan"};

// Marker words of both lists, sorted, each with its side: +1 Indonesian, -1 Malay.
struct Marker {
  std::string_view word;
  int side;
  uint64_t bit;  // one bit per word, to count distinct words
};

std::vector<Marker> SortedMarkers() {
  static_assert(kIndonesian.size() + kMalay.size() <= 64);
  std::vector<Marker> m;
  for (std::string_view w : kIndonesian) m.push_back({w, +1, uint64_t{1} << m.size()});
  for (std::string_view w : kMalay) m.push_back({w, -1, uint64_t{1} << m.size()});
  std::sort(m.begin(), m.end(), [](const Marker& a, const Marker& b) { return a.word < b.word; });
  return m;
}

// Bit `len` of kLengths[c - 'a'] is set when some marker word starts with c and has `len`
// letters: most words are ruled out without a lookup.
std::array<uint32_t, 26> MarkerLengths() {
  std::array<uint32_t, 26> lengths{};
  for (const Marker& m : SortedMarkers()) lengths[m.word[0] - 'a'] |= 1u << m.word.size();
  return lengths;
}

const Marker* FindMarker(std::string_view w) {
  static const std::array<uint32_t, 26> lengths = MarkerLengths();
  if ((lengths[w[0] - 'a'] & (1u << w.size())) == 0) return nullptr;
  static const std::vector<Marker> markers = SortedMarkers();
  auto it = std::lower_bound(markers.begin(), markers.end(), w,
                             [](const Marker& m, std::string_view x) { return m.word < x; });
  return it != markers.end() && it->word == w ? &*it : nullptr;
}

// The longest prefix of `text` of at most `n` bytes that does not cut a UTF-8 sequence.
std::string_view Prefix(std::string_view text, size_t n) {
  if (text.size() <= n) return text;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

struct MarkerCounts {
  int id = 0, ms = 0;   // occurrences
  int distinct_id = 0;  // different Indonesian marker words
};

// Counts Indonesian and Malay marker words (ASCII words, case-insensitive).
MarkerCounts CountMarkers(std::string_view text) {
  MarkerCounts counts;
  uint64_t seen = 0;
  char word[16];
  size_t len = 0;
  bool too_long = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (len < sizeof word) {
        word[len++] = static_cast<char>(c | 0x20);
      } else {
        too_long = true;
      }
      continue;
    }
    const Marker* m = len >= 3 && !too_long ? FindMarker(std::string_view(word, len)) : nullptr;
    if (m != nullptr) {
      (m->side > 0 ? counts.id : counts.ms) += 1;
      counts.distinct_id += m->side > 0 && (seen & m->bit) == 0;
      seen |= m->bit;
    }
    len = 0;
    too_long = false;
  }
  return counts;
}

std::string IsoCode(CLD2::Language lang) {
  std::string code = CLD2::LanguageCode(lang);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  size_t dash = code.find('-');  // "zh-Hant" -> "zh"
  if (dash != std::string::npos) code.resize(dash);
  return code;
}

// Indonesian or Malay, by marker words; `fallback` when the evidence is thin.
std::string BreakMalayTie(int id, int ms, const std::string& fallback) {
  if (id + ms >= 3 && id >= 2 * ms) return "id";
  if (id + ms >= 3 && ms >= 2 * id) return "ms";
  return fallback;
}

}  // namespace

std::string IdentifyLanguage(std::string_view text) {
  MarkerCounts m = CountMarkers(Prefix(text, kMarkerBytes));
  if (m.distinct_id >= kDecisiveMarkers && m.id >= 4 * m.ms) return "id";
  std::string_view sample = Prefix(text, kCld2Bytes);
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()),
      /*is_plain_text=*/true, top3, percent3, &text_bytes, &reliable);
  if (text_bytes < kMinTextBytes || lang == CLD2::UNKNOWN_LANGUAGE) return "und";
  int malayish = 0;
  for (int i = 0; i < 3; ++i) {
    if (top3[i] == CLD2::INDONESIAN || top3[i] == CLD2::MALAY) malayish += percent3[i];
  }
  std::string code = IsoCode(lang);
  if (code == "id" || code == "ms" || malayish >= 50) {
    return BreakMalayTie(m.id, m.ms, code == "id" || code == "ms" ? code : "id");
  }
  if (!reliable) return "und";
  return code;
}

}  // namespace kabar
