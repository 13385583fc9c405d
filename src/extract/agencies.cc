// Wire agencies. The table maps every spelling a page uses to one canonical name; the RE2
// patterns find the ways running text credits an agency.
#include "extract/agencies.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "extract/prose.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

struct AgencyName {
  std::string_view spelling;  // compared case-insensitively unless `exact_case`
  std::string_view canonical;
  bool exact_case;  // acronyms that are also words ("AP", "EFE") must be in capitals
};

constexpr std::array kAgencies = {
    AgencyName{"reuters", "Reuters", false}, AgencyName{"thomson reuters", "Reuters", false},
    AgencyName{"associated press", "Associated Press", false},
    AgencyName{"the associated press", "Associated Press", false},
    AgencyName{"AP", "Associated Press", true}, AgencyName{"afp", "AFP", false},
    AgencyName{"agence france-presse", "AFP", false},
    AgencyName{"agence france presse", "AFP", false}, AgencyName{"antara", "Antara", false},
    AgencyName{"ant", "Antara", true},  // "(ant)" closing an Indonesian story
    AgencyName{"ANT", "Antara", true},  // "[ANT/ROL]"
    AgencyName{"xinhua", "Xinhua", false}, AgencyName{"bernama", "Bernama", false},
    AgencyName{"kyodo", "Kyodo", false}, AgencyName{"kyodo news", "Kyodo", false},
    AgencyName{"yonhap", "Yonhap", false}, AgencyName{"EFE", "EFE", true},
    AgencyName{"dpa", "dpa", false}, AgencyName{"TASS", "TASS", true},
    AgencyName{"UPI", "UPI", true}, AgencyName{"ANSA", "ANSA", true},
    AgencyName{"anadolu", "Anadolu", false}, AgencyName{"anadolu agency", "Anadolu", false},
    // Arabic spellings (Al Jazeera's and Al Arabiya's source lines, captions' credits).
    AgencyName{"\u0631\u0648\u064a\u062a\u0631\u0632", "Reuters", true},           // رويترز
    AgencyName{"\u0641\u0631\u0627\u0646\u0633 \u0628\u0631\u0633", "AFP", true},  // فرانس برس
    AgencyName{"\u0627\u0644\u0641\u0631\u0646\u0633\u064a\u0629", "AFP", true},  // الفرنسية
    AgencyName{"\u0623\u0633\u0648\u0634\u064a\u062a\u062f \u0628\u0631\u0633", "Associated Press",
               true},  // أسوشيتد برس
    AgencyName{"\u0627\u0644\u0623\u0646\u0627\u0636\u0648\u0644", "Anadolu", true},  // الأناضول
    AgencyName{"\u0634\u064a\u0646\u062e\u0648\u0627", "Xinhua", true},  // شينخوا
};

// Spellings as they appear in running text (case-sensitive alternatives).
constexpr char kAgencyAlt[] =
    "Thomson Reuters|Reuters|REUTERS|The Associated Press|Associated Press|AP|AFP|"
    "Agence France-Presse|Agence France Presse|ANTARA|Antara|Xinhua|XINHUA|Bernama|BERNAMA|"
    "Kyodo News|Kyodo|KYODO|Yonhap|YONHAP|EFE|DPA|dpa|TASS|UPI|ANSA|Anadolu Agency|Anadolu";

const RE2& ParenCredit() {
  static const RE2 re(std::string("\\((") + kAgencyAlt + ")\\)");
  return re;
}

const RE2& CueCredit() {
  static const RE2 re(
      std::string("(?i:dilansir(?:\\s+dari)?|melansir|dikutip(?:\\s+dari)?|mengutip|menurut|"
                  "(?:seperti\\s+|sebagaimana\\s+)?dilaporkan(?:\\s+oleh)?|diberitakan|"
                  // "menurut laporan Reuters", "dalam laporan AFP", "lapor kantor berita Xinhua"
                  "laporan|lapor|"
                  "according\\s+to|reported\\s+by|citing|quoted\\s+by|via|melalui|lewat)"
                  "\\s+(?:(?i:kantor\\s+berita|the\\s+news\\s+agency|news\\s+agency|agensi)\\s+)?"
                  "(") +
      kAgencyAlt + ")\\b");
  return re;
}

const RE2& VerbCredit() {
  static const RE2 re(std::string("\\b(") + kAgencyAlt +
                      ")\\s+(?:reported|reports|melaporkan|memberitakan|menyebutkan)\\b");
  return re;
}

