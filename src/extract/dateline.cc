// Dateline parsing. A dateline is a short prefix ending in a dash; its comma-separated parts
// are an outlet domain ("TEMPO.CO"), a place ("Jakarta", "PYONGYANG"), a date ("June 3"),
// and a parenthesised agency or outlet ("(Reuters)", "(ANTARA)").
#include "extract/dateline.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common/ascii8.h"
#include "extract/agencies.h"
#include "extract/credits.h"
#include "extract/outlets.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

constexpr size_t kMaxPrefix = 80;

struct DashAt {
  size_t begin = std::string_view::npos;  // where the prefix ends
  size_t end = 0;                         // where the story text starts
};

// Bytes of white space (ASCII space or U+00A0) at s[i], 0 when none.
size_t SpaceAt(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == ' ') return 1;
  if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;
  return 0;
}

// Where the first '-' or 0xE2 byte (the lead byte of U+2013 and U+2014) of s[from, limit)
// stands, or `limit`; limit <= s.size(). Sixteen bytes a step where SSE2 is.
size_t NextDashByte(std::string_view s, size_t from, size_t limit) {
#ifdef __SSE2__
  const __m128i hyphen = _mm_set1_epi8('-'), lead = _mm_set1_epi8('\xE2');
  for (; from + 16 <= limit; from += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from));
    auto hits = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, hyphen), _mm_cmpeq_epi8(x, lead))));
    if (hits != 0) return from + static_cast<size_t>(std::countr_zero(hits));
  }
#endif
  for (; from < limit; ++from) {
    if (s[from] == '-' || s[from] == '\xE2') return from;
  }
  return limit;
}

// True when s[i] opens U+2013 or U+2014 (E2 80 93, E2 80 94).
bool IsLongDashAt(std::string_view s, size_t i) {
  return i + 3 <= s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
         (s[i + 2] == '\x93' || s[i + 2] == '\x94');
}

// The first dash that closes a dateline prefix: " - ", " -- ", " – ", " — ", "—".
DashAt FindDash(std::string_view s) {
  DashAt d;
  size_t limit = std::min(s.size(), kMaxPrefix + 8);
  for (size_t i = 1; i < limit; ++i) {
    // Jump to the next hyphen or en/em dash lead byte (most lines have neither).
    i = NextDashByte(s, i, limit);
    if (i == limit) break;
    size_t len = 0;
    if (s[i] == '-') {
      len = (i + 1 < s.size() && s[i + 1] == '-') ? 2 : 1;
      // A hyphen inside a word ("TRIBUN-VIDEO", "Jong-un") is not a separator.
      bool spaced = s[i - 1] == ' ' && i + len < s.size() && SpaceAt(s, i + len) > 0;
      if (!spaced) continue;
    } else if (IsLongDashAt(s, i)) {
      len = 3;
    } else {
      continue;
    }
    d.begin = i;
    size_t end = i + len;
    while (end < s.size() && SpaceAt(s, end) > 0) end += SpaceAt(s, end);
    d.end = end;
    while (d.begin > 0 && s[d.begin - 1] == ' ') --d.begin;
    return d;
  }
  return d;
}

// The longest agency name between slashes ("/TASS/", "/Interfax/").
constexpr size_t kMaxSlashAgency = 20;

// "MOSCOW, June 19. /TASS/. Russian ...": the Russian agencies' form, the agency's name between
// slashes (then an optional full stop and a space) closing the prefix. Sets *name to the name and
// *at to the prefix's end and the story's start; false when `s` opens otherwise.
bool FindSlashAgency(std::string_view s, std::string_view* name, DashAt* at) {
  const size_t open = FindBytePair(s.substr(0, kMaxPrefix), ' ', '/');
  if (open == std::string_view::npos || open == 0) return false;
  const size_t close = s.find('/', open + 2);
  if (close == std::string_view::npos || close == open + 2 || close - open - 2 > kMaxSlashAgency) {
    return false;
  }
  size_t end = close + 1;
  if (end < s.size() && s[end] == '.') ++end;
  if (SpaceAt(s, end) == 0) return false;
  while (SpaceAt(s, end) > 0) end += SpaceAt(s, end);
  *name = s.substr(open + 2, close - open - 2);
  at->begin = open;
  at->end = end;
  return true;
}