// A word byte for RE2's \b: ASCII letters, digits and '_'.
bool IsRegexWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// kAgencyAlt's spellings one by one, by their first byte; and the bytes a spelling starts with
// and RE2's word bytes as byte tables (MentionsAgency looks at every byte of the text).
struct SpellingTable {
  std::array<std::vector<std::string_view>, 256> by_first;
  std::array<bool, 256> first{};
  std::array<bool, 256> word{};
  std::array<bool, 256> initial{};  // the first bytes of kAgencies' spellings, in either case
  // A bit for each pair of bytes some spelling of kAgencyAlt opens with (all have two or more).
  std::array<uint64_t, 65536 / 64> opening_pairs{};
  SpellingTable() {
    for (const AgencyName& a : kAgencies) {
      auto c = static_cast<unsigned char>(a.spelling.front());
      initial[c] = true;
      if (!a.exact_case && c >= 'a' && c <= 'z') initial[c - 'a' + 'A'] = true;
    }
    for (int c = 0; c < 256; ++c) word[c] = IsRegexWordByte(static_cast<char>(c));
    std::string_view alt(kAgencyAlt);
    for (size_t start = 0; start <= alt.size();) {
      size_t bar = std::min(alt.find('|', start), alt.size());
      std::string_view s = alt.substr(start, bar - start);
      by_first[static_cast<unsigned char>(s.front())].push_back(s);
      size_t pair = static_cast<size_t>(static_cast<unsigned char>(s[0])) << 8 |
                    static_cast<unsigned char>(s[1]);
      opening_pairs[pair / 64] |= uint64_t{1} << (pair % 64);
      first[static_cast<unsigned char>(s.front())] = true;
      start = bar + 1;
    }
  }
  // False when no spelling opens with text[i], text[i + 1] (i + 1 < text.size()).
  bool MayOpenAt(std::string_view text, size_t i) const {
    size_t pair = static_cast<size_t>(static_cast<unsigned char>(text[i])) << 8 |
                  static_cast<unsigned char>(text[i + 1]);
    return (opening_pairs[pair / 64] >> (pair % 64) & 1) != 0;
  }
};

const SpellingTable& Spellings() {
  static const SpellingTable table;
  return table;
}

// Collects (offset, canonical name) of every credit `re` finds in `text`.
void FindAll(const RE2& re, std::string_view text,
             std::vector<std::pair<size_t, std::string>>* found) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, re, &match)) {
    std::string name = CanonicalAgency(std::string_view(match.data(), match.size()));
    if (!name.empty()) found->emplace_back(match.data() - text.data(), std::move(name));
  }
}

// Byte ranges [first, second) of a text, in order and apart.
using Segments = std::vector<std::pair<size_t, size_t>>;

// FindAll(re, text, found) when every match of `re` lies inside one of `segments`, each of
// which ends where a spelling ends or one byte after (so RE2 reads the pattern's end the same
// in the segment as in the text) and each match of which (RE2::Match keeps the text before a
// segment as context) is a match in the text. The matches FindAndConsume finds one after
// another are then the leftmost ones of the segments, searched from the end of the last match
// (with no context before it, as FindAndConsume reads it).
void FindAllInSegments(const RE2& re, std::string_view text, const Segments& segments,
                       std::vector<std::pair<size_t, std::string>>* found) {
  size_t consumed = 0;
  re2::StringPiece g[2];
  for (auto [begin, end] : segments) {
    if (end <= consumed) continue;
    begin = std::max(begin, consumed);
    while (begin < end) {
      re2::StringPiece rest(text.data() + consumed, text.size() - consumed);
      if (!re.Match(rest, begin - consumed, end - consumed, RE2::UNANCHORED, g, 2)) break;
      std::string name = CanonicalAgency(std::string_view(g[1].data(), g[1].size()));
      if (!name.empty()) found->emplace_back(g[1].data() - text.data(), std::move(name));
      consumed = static_cast<size_t>(g[0].data() + g[0].size() - text.data());
      begin = consumed;
    }
  }
}

// Bytes RE2's \s matches.
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// The start of the `words`-th run of non-space bytes before `at` (runs parted by RE2 white
// space), or where the walk stops: the text's start, or a run with no white space after it.
size_t WordsBack(std::string_view text, size_t at, int words) {
  for (int w = 0; w < words; ++w) {
    size_t i = at;
    while (i > 0 && IsRegexSpace(text[i - 1])) --i;
    if (i == at || i == 0) break;
    while (i > 0 && !IsRegexSpace(text[i - 1])) --i;
    at = i;
  }
  return at;
}