constexpr std::array<std::string_view, 24> kMonths = {
    "jan", "feb",  "mar",  "apr",     "may",     "jun",      "jul",      "aug",
    "sep", "sept", "oct",  "nov",     "dec",     "januari",  "februari", "maret",
    "mei", "juni", "juli", "agustus", "oktober", "desember", "des",      "okt"};

// The longest month name below ("september").
constexpr size_t kMaxMonthWord = 9;

bool IsMonthWord(std::string_view w) {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() > kMaxMonthWord) return false;
  char buf[kMaxMonthWord];  // the word in ASCII lower case, without allocating
  LowerAsciiCopy(w.data(), w.size(), buf);
  const std::string_view lw(buf, w.size());
  if (lw.size() > 3) {
    for (std::string_view m : {"january", "february", "march", "april", "june", "july", "august",
                               "september", "october", "november", "december"}) {
      if (lw == m) return true;
    }
  }
  for (std::string_view m : kMonths) {
    if (lw == m) return true;
  }
  return false;
}

// The first words of `s` (at most N of them) in *out; returns how many words `s` has in all.
// Word lists without allocating: parts of a dateline prefix are short.
template <size_t N>
size_t FirstWords(std::string_view s, std::array<std::string_view, N>* out) {
  size_t n = 0;
  ForEachWord(s, [&](std::string_view w) {
    if (n < N) (*out)[n] = w;
    ++n;
  });
  return n;
}

// "June 3", "3 Juni", "Jun 3 2024": a date part of a dateline.
bool IsDatePart(std::string_view part) {
  std::array<std::string_view, 4> words;
  size_t n = FirstWords(part, &words);
  if (n == 0 || n > words.size()) return false;
  bool month = false;
  for (std::string_view w : std::span(words.data(), n)) {
    if (IsMonthWord(w))
      month = true;
    else if (!std::isdigit(static_cast<unsigned char>(w[0])))
      return false;
  }
  return month;
}

// A place: one to four capitalised words ("Jakarta", "NEW YORK", "Kuala Lumpur"), not a lone
// letter ("T - Mobile ...", a tokenised "T-Mobile").
bool IsPlacePart(std::string_view part, bool* all_caps) {
  std::array<std::string_view, 4> words;
  size_t n = FirstWords(part, &words);
  if (n == 0 || n > words.size() || (n == 1 && words[0].size() < 2)) return false;
  *all_caps = true;
  for (std::string_view w : std::span(words.data(), n)) {
    if (!StartsUpper(w)) return false;
    if (!IsAllUpper(w)) *all_caps = false;
  }
  for (char c : part) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '"' || c == '?' ||
        c == '!') {
      return false;
    }
  }
  return true;
}

// Splits "X (Y)" into X and Y; Y empty when there are no parentheses at the end.
void SplitParen(std::string_view prefix, std::string_view* head, std::string_view* paren) {
  *head = prefix;
  *paren = {};
  if (prefix.empty() || prefix.back() != ')') return;
  size_t open = prefix.rfind('(');
  if (open == std::string_view::npos) return;
  *paren = Trim(prefix.substr(open + 1, prefix.size() - open - 2));
  *head = Trim(prefix.substr(0, open));
}

struct Parts {
  std::string place;
  bool place_all_caps = false;
  std::string site;
  std::string agency;
  bool own_outlet = false;  // the page's own outlet named by its name ("Lintas Pagi, Makassar")
  bool named_desk = false;  // an unknown outlet or desk in parentheses: "Bantul (Diskominfo)"
  bool ok = true;
};

// True when a parenthesised part no table knows may still name the outlet or desk that filed
// the story: one or two capitalised words of letters ("Diskominfo", "Humas Polri", "KBR").
bool MayNameADesk(std::string_view paren) {
  std::vector<std::string_view> words = Words(paren);
  if (words.empty() || words.size() > 2) return false;
  for (std::string_view w : words) {
    if (!StartsUpper(w) || w.size() > 20) return false;
    for (char c : w) {
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    }
  }
  return true;
}