// `ranges` in order, those that overlap or meet merged into one.
Segments Merged(Segments ranges) {
  std::sort(ranges.begin(), ranges.end());
  Segments merged;
  for (auto [begin, end] : ranges) {
    if (!merged.empty() && begin <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, end);
    } else {
      merged.emplace_back(begin, end);
    }
  }
  return merged;
}

// True when white space and then one of VerbCredit()'s verbs (case-sensitive: "reported" and
// "reports" both open with "report") follow byte `at` of `text`.
bool VerbFollows(std::string_view text, size_t at) {
  size_t verb = at;
  while (verb < text.size() && IsRegexSpace(text[verb])) ++verb;
  if (verb == at) return false;
  std::string_view rest = text.substr(verb);
  return rest.starts_with("report") || rest.starts_with("melaporkan") ||
         rest.starts_with("memberitakan") || rest.starts_with("menyebutkan");
}

// False when no CueCredit() match can credit the mention opening at text[begin]: the pattern
// wants white space before the spelling and, before that, its cue or agency label, whose last
// word ("menurut", "oleh", "berita", ...) ends the run of non-space bytes there (the cues have
// no \b before them: "xmenurut" ends with one). A run with a non-ASCII byte is let through
// (RE2's case folding reads KELVIN SIGN and LONG S as 'k' and 's').
bool MayFollowCue(std::string_view text, size_t begin) {
  static constexpr std::string_view kLastWords[] = {
      "dilansir", "dari",        "melansir", "dikutip", "mengutip", "menurut", "dilaporkan",
      "oleh",     "diberitakan", "to",       "by",      "citing",   "via",     "melalui",
      "lewat",    "berita",      "agency",   "agensi",  "laporan",  "lapor"};
  size_t end = begin;
  while (end > 0 && IsRegexSpace(text[end - 1])) --end;
  if (end == begin || end == 0) return false;
  size_t start = end;
  while (start > 0 && !IsRegexSpace(text[start - 1])) --start;
  std::string_view run = text.substr(start, end - start);
  for (char c : run) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  for (std::string_view w : kLastWords) {
    if (EndsWithIgnoreCase(run, w)) return true;
  }
  return false;
}

// The most words CueCredit() holds before its spelling: "sebagaimana dilaporkan oleh" and
// "the news agency".
constexpr int kMaxCueWords = 6;

// The first '/', ',', ';' or '&' of `s` at or after `from`, or npos. (find_first_of calls
// memchr on its set for every byte.)
size_t FindSeparator(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    char c = s[i];
    if (c == '/' || c == ',' || c == ';' || c == '&') return i;
  }
  return std::string_view::npos;
}

// A sign-off alone on its line after the story, "-- BERNAMA", "— AFP", "- Reuters": the dash
// (one or two hyphens, an en or em dash) and the space after it go.
std::string_view WithoutLeadingDash(std::string_view line) {
  size_t dash = 0;
  while (dash < 2 && dash < line.size() && line[dash] == '-') ++dash;
  for (std::string_view long_dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {  // U+2013, U+2014
    if (dash == 0 && line.starts_with(long_dash)) dash = long_dash.size();
  }
  if (dash == 0 || dash >= line.size() || line[dash] != ' ') return line;
  return Trim(line.substr(dash));
}

// True when `s` is an editor's initials: two to five lower-case letters, not an agency's name.
bool IsEditorInitials(std::string_view s) {
  if (s.size() < 2 || s.size() > 5) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return CanonicalAgency(s).empty();
}

// True when `s` is an editor's initials in capitals closing an Indonesian sign-off ("ANT/ROL",
// "Antara/RZK"): two or three capitals, not an agency's name (a longer word in capitals is a
// photo's credit: "REUTERS / POOL").
bool IsCapitalInitials(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return CanonicalAgency(s).empty();
}

// "jab/dpa/AFP", "mes/Reuters", "hp/as (dpa, Reuters)": a German outlet's sign-off opens with
// the initials of the editors who wrote the story (one to three groups, see IsEditorInitials)
// before the agencies whose copy it used, after a slash or in brackets; an Indonesian one
// closes with them ("AFP/kid", "Antara/ant/nas", in capitals too: "ANT/ROL"). The initials go.
std::string_view WithoutEditorInitials(std::string_view line) {
  for (int groups = 0; groups < 3; ++groups) {
    size_t slash = line.find('/');
    if (slash == std::string_view::npos || !IsEditorInitials(line.substr(0, slash))) break;
    line = Trim(line.substr(slash + 1));
  }
  for (int groups = 0; groups < 3; ++groups) {
    size_t slash = line.rfind('/');
    if (slash == std::string_view::npos) break;
    const std::string_view initials = Trim(line.substr(slash + 1));
    if (!IsEditorInitials(initials) && !IsCapitalInitials(initials)) break;
    line = Trim(line.substr(0, slash));
  }
  const size_t open = FindBytePair(line, ' ', '(');
  if (open != std::string_view::npos && line.back() == ')' &&
      IsEditorInitials(line.substr(0, open))) {
    line = Trim(line.substr(open + 2, line.size() - open - 3));
  }
  return line;
}

}  // namespace