// True when `part` is the outlet's name `outlet`, "The" before either aside.
bool NamesOutlet(std::string_view part, std::string_view outlet) {
  auto bare = [](std::string_view s) {
    return StartsWithIgnoreCase(s, "the ") ? Trim(s.substr(4)) : Trim(s);
  };
  return !outlet.empty() && EqualsIgnoreCase(bare(part), bare(outlet));
}

void ReadPart(std::string_view part, std::string_view page_outlet, Parts* p) {
  part = Trim(part);
  if (part.empty()) return;
  std::string site = SiteFromToken(part);
  bool caps = false;
  if (site.empty() && !p->own_outlet && NamesOutlet(part, page_outlet)) {
    p->own_outlet = true;
  } else if (!site.empty() && p->site.empty()) {
    p->site = site;
  } else if (std::string agency = CanonicalAgency(part); !agency.empty() && p->agency.empty()) {
    p->agency = std::move(agency);
  } else if (IsDatePart(part)) {
    // "LONDON, June 3 (Reuters)": the date adds nothing the date line does not.
  } else if (p->site.empty() && !SiteForOutletName(part).empty()) {
    // "Jakarta, CNN Indonesia --", "Makassar, IDN Times -"; an outlet's name in capitals is
    // place-shaped but is no place ("PIKIRAN RAKYAT - ", "MERDEKA - ").
    p->site = SiteForOutletName(part);
  } else if (IsPlacePart(part, &caps)) {
    // "ST. JOSEPH, Mich. (AP)": the first place is the city, a second one its state.
    if (p->place.empty()) {
      p->place = TitleCaseWords(part);
      p->place_all_caps = caps;
    }
  } else {
    p->ok = false;
  }
}

// "KONTAN.CO.ID - JAKARTA. Rupiah ...", "KRjogja.com - SLEMAN - Harga ...": an outlet before
// the dash and the place after it, in capitals (one to three words) and closed by a full stop
// or a second dash, before a sentence. Sets the place and moves `dash->end` past it; leaves
// both alone otherwise.
void ReadPlaceAfterDash(std::string_view paragraph, DashAt* dash, Parts* p) {
  std::string_view rest = paragraph.substr(dash->end);
  std::string_view reach = rest.substr(0, 40);
  size_t stop = reach.find(". ");
  size_t next = stop + 2;
  if (DashAt second = FindDash(reach);
      second.begin != std::string_view::npos && second.begin > 0 && second.begin < stop) {
    stop = second.begin;
    next = second.end;
  }
  if (stop == std::string_view::npos || stop == 0) return;
  std::string_view place = rest.substr(0, stop);
  bool caps = false;
  if (CountWords(place) > 3 || !IsPlacePart(place, &caps) || !caps) return;
  while (next < rest.size() && rest[next] == ' ') ++next;
  if (next >= rest.size() || !StartsUpper(rest.substr(next))) return;
  p->place = TitleCaseWords(place);
  p->place_all_caps = true;
  dash->end += next;
}

}  // namespace

bool ParseDateline(std::string_view paragraph, Dateline* out) {
  return ParseDateline(paragraph, {}, out);
}

namespace {

// The most words of a place in capitals and its region and country ("ILOILO CITY, Iloilo,
// Philippines —", as the Inquirer and wire services write them).
constexpr size_t kMaxPlaceWithRegionWords = 5;

// True when the first comma part of `head` has letters, all capitals, and a comma follows it.
bool CapitalsFirst(std::string_view head) {
  size_t comma = head.find(',');
  if (comma == std::string_view::npos) return false;
  bool letters = false;
  for (char c : head.substr(0, comma)) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isupper(static_cast<unsigned char>(c));
  }
  return letters;
}

// The last few datelines this thread parsed, by paragraph and page outlet. A page's opening
// paragraph is parsed by the line classifier, then again when the page's site and dateline are
// read (DetermineSite, ApplyDateline: ~3,900 instructions a time); ParseDateline is a pure
// function of the two texts, so the answer kept for equal texts is the answer.
class RecentDatelines {
 public:
  const Dateline* Find(std::string_view paragraph, std::string_view page_outlet) const {
    for (const Entry& e : entries_) {
      if (e.paragraph == paragraph && e.page_outlet == page_outlet) return &e.dateline;
    }
    return nullptr;
  }

  void Keep(std::string_view paragraph, std::string_view page_outlet, const Dateline& d) {
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % entries_.size();
    e.paragraph.assign(paragraph);  // the storage is reused: no allocation once grown
    e.page_outlet.assign(page_outlet);
    e.dateline = d;
  }

 private:
  struct Entry {
    std::string paragraph;  // empty in an unused entry: a dateline's paragraph is not
    std::string page_outlet;
    Dateline dateline;
  };
  std::array<Entry, 4> entries_;
  size_t next_ = 0;
};

RecentDatelines& ThreadRecentDatelines() {
  thread_local RecentDatelines recent;
  return recent;
}

// ParseDateline's reading of the prefix before `dash` (found in `paragraph`, with story text
// after it). `slash_agency`: the agency FindSlashAgency found closing the prefix, else empty.
bool ParseBeforeDash(std::string_view paragraph, std::string_view page_outlet, DashAt dash,
                     std::string_view slash_agency, Dateline* out);

}  // namespace

bool ParseDateline(std::string_view paragraph, std::string_view page_outlet, Dateline* out) {
  DashAt dash = FindDash(paragraph);
  std::string_view slash_agency;
  DashAt slash;
  if (FindSlashAgency(paragraph, &slash_agency, &slash) &&
      (dash.begin == std::string_view::npos || slash.begin < dash.begin)) {
    dash = slash;
  } else {
    slash_agency = {};
  }
  if (dash.begin == std::string_view::npos || dash.begin == 0 || dash.begin > kMaxPrefix) {
    return false;
  }
  if (dash.end >= paragraph.size()) return false;  // nothing after the dash
  RecentDatelines& recent = ThreadRecentDatelines();
  if (const Dateline* known = recent.Find(paragraph, page_outlet)) {
    *out = *known;
    return true;
  }
  Dateline d;
  if (!ParseBeforeDash(paragraph, page_outlet, dash, slash_agency, &d)) return false;
  recent.Keep(paragraph, page_outlet, d);
  *out = std::move(d);
  return true;
}

namespace {

bool ParseBeforeDash(std::string_view paragraph, std::string_view page_outlet, DashAt dash,
                     std::string_view slash_agency, Dateline* out) {
  std::string_view prefix = Trim(paragraph.substr(0, dash.begin));
  // List markers a dump printed for icons before the story's first words ("* * * LOS ANGELES
  // (AP) —") are no part of the place.
  while (prefix.starts_with("* ") || prefix.starts_with("\u2022 ")) {
    prefix = Trim(prefix.substr(prefix.find(' ')));
  }
  std::string_view head, paren;
  if (slash_agency.empty()) {
    SplitParen(prefix, &head, &paren);
  } else {
    if (CanonicalAgency(slash_agency).empty()) return false;
    head = prefix.ends_with('.') ? prefix.substr(0, prefix.size() - 1) : prefix;
    paren = slash_agency;
  }
  Parts parts;
  if (!paren.empty()) {
    std::string agency = CanonicalAgency(paren);
    std::vector<std::string_view> paren_words = Words(paren);
    // "(ANTARA News)", "(Reuters TV)": the agency's service
    if (agency.empty() && paren_words.size() == 2) agency = CanonicalAgency(paren_words[0]);
    std::string site = SiteFromToken(paren);
    if (!agency.empty())
      parts.agency = agency;
    else if (!site.empty())
      parts.site = site;
    else if (NamesOutlet(paren, page_outlet))
      parts.own_outlet = true;  // "CHICAGO (The Harbor Ledger) --"
    else if (MayNameADesk(paren))
      parts.named_desk = true;  // "Bantul (Diskominfo) –": a place is still needed, below
    else
      return false;
  }
  size_t start = 0;
  while (start <= head.size() && parts.ok) {
    // Parts are set off by commas, or a bar ("SURABAYA | duta.co –").
    size_t comma = start;
    while (comma < head.size() && head[comma] != ',' && head[comma] != '|') ++comma;
    ReadPart(head.substr(start, comma - start), page_outlet, &parts);
    start = comma + 1;
  }
  if (!parts.ok) return false;
  if (parts.place.empty() && !parts.site.empty()) ReadPlaceAfterDash(paragraph, &dash, &parts);
  bool has_source = !parts.site.empty() || !parts.agency.empty() || parts.own_outlet;
  // An unknown name in parentheses makes a dateline only with a place before it and a
  // sentence after the dash (the checks a place alone gets).
  // A place alone ("Jakarta - ", "WASHINGTON — ") is a dateline only when the story text
  // that follows starts like a sentence.
  if (!has_source) {
    if (parts.place.empty()) return false;
    unsigned char next = static_cast<unsigned char>(paragraph[dash.end]);
    bool sentence = StartsUpper(paragraph.substr(dash.end)) || next == '"' || next >= 0x80;
    // (A named desk's words and a date part, "DONGGALA, 14 Maret 2025 (Sulteng Post)", were
    // each read as such above; the place is still at most a few words.)
    size_t words = CountWords(prefix);
    bool long_ok = parts.named_desk || (words <= kMaxPlaceWithRegionWords && CapitalsFirst(head));
    if (!sentence || (words > 3 && !long_ok)) return false;
  }
  out->place = parts.place;
  out->site = parts.site;
  out->outlet = parts.site.empty() ? "" : OutletName(parts.site);
  out->agency = parts.agency;
  out->length = dash.end;
  return true;
}

}  // namespace