std::string CanonicalAgency(std::string_view token) {
  token = Trim(token);
  for (const AgencyName& a : kAgencies) {
    if (token.size() != a.spelling.size()) continue;  // most names fail here, before a call
    bool same = a.exact_case ? token == a.spelling : EqualsIgnoreCase(token, a.spelling);
    if (same) return std::string(a.canonical);
  }
  return "";
}

bool ParseAgencyLine(std::string_view line, std::string* agency, std::vector<std::string>* more) {
  line = Trim(line);
  if (line.size() > 60) return false;
  const bool square = line.size() >= 2 && line.front() == '[' && line.back() == ']';
  if (line.size() >= 2 && ((line.front() == '(' && line.back() == ')') || square)) {
    line = Trim(line.substr(1, line.size() - 2));
  }
  const std::string_view undashed = WithoutLeadingDash(line);
  line = WithoutEditorInitials(undashed);
  // "[YONHAP]" closes a photo's caption; with an editor's initials, "[ANT/ROL]" signs a story.
  if (square && line.size() == undashed.size()) return false;
  while (!line.empty() && (line.back() == '.' || line.back() == ',')) line.remove_suffix(1);
  // The first part starts the line and must be a spelling: most lines fail on their first byte.
  if (line.empty() || !Spellings().initial[static_cast<unsigned char>(line[0])]) return false;
  std::vector<std::string> found;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = FindSeparator(line, start);
    if (end == std::string_view::npos) end = line.size();
    std::string_view part = Trim(line.substr(start, end - start));
    std::string name = CanonicalAgency(part);
    if (name.empty()) return false;
    found.push_back(std::move(name));
    start = end + 1;
  }
  if (found.empty()) return false;
  if (agency != nullptr) *agency = found[0];
  if (more != nullptr) {
    for (size_t i = 1; i < found.size(); ++i) AddUnique(more, found[i]);
  }
  return true;
}

bool ParseSourceLine(std::string_view line, std::vector<std::string>* agencies) {
  line = Trim(line);
  constexpr size_t kMaxSourceLine = 120;
  if (line.size() > kMaxSourceLine) return false;
  // "Source" in Arabic, Spanish, Portuguese, German, French, Vietnamese and Indonesian.
  static constexpr std::string_view kLabels[] = {"\u0627\u0644\u0645\u0635\u062f\u0631",  // المصدر
                                                 "fuente",
                                                 "fonte",
                                                 "quelle",
                                                 "source",
                                                 "sources",
                                                 "ngu\u1ed3n",
                                                 "sumber"};
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view label = Trim(line.substr(0, colon));
  bool labelled = false;
  for (std::string_view l : kLabels) labelled = labelled || EqualsIgnoreCase(label, l);
  if (!labelled) return false;
  std::vector<std::string> found;
  std::string_view rest = line.substr(colon + 1);
  size_t start = 0;
  while (start <= rest.size()) {
    size_t end = rest.find_first_of("+/,;&", start);
    if (end == std::string_view::npos) end = rest.size();
    std::string name = CanonicalAgency(rest.substr(start, end - start));
    if (!name.empty()) found.push_back(std::move(name));
    start = end + 1;
  }
  for (std::string& name : found) AddUnique(agencies, std::move(name));
  return !found.empty();
}

std::string_view AgencySpellings() { return kAgencyAlt; }

// True when every spelling of `alt` ('|'-separated) opens with an ASCII capital or is "dpa".
constexpr bool OpensWithCapitalOrIsDpa(std::string_view alt) {
  for (size_t start = 0; start <= alt.size();) {
    size_t bar = alt.find('|', start);
    if (bar == std::string_view::npos) bar = alt.size();
    std::string_view s = alt.substr(start, bar - start);
    if (s.empty() || ((s[0] < 'A' || s[0] > 'Z') && s != "dpa")) return false;
    start = bar + 1;
  }
  return true;
}

namespace {

// Calls f(begin, end) for each spelling of kAgencyAlt standing as a word in `text`, in order of
// `begin` (two spellings may start at one byte: "Kyodo", "Kyodo News"), until f returns false.
template <typename F>
void ForEachMention(std::string_view text, F&& f) {
  // Every spelling starts and ends with a letter, so "standing as a word" is: no word byte
  // just before it nor just after it.
  const SpellingTable& table = Spellings();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  // Every spelling has two bytes or more and opens with a pair MayOpenAt knows: one look-up,
  // made in the loops below before the call, rules out most capitals.
  auto mentions_at = [&](size_t i) {
    if (i + 1 >= text.size() || !table.MayOpenAt(text, i)) return true;
    if (!table.first[byte(i)] || (i > 0 && table.word[byte(i - 1)])) return true;
    for (std::string_view s : table.by_first[byte(i)]) {
      // Every spelling has two bytes or more: the second rules most candidates out cheaply.
      if (text.size() - i < s.size() || text[i + 1] != s[1]) continue;
      if (text.compare(i, s.size(), s) != 0) continue;
      size_t end = i + s.size();
      if ((end == text.size() || !table.word[byte(end)]) && !f(i, end)) return false;
    }
    return true;
  };
  // Every spelling opens with a capital except "dpa": eight bytes without a capital or a "dp"
  // are skipped at once.
  static_assert(OpensWithCapitalOrIsDpa(kAgencyAlt));
  size_t i = 0;
#ifdef __SSE2__
  // The same sixteen bytes at a time.
  for (; i + 17 <= text.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
    __m128i dp = _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('d')),
                               _mm_cmpeq_epi8(next, _mm_set1_epi8('p')));
    auto m =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(BytesInRange16(x, 'A', 'Z'), dp)));
    for (; m != 0; m &= m - 1) {
      size_t at = i + static_cast<size_t>(std::countr_zero(m));
      if (table.MayOpenAt(text, at) && !mentions_at(at)) return;
    }
  }
#endif
  for (; i + 9 <= text.size(); i += 8) {
    uint64_t x = Load8(text.data() + i), next = Load8(text.data() + i + 1);
    uint64_t capitals = BytesInRange8(x & ~kHigh, 'A', 'Z') & ~x;
    uint64_t dp = BytesEqual8(x, 'd') & BytesEqual8(next, 'p');
    for (uint64_t m = capitals | dp; m != 0; m &= m - 1) {
      size_t at = i + (static_cast<size_t>(std::countr_zero(m)) >> 3);
      if (table.MayOpenAt(text, at) && !mentions_at(at)) return;
    }
  }
  for (; i < text.size(); ++i) {
    if (!mentions_at(i)) return;
  }
}

}  // namespace

bool MentionsAgency(std::string_view text) {
  bool mentions = false;
  ForEachMention(text, [&](size_t, size_t) {
    mentions = true;
    return false;
  });
  return mentions;
}