bool ParseCaselessDateline(std::string_view paragraph, Dateline* out) {
  constexpr size_t kMaxPlace = 40;
  size_t limit = std::min(paragraph.size(), kMaxPlace + 4);
  size_t dash = std::string_view::npos, after = 0;
  for (size_t i = 1; i < limit; ++i) {
    if (paragraph[i] == '-') {
      dash = i;
      after = i + 1;
    } else if (paragraph.substr(i, 3) == "\xE2\x80\x93" ||
               paragraph.substr(i, 3) == "\xE2\x80\x94") {
      dash = i;
      after = i + 3;
    } else {
      continue;
    }
    break;
  }
  if (dash == std::string_view::npos || SpaceAt(paragraph, after) == 0) return false;
  std::string_view place = Trim(paragraph.substr(0, dash));
  size_t words = CountWords(place);
  if (place.empty() || words > 2 || Trim(paragraph.substr(after)).empty()) return false;
  for (char c : place) {
    // Letters of a script without capitals (UTF-8 lead and continuation bytes) and spaces.
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ') return false;
  }
  // "خبرگزاری آریا -", "وكالة الأنباء -": a news agency, site or paper names itself so.
  for (std::string_view source :
       {"\u062e\u0628\u0631\u06af\u0632\u0627\u0631\u06cc", "\u0648\u0643\u0627\u0644\u0629",
        "\u0645\u0648\u0642\u0639", "\u0635\u062d\u064a\u0641\u0629", "\u0634\u0628\u0643\u0629"}) {
    if (place.starts_with(source)) return false;
  }
  out->place = std::string(place);
  out->site.clear();
  out->outlet.clear();
  out->agency.clear();
  out->length = after + SpaceAt(paragraph, after);
  return true;
}

namespace {

// Words that open a labelled paragraph rather than name a place.
bool IsParagraphLabel(std::string_view head) {
  static constexpr std::string_view kLabels[] = {
      "update",     "updated",    "summary",    "ringkasan", "catatan",       "note",
      "foto",       "photo",      "video",      "breaking",  "exclusive",     "eksklusif",
      "opini",      "opinion",    "analysis",   "analisis",  "sponsored",     "disclaimer",
      "warning",    "pengumuman", "baca",       "read",      "watch",         "listen",
      "simak",      "tonton",     "info",       "sumber",    "source",        "editor",
      "penulis",    "reporter",   "oleh",       "by",        "ilustrasi",     "kesimpulan",
      "question",   "answer",     "pertanyaan", "jawaban",   "advertisement", "iklan",
      "correction", "koreksi",    "dear",       "live",      "terkini",       "headline",
      "topik",      "topic"};
  std::string first = AsciiLower(head.substr(0, head.find(' ')));
  for (std::string_view l : kLabels) {
    if (first == l) return true;
  }
  return CreditLabelRole(head) != CreditRole::kNone;
}

// True when `head`, the words before a colon or full stop opening a paragraph, names the page's
// site ("RMOL." on rmol.id), a known outlet or a wire agency: a source, not a place.
bool NamesASource(std::string_view head, std::string_view site) {
  const std::string_view site_name = site.substr(0, site.find('.'));
  return (!site_name.empty() && EqualsIgnoreCase(head, site_name)) ||
         !SiteForOutletName(head).empty() || !CanonicalAgency(head).empty();
}

}  // namespace