namespace {

// The agencies of a bracketed sign-off closing `paragraph` ("... kantornya. (AFP/kid)", "...
// said. (Reuters/AP)", "(Sumber: Antara)", "... itu. [ANT/ROL]"), at offset `base` of the text;
// ParseAgencyLine or ParseSourceLine reads the brackets. (Square ones only with an editor's
// initials, as ParseAgencyLine reads them: "[YONHAP]" closes a photo's caption.)
void FindBracketedSignOff(std::string_view paragraph, size_t base,
                          std::vector<std::pair<size_t, std::string>>* found) {
  std::string_view bracketed;
  if (!ClosingBracketed(paragraph, &bracketed)) return;
  const bool square = bracketed.front() == '[';
  const size_t open = static_cast<size_t>(bracketed.data() - paragraph.data());
  std::string agency;
  std::vector<std::string> more;
  if (!ParseAgencyLine(bracketed, &agency, &more)) {
    // "(Sumber: Antara)": the story's source, a wire.
    const std::string_view inner = bracketed.substr(1, bracketed.size() - 2);
    if (square || !ParseSourceLine(inner, &more) || more.empty()) return;
    agency = std::move(more.front());
    more.erase(more.begin());
  }
  found->emplace_back(base + open, std::move(agency));
  size_t order = base + open;  // the others after it, in the sign-off's order
  for (std::string& m : more) found->emplace_back(++order, std::move(m));
}

// "... fares would stay unchanged. - Bernama", "... di kantornya. (AFP/kid)": a paragraph of
// `text` closed by an agency's sign-off credits it.
void FindSignOffCredits(std::string_view text, std::vector<std::pair<size_t, std::string>>* found) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view paragraph = text.substr(begin, end - begin);
    if (EndsWithWireSignOff(paragraph)) {
      size_t word = paragraph.size();
      while (word > 0 && paragraph[word - 1] != ' ' && paragraph[word - 1] != '-' &&
             static_cast<unsigned char>(paragraph[word - 1]) < 0x80) {
        --word;
      }
      std::string agency = CanonicalAgency(paragraph.substr(word));
      if (!agency.empty()) found->emplace_back(begin + word, std::move(agency));
    } else if (std::string_view credit; EndsWithUnbracketedSources(paragraph, &credit)) {
      // "... kantornya. Sumber: Reuters, AFP"
      size_t order = begin + static_cast<size_t>(credit.data() - paragraph.data());
      std::vector<std::string> sources;
      ParseSourceLine(credit, &sources);
      for (std::string& source : sources) found->emplace_back(order++, std::move(source));
    } else {
      FindBracketedSignOff(paragraph, begin, found);
    }
    begin = end + 1;
  }
}

}  // namespace

void FindAgencyCredits(std::string_view text, std::vector<std::string>* agencies) {
  // Every credit pattern names a spelling with a non-word byte on each side (ParenCredit's
  // parentheses, CueCredit's space and \b, VerbCredit's \b and space), so text without one
  // standing as a word ("APBN", "KAPAL" are not) needs none of the three scans. Around each
  // such mention lie the matches that credit it: ParenCredit's from the '(' before it to the
  // ')' after it, CueCredit's from its cue (kMaxCueWords words before it at most, parted by
  // white space) to its end; those two patterns only run there.
  // Only mentions MayFollowCue lets through get a CueCredit() segment: every match credits a
  // mention and lies in that mention's segment.
  Segments around_parens, around_cues;
  bool mentioned = false, verb_follows = false;
  ForEachMention(text, [&](size_t begin, size_t end) {
    mentioned = true;
    if (begin > 0 && text[begin - 1] == '(') {
      around_parens.emplace_back(begin - 1, std::min(end + 1, text.size()));
    }
    if (MayFollowCue(text, begin)) {
      around_cues.emplace_back(WordsBack(text, begin, kMaxCueWords), end);
    }
    verb_follows = verb_follows || VerbFollows(text, end);
    return true;
  });
  std::vector<std::pair<size_t, std::string>> found;
  if (!mentioned) {
    // The story's closing sign-off may still name its agency by a short form no running text
    // uses ("... kantornya. (ant)").
    const void* newline = memrchr(text.data(), '\n', text.size());
    const size_t last = newline ? static_cast<const char*>(newline) - text.data() + 1 : 0;
    FindBracketedSignOff(text.substr(last), last, &found);
  } else {
    FindAllInSegments(ParenCredit(), text, Merged(std::move(around_parens)), &found);
    FindAllInSegments(CueCredit(), text, Merged(std::move(around_cues)), &found);
    // VerbCredit() needs one of its verbs right after a mention; text without one skips that
    // whole-text scan.
    if (verb_follows) FindAll(VerbCredit(), text, &found);
    FindSignOffCredits(text, &found);
  }
  std::sort(found.begin(), found.end());  // in order of mention
  for (auto& [offset, name] : found) AddUnique(agencies, std::move(name));
}

void AddUnique(std::vector<std::string>* list, std::string name) {
  // A list field longer than this comes from a hostile or broken page: the rest is ignored,
  // which also keeps this linear search cheap.
  constexpr size_t kMaxNames = 64;
  if (name.empty() || list->size() >= kMaxNames) return;
  for (const std::string& s : *list) {
    if (s == name) return;
  }
  list->push_back(std::move(name));
}

}  // namespace kabar::extract