bool ParseColonDateline(std::string_view paragraph, std::string_view site, Dateline* out) {
  size_t colon = paragraph.substr(0, 56).find(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view head = paragraph.substr(0, colon);
  std::string named_site, agency;
  if (size_t comma = head.find(", "); comma != std::string_view::npos) {
    const std::string before = SiteFromToken(head.substr(0, comma));
    const std::string after = SiteFromToken(Trim(head.substr(comma + 2)));
    if (!before.empty() && (site.empty() || before == site)) {
      named_site = before;  // "Metrotvnews.com, Pekalongan: ...": the outlet, the place
      head = head.substr(comma + 2);
    } else if (!after.empty()) {
      named_site = after;  // "MEDAN, Waspada.id: ...": place, the outlet's domain
      head = head.substr(0, comma);
    } else {
      return false;
    }
  } else if (head.ends_with(')') && head.find(" (") != std::string_view::npos) {
    // "JAKARTA (Suara Karya): ...": the place, the outlet's or a wire's name in brackets.
    const size_t open = head.find(" (");
    const std::string_view name = head.substr(open + 2, head.size() - open - 3);
    if (name.empty() || CountWords(name) > 3 ||
        name.find_first_of("():") != std::string_view::npos) {
      return false;
    }
    agency = CanonicalAgency(name);
    head = head.substr(0, open);
  }
  for (char c : head) {  // "AMD (NYSE: AMD) today ...": a place is words, nothing else
    if (c == '(' || c == ')' || c == ',' || c == '/' || c == '&') return false;
  }
  bool caps = false;
  if (CountWords(head) > 3 || !IsPlacePart(head, &caps) || IsParagraphLabel(head) ||
      NamesASource(head, site)) {
    return false;
  }
  bool indonesian = IsIndonesianSite(site);
  if (!caps && !indonesian) return false;  // "Dear Abby: ..." on an English site
  std::string_view rest = Trim(paragraph.substr(colon + 2));
  if (!StartsUpper(rest) || CountWords(rest) < 8) return false;
  out->place = TitleCaseWords(head);
  out->site = named_site;
  out->outlet = named_site.empty() ? "" : OutletName(named_site);
  out->agency = agency;
  out->length = colon + 2;
  return true;
}

bool ParseStopDateline(std::string_view paragraph, std::string_view site, Dateline* out) {
  if (!IsIndonesianSite(site)) return false;
  size_t stop = paragraph.substr(0, 32).find(". ");
  if (stop == std::string_view::npos || stop == 0) return false;
  std::string_view head = paragraph.substr(0, stop);
  for (char c : head) {
    if (c == '(' || c == ')' || c == ',' || c == '/' || c == '&' || c == '.') return false;
  }
  // Abbreviated titles closed by a full stop ("Prof. Andi ...", "Dr. ...", "Capt. ..."): no
  // place; so also a head word under four letters ("H.", "Jl.", "Drs.", "Mr.").
  static constexpr std::string_view kTitles[] = {"prof", "capt", "brig", "corp", "dept", "govt"};
  std::vector<std::string_view> words = Words(head);
  if (words.empty() || words.size() > 2) return false;
  for (std::string_view w : words) {
    if (w.size() < 4) return false;
    for (std::string_view t : kTitles) {
      if (EqualsIgnoreCase(w, t)) return false;
    }
  }
  bool caps = false;
  if (!IsPlacePart(head, &caps) || IsParagraphLabel(head) || NamesASource(head, site)) {
    return false;
  }
  std::string_view rest = Trim(paragraph.substr(stop + 2));
  if (!StartsUpper(rest) || CountWords(rest) < 8) return false;
  out->place = TitleCaseWords(head);
  out->length = stop + 2;
  return true;
}

}  // namespace kabar::extract
