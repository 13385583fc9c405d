// Dates. Absolute dates are found with a few RE2 patterns (day-month-year, month-day-year,
// numeric d/m/y, ISO), an optional time and zone after them; relative times ("8 jam lalu")
// are computed from a reference instant. Calendar arithmetic is the proleptic Gregorian
// calendar (days_from_civil), which is exact for every date a news page names. Where each
// pattern runs (around year candidates, at possible openings) is decided by the cheap tests of
// date_candidates.cc.
#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "common/civil_days.h"
#include "extract/date_candidates.h"
#include "extract/publisher_zone.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How many words other than weekdays and "Published"-like words a date line may carry.
constexpr int kDateLabelWords = 6;
constexpr int kRelativeLabelWords = 3;

// --- calendar -------------------------------------------------------------------------

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return true;
}

// Appends `value` in decimal, zero-padded to `width` characters (a sign counts), as printf's
// "%0*d" does.
void AppendPadded(int value, int width, std::string* out) {
  if (value < 0) {
    out->push_back('-');
    AppendPadded(-(value + 1) + 1, width - 1, out);  // INT_MIN never occurs: years are small
    return;
  }
  char buf[12];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && n < static_cast<int>(sizeof buf));
  for (int k = n; k < width; ++k) out->push_back('0');
  while (n > 0) out->push_back(buf[--n]);
}

std::string FormatDate(int y, int m, int d) {
  std::string out;
  out.reserve(10);
  AppendPadded(y, 4, &out);
  out.push_back('-');
  AppendPadded(m, 2, &out);
  out.push_back('-');
  AppendPadded(d, 2, &out);
  return out;
}

std::string FormatOffset(int minutes) {
  std::string out;
  int a = minutes < 0 ? -minutes : minutes;
  out.push_back(minutes < 0 ? '-' : '+');
  AppendPadded(a / 60, 2, &out);
  out.push_back(':');
  AppendPadded(a % 60, 2, &out);
  return out;
}

// "THH:MM:SS"
void AppendTime(int hh, int mm, int ss, std::string* out) {
  out->push_back('T');
  AppendPadded(hh, 2, out);
  out->push_back(':');
  AppendPadded(mm, 2, out);
  out->push_back(':');
  AppendPadded(ss, 2, out);
}

// --- words ----------------------------------------------------------------------------

// The month names MonthNumber (date_candidates.cc) reads.
constexpr char kMonthAlt[] =
    "((?i:januari|january|jan|februari|february|pebruari|feb|maret|march|mar|mac|april|apr|mei|"
    "may|juni|june|jun|juli|julai|july|jul|agustus|august|aug|agu|agt|ags|ogos|september|sept|"
    "sep|oktober|october|okt|oct|november|nov|nop|desember|december|des|disember|dec))";

// Minutes east of UTC for a zone abbreviation; false when unknown.
bool ZoneOffset(std::string_view zone, int* minutes) {
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"WIB", 420},  {"WITA", 480}, {"WIT", 540},  {"UTC", 0},    {"GMT", 0},
      {"Z", 0},      {"EDT", -240}, {"EST", -300}, {"CDT", -300}, {"CST", -360},
      {"MDT", -360}, {"MST", -420}, {"PDT", -420}, {"PST", -480}, {"BST", 60},
      {"CET", 60},   {"CEST", 120}, {"JST", 540},  {"KST", 540},  {"SGT", 480},
      {"MYT", 480},  {"AEST", 600}, {"AEDT", 660}, {"IST", 330},  {"HKT", 480}};
  std::string up(zone);
  for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& [name, m] : kZones) {
    if (up == name) {
      *minutes = m;
      return true;
    }
  }
  return false;
}

// "ET", "PT": US regions that print one name for standard and daylight time; the offset
// follows from the date by the zone's rules. nullptr for other names.
const char* RegionOfZone(std::string_view zone) {
  if (zone == "ET") return "America/New_York";
  if (zone == "PT") return "America/Los_Angeles";
  return nullptr;
}

// --- patterns -------------------------------------------------------------------------

// Group layout of every absolute pattern: the date groups, then the time tail groups. The
// meridiem has two groups: after a word break ("03:12 PM") or glued to the minutes ("03:12PM",
// CNA); the digits themselves must end at a word break ("12.500 warga" is a number). The
// separators: punctuation, dashes and dots ("24 November 2025 • 10:12"), a doubled slash or
// hyphen ("Mon 24 Nov 2025 // 10:12 UTC"), words, and the bracket closing a date ("Senin
// (24/11/2025) 10:12 WIB").
constexpr char kTimeTail[] =
    "(?:\\s*(?://|--|[,|@/)-]|\\bpukul\\b|\\bat\\b|\\bjam\\b|"
    "\\x{2013}|\\x{2014}|\\x{2022}|\\x{00B7})?\\s*"
    "(?:pukul\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
    "(?:\\b\\s*((?i:a\\.?m\\.?|p\\.?m\\.?))?|((?i:a\\.?m\\.?|p\\.?m\\.?)))\\s*"
    "(WIB|WITA|WIT|UTC|GMT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CEST|CET|JST|KST|SGT|MYT|AEST|"
    "AEDT|IST|HKT|ET|PT)?(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?)?";

const RE2& DayMonthYear() {
  static const RE2 re(std::string("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+") + kMonthAlt +
                      "\\.?,?\\s+(\\d{4})\\b" + kTimeTail);
  return re;
}

const RE2& MonthDayYear() {
  static const RE2 re(std::string("\\b") + kMonthAlt +
                      "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + kTimeTail);
  return re;
}

const RE2& NumericDate() {
  static const RE2 re(std::string("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b") + kTimeTail);
  return re;
}

const RE2& IsoDate() {
  static const RE2 re(
      "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
      "(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
  return re;
}

const RE2& RelativeTime() {
  static const RE2 re(
      "(?i)\\b(?:(\\d+|an?|one|se)\\s*(detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|"
      "secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+(?:yang\\s+)?(?:lalu|"
      "ago)|(kemarin|yesterday|baru saja|just now|hari ini|today))\\b");
  return re;
}

struct Match {
  size_t begin = 0, end = 0;
  int y = 0, m = 0, d = 0;
  bool has_time = false;
  int hh = 0, mm = 0, ss = 0;
  bool has_zone = false;
  int offset = 0;
  const char* region = nullptr;  // "ET", "PT": the IANA zone whose rules give the offset
};

int ToInt(const re2::StringPiece& p) {
  int v = 0;
  for (char c : p) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return p.empty() ? -1 : v;
}

// Reads the time tail groups g[0..7] into *m: hours, minutes, seconds, the meridiem (spaced
// or glued), the zone name and the offset's hours and minutes.
void ReadTime(const re2::StringPiece* g, Match* m) {
  if (g[0].empty()) return;
  int hh = ToInt(g[0]), mm = ToInt(g[1]), ss = g[2].empty() ? 0 : ToInt(g[2]);
  const re2::StringPiece meridiem = g[3].empty() ? g[4] : g[3];
  const re2::StringPiece zone_name = g[5], offset_hours = g[6], offset_minutes = g[7];
  if (!meridiem.empty()) {
    bool pm = meridiem[0] == 'p' || meridiem[0] == 'P';
    if (hh == 12) hh = 0;
    if (pm) hh += 12;
  }
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60) return;
  m->has_time = true;
  m->hh = hh;
  m->mm = mm;
  m->ss = ss;
  int zone = 0;
  std::string_view name(zone_name.data(), zone_name.size());
  if (!name.empty() && ZoneOffset(name, &zone)) {
    m->has_zone = true;
    m->offset = zone;
  } else if (!name.empty() && !meridiem.empty()) {
    m->region = RegionOfZone(name);  // "1:02 PM ET"; not "10.00 PT Pertamina"
  }
  if (!offset_hours.empty()) {
    int sign = offset_hours[0] == '-' ? -1 : 1;
    int h = ToInt(re2::StringPiece(offset_hours.data() + 1, offset_hours.size() - 1));
    int mi = offset_minutes.empty() ? 0 : ToInt(offset_minutes);
    if (h >= 0 && h <= 14 && mi >= 0 && mi < 60) {
      m->has_zone = true;
      m->offset = m->offset + sign * (h * 60 + mi);
    }
  }
}

// --- the date part by hand ------------------------------------------------------------
//
// Anchored at a start, DayMonthYear(), MonthDayYear() and NumericDate() match their date part
// (everything before kTimeTail) in at most one way on ASCII text: each \d{1,2} must be followed
// by what comes next in the pattern ("st", '/', white space), so it takes the whole run of one
// or two digits; the month alternation is followed by '.', ',' or white space, so it is the
// whole run of letters, a month name MonthNumber reads; each optional '.', ',' and suffix is
// taken exactly when it is there (without it, the byte fits nothing that follows); \s+ takes
// the whole run of white space before a digit. Leftmost-first, the whole pattern's match there
// is this date part followed by kTimeTail's preferred match at its end. On ASCII text (RE2
// folds KELVIN SIGN and LONG S into the month names' 'k' and 's') ReadDatePart gives the same
// groups as the pattern, and TimeTailReader reads the tail the same way.

// RE2's \s and its ASCII word bytes (for \b).
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool IsRegexWord(char c) {
  return IsDigitByte(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

// A reader of text[.., end) that sees the bytes around it for \b, as RE2::Match does.
struct DateReader {
  std::string_view text;
  size_t end;

  bool WordAt(size_t i) const { return i < text.size() && IsRegexWord(text[i]); }
  bool BoundaryAt(size_t i) const { return (i > 0 && IsRegexWord(text[i - 1])) != WordAt(i); }
  bool Is(size_t i, char c) const { return i < end && text[i] == c; }
  size_t Digits(size_t i) const {
    size_t j = i;
    while (j < end && IsDigitByte(text[j])) ++j;
    return j - i;
  }
  size_t Spaces(size_t i) const {
    size_t j = i;
    while (j < end && IsRegexSpace(text[j])) ++j;
    return j - i;
  }
  // "st", "nd", "rd", "th" (lower case) at text[i].
  bool SuffixAt(size_t i) const {
    if (i + 2 > end) return false;
    std::string_view s = text.substr(i, 2);
    return s == "st" || s == "nd" || s == "rd" || s == "th";
  }
  re2::StringPiece Piece(size_t b, size_t e) const {
    return re2::StringPiece(text.data() + b, e - b);
  }

  // (\d{1,2}) at *i, then (?:st|nd|rd|th)? when `suffix`; false when it cannot match.
  bool Day(size_t* i, bool suffix, re2::StringPiece* g) const {
    size_t n = Digits(*i);
    if (n < 1 || n > 2) return false;
    *g = Piece(*i, *i + n);
    *i += n;
    if (suffix && SuffixAt(*i)) *i += 2;
    return true;
  }
  // ((?i:month names)) at *i: the whole run of ASCII letters.
  bool Month(size_t* i, re2::StringPiece* g) const {
    size_t j = *i;
    while (j < end && ((text[j] | 0x20) >= 'a' && (text[j] | 0x20) <= 'z')) ++j;
    if (j == *i || MonthNumber(text.substr(*i, j - *i)) == 0) return false;
    *g = Piece(*i, j);
    *i = j;
    return true;
  }
  // \s+ at *i.
  bool Space(size_t* i) const {
    size_t n = Spaces(*i);
    *i += n;
    return n > 0;
  }
  // (\d{4})\b at *i.
  bool Year(size_t* i, re2::StringPiece* g) const {
    if (Digits(*i) < 4) return false;
    *g = Piece(*i, *i + 4);
    *i += 4;
    return BoundaryAt(*i);
  }
};

// The date part of pattern `kind` (0, 1, 2) anchored at text[p], within text[p, end) (text
// ASCII there): its groups into g[1..3] and its end into *date_end; false when none matches.
bool ReadDatePart(int kind, std::string_view text, size_t p, size_t end, re2::StringPiece* g,
                  size_t* date_end) {
  const DateReader r{text, end};
  if (!r.BoundaryAt(p)) return false;
  size_t i = p;
  bool ok = false;
  if (kind == 0) {  // \b(\d{1,2})(?:st|nd|rd|th)?\s+MONTH\.?,?\s+(\d{4})\b
    ok = r.Day(&i, true, &g[1]) && r.Space(&i) && r.Month(&i, &g[2]);
    if (ok) {
      i += r.Is(i, '.');
      i += r.Is(i, ',');
      ok = r.Space(&i) && r.Year(&i, &g[3]);
    }
  } else if (kind == 1) {  // \bMONTH\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b
    ok = r.Month(&i, &g[1]);
    if (ok) {
      i += r.Is(i, '.');
      ok = r.Space(&i) && r.Day(&i, true, &g[2]);
    }
    if (ok) {
      i += r.Is(i, ',');
      ok = r.Space(&i) && r.Year(&i, &g[3]);
    }
  } else {  // \b(\d{1,2})/(\d{1,2})/(\d{4})\b
    ok = r.Day(&i, false, &g[1]) && r.Is(i, '/') && r.Day(&++i, false, &g[2]) && r.Is(i, '/') &&
         r.Year(&++i, &g[3]);
  }
  *date_end = i;
  return ok;
}

// kTimeTail's groups and end, read by hand at text[at, end) (ASCII there). Leftmost-first, the
// tail is its one required part, "H:MM" (\d{1,2}[:.]\d{2}), at the one place the greedy
// openings reach (white space, a separator, white space, "pukul" and white space: each is
// taken when it is there, and giving one back puts a non-digit where the hour must open),
// followed by the meridiem group, which can fail only glued to a word byte (then the seconds
// are given back, or the tail matches nothing); everything after that is optional and taken
// greedily.
struct TimeTailReader : DateReader {
  bool At(size_t i, std::string_view w) const {
    return i + w.size() <= end && text.substr(i, w.size()) == w;
  }
  // The separator's length at text[i]: "//", "--", [,|@/)-], \bpukul\b, \bat\b, \bjam\b; 0
  // for none.
  size_t Separator(size_t i) const {
    if (At(i, "//") || At(i, "--")) return 2;
    if (i < end && std::strchr(",|@/)-", text[i]) != nullptr && text[i] != '\0') return 1;
    for (std::string_view w : {"pukul", "at", "jam"}) {
      if (At(i, w) && BoundaryAt(i) && BoundaryAt(i + w.size())) return w.size();
    }
    return 0;
  }
  // (?i:a\.?m\.?|p\.?m\.?) at text[i]: its length, 0 for none.
  size_t Meridiem(size_t i) const {
    if (i >= end || ((text[i] | 0x20) != 'a' && (text[i] | 0x20) != 'p')) return 0;
    size_t j = i + 1 + Is(i + 1, '.');
    if (j >= end || (text[j] | 0x20) != 'm') return 0;
    return j + 1 + Is(j + 1, '.') - i;
  }
  // The meridiem group at text[q]; false when it fails.
  bool MeridiemGroup(size_t* q, re2::StringPiece* g) const {
    if (BoundaryAt(*q)) {
      size_t i = *q + Spaces(*q);
      size_t n = Meridiem(i);
      if (n > 0) g[4] = Piece(i, i + n);
      *q = i + n;
      return true;
    }
    size_t n = Meridiem(*q);
    if (n == 0) return false;
    g[5] = Piece(*q, *q + n);
    *q += n;
    return true;
  }
  // The zone alternation at text[i]: its length, 0 for none.
  size_t Zone(size_t i) const {
    static constexpr std::string_view kZones[] = {
        "WIB", "WITA", "WIT",  "UTC",  "GMT", "EDT",  "EST", "CDT", "CST",
        "MDT", "MST",  "PDT",  "PST",  "BST", "CEST", "CET", "JST", "KST",
        "SGT", "MYT",  "AEST", "AEDT", "IST", "HKT",  "ET",  "PT"};
    for (std::string_view z : kZones) {
      if (At(i, z)) return z.size();
    }
    return 0;
  }
  // The tail at text[at]: g[1..8] as kTimeTail's groups; the end of the match.
  size_t Read(size_t at, re2::StringPiece* g) const {
    size_t i = at + Spaces(at);
    if (size_t sep = Separator(i); sep > 0) i += sep + Spaces(i + sep);
    if (At(i, "pukul") && Spaces(i + 5) > 0) i += 5 + Spaces(i + 5);
    size_t hour = Digits(i);
    if (hour < 1 || hour > 2 || !(Is(i + hour, ':') || Is(i + hour, '.')) ||
        Digits(i + hour + 1) < 2) {
      return at;
    }
    re2::StringPiece t[9];
    t[1] = Piece(i, i + hour);
    size_t q = i + hour + 3;
    t[2] = Piece(q - 2, q);
    size_t with_seconds = q;
    if ((Is(q, ':') || Is(q, '.')) && Digits(q + 1) >= 2) {
      t[3] = Piece(q + 1, q + 3);
      with_seconds = q + 3;
    }
    if (!MeridiemGroup(&with_seconds, t)) {
      t[3] = re2::StringPiece();
      if (with_seconds == q || !MeridiemGroup(&q, t)) return at;
    } else {
      q = with_seconds;
    }
    q += Spaces(q);
    if (size_t z = Zone(q); z > 0) {
      t[6] = Piece(q, q + z);
      q += z;
    }
    size_t sign = q + Spaces(q);
    size_t hours = Is(sign, '+') || Is(sign, '-') ? std::min<size_t>(Digits(sign + 1), 2) : 0;
    if (hours > 0) {
      t[7] = Piece(sign, sign + 1 + hours);
      q = sign + 1 + hours;
      size_t mm = q + Is(q, ':');
      if (Digits(mm) < 2 && mm != q) mm = q;
      if (Digits(mm) >= 2) {
        t[8] = Piece(mm, mm + 2);
        q = mm + 2;
      }
    }
    for (int k = 1; k < 9; ++k) g[k] = t[k];
    return q;
  }
};

// True when text[begin, end) holds a byte outside ASCII.
bool HasNonAscii(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
  }
  return false;
}

// Pattern `kind`'s (0, 1, 2) match anchored at text[p] within text[p, end), text being ASCII
// there: as re.Match(text, p, end, ANCHOR_START, g, 12) gives it.
bool MatchDateByHand(int kind, std::string_view text, size_t p, size_t end, re2::StringPiece* g) {
  for (int k = 0; k < 12; ++k) g[k] = re2::StringPiece();
  size_t date_end = 0;
  if (!ReadDatePart(kind, text, p, end, g, &date_end)) return false;
  const size_t match_end = TimeTailReader{{text, end}}.Read(date_end, g + 3);
  g[0] = re2::StringPiece(text.data() + p, match_end - p);
  return true;
}

// Finds every absolute date in `text`; `kind` selects the pattern. Calls f(Match). `years` are
// YearCandidates(text) (kinds 0 and 1 only read them).
template <typename F>
void ScanPattern(int kind, std::string_view text, const std::vector<size_t>& years, F&& f) {
  const RE2& re = kind == 0   ? DayMonthYear()
                  : kind == 1 ? MonthDayYear()
                  : kind == 2 ? NumericDate()
                              : IsoDate();
  constexpr int kMax = 11;
  re2::StringPiece g[kMax + 1];
  int ngroups = std::min(re.NumberOfCapturingGroups(), kMax);
  re2::StringPiece input(text.data(), text.size());
  // The month-name and numeric patterns run on windows around year candidates (date_candidates.h),
  // the ISO one on the whole text. In both cases each match is the leftmost one starting at or
  // after `pos`: candidates are tried in order and a window's match only counts when it holds
  // its year, and every match holding that year lies inside the window. (A numeric date's
  // match cannot start before an earlier candidate's window match holding that earlier year:
  // its own "dd/dd/" would have to overlap the earlier year's digits.)
  // The leftmost match in text[begin, end) is the one anchored at the first start that has
  // one: only the starts MayOpenMatch lets through are tried. (Anchored, RE2 reads the
  // captures without first running its forward and reverse DFAs over the window.)
  // On ASCII windows the date part is read by hand (MatchDateByHand).
  auto leftmost_in = [&](size_t begin, size_t end) {
    const bool by_hand = kind != 3 && !HasNonAscii(text, begin, end);
    for (size_t p = begin; p < end; ++p) {
      if (!MayOpenMatch(kind, text, p)) continue;
      if (by_hand ? MatchDateByHand(kind, text, p, end, g)
                  : re.Match(input, p, end, RE2::ANCHOR_START, g, ngroups + 1)) {
        return true;
      }
    }
    return false;
  };
  auto found_holding = [&](size_t year, size_t begin, size_t end) {
    if (!leftmost_in(begin, end)) return false;
    size_t mb = g[0].data() - text.data();
    return mb <= year && mb + g[0].size() >= year + 4;
  };
  auto next = [&](size_t pos) {
    if (kind == 3) {
      // The leftmost match from `pos` is the one anchored at the first opening that has one.
      for (size_t p = NextIsoOpening(text, pos); p != std::string_view::npos;
           p = NextIsoOpening(text, p + 1)) {
        if (re.Match(input, p, text.size(), RE2::ANCHOR_START, g, ngroups + 1)) return true;
      }
      return false;
    }
    if (kind == 2) {
      for (size_t year = NextSlashYear(text, pos); year != std::string_view::npos;
           year = NextSlashYear(text, year + 1)) {
        size_t begin = std::max(pos, year - std::min(year, kMaxNumericBeforeYear));
        if (found_holding(year, begin, WindowEnd(text, year))) return true;
      }
      return false;
    }
    for (auto it = std::lower_bound(years.begin(), years.end(), pos); it != years.end(); ++it) {
      const size_t year = *it;
      if (!YearMayFit(kind, text, year)) continue;
      size_t begin = std::max(pos, WindowBegin(text, year));
      if (found_holding(year, begin, WindowEnd(text, year))) return true;
    }
    return false;
  };
  size_t pos = 0;
  while (pos < text.size() && next(pos)) {
    Match m;
    m.begin = g[0].data() - text.data();
    m.end = m.begin + g[0].size();
    if (kind == 0) {
      m.d = ToInt(g[1]);
      m.m = MonthNumber(std::string_view(g[2].data(), g[2].size()));
      m.y = ToInt(g[3]);
      ReadTime(g + 4, &m);
    } else if (kind == 1) {
      m.m = MonthNumber(std::string_view(g[1].data(), g[1].size()));
      m.d = ToInt(g[2]);
      m.y = ToInt(g[3]);
      ReadTime(g + 4, &m);
    } else if (kind == 2) {
      int a = ToInt(g[1]), b = ToInt(g[2]);
      // Indonesian order d/m/y; m/d/y only when the first number cannot be a month... of
      // the year the second one cannot be (b > 12).
      if (b > 12 && a <= 12) std::swap(a, b);
      m.d = a;
      m.m = b;
      m.y = ToInt(g[3]);
      ReadTime(g + 4, &m);
    } else {
      m.y = ToInt(g[1]);
      m.m = ToInt(g[2]);
      m.d = ToInt(g[3]);
      if (!g[4].empty()) {
        m.has_time = true;
        m.hh = ToInt(g[4]);
        m.mm = ToInt(g[5]);
        m.ss = g[6].empty() ? 0 : ToInt(g[6]);
        if (!g[7].empty()) {
          m.has_zone = true;
          if (g[7] != "Z") {
            int sign = g[7][0] == '-' ? -1 : 1;
            std::string digits;
            for (char c : g[7]) {
              if (c >= '0' && c <= '9') digits.push_back(c);
            }
            m.offset = sign * (std::stoi(digits.substr(0, 2)) * 60 + std::stoi(digits.substr(2)));
          }
        }
        if (m.hh > 23 || m.mm > 59 || m.ss > 60) m.has_time = false;
      }
    }
    pos = std::max(m.end, pos + 1);
    if (ValidDate(m.y, m.m, m.d)) f(m);
  }
}

std::string MatchIso(const Match& m) {
  std::string iso = FormatDate(m.y, m.m, m.d);
  if (!m.has_time) return iso;
  AppendTime(m.hh, m.mm, m.ss, &iso);
  if (m.has_zone) {
    iso += FormatOffset(m.offset);
  } else if (m.region != nullptr) {
    iso = WithZoneOffset(iso, m.region);  // "1:02 PM ET" in September is -04:00
  }
  return iso;
}

// Words that may surround a date on a publication-time line.
constexpr std::string_view kDateLineWords[] = {"senin",      "selasa",      "rabu",
                                               "kamis",      "jumat",       "jum'at",
                                               "sabtu",      "minggu",      "ahad",
                                               "monday",     "tuesday",     "wednesday",
                                               "thursday",   "friday",      "saturday",
                                               "sunday",     "mon",         "tue",
                                               "tues",       "wed",         "thu",
                                               "thurs",      "fri",         "sat",
                                               "sun",        "diterbitkan", "dipublikasikan",
                                               "diperbarui", "diunggah",    "terbit",
                                               "published",  "updated",     "posted",
                                               "last",       "on",          "pada",
                                               "tanggal",    "pukul",       "at",
                                               "wib",        "wita",        "wit",
                                               "utc",        "gmt",         "update",
                                               "dibuat"};
constexpr size_t kLongestDateLineWord = 14;  // "dipublikasikan"

// For each length, a bit for each first letter ('a' bit 0) of the words above of that length:
// most words of a line are ruled out by one look-up.
constexpr auto kDateLineWordInitials = [] {
  std::array<uint32_t, kLongestDateLineWord + 1> t{};
  for (std::string_view k : kDateLineWords) t[k.size()] |= 1u << (k[0] - 'a');
  return t;
}();

bool IsDateLineWord(std::string_view w) {
  if (w.empty() || w.size() > kLongestDateLineWord) return false;
  const char first = w[0] >= 'A' && w[0] <= 'Z' ? static_cast<char>(w[0] | 0x20) : w[0];
  if (first < 'a' || first > 'z' || (kDateLineWordInitials[w.size()] >> (first - 'a') & 1) == 0) {
    return false;
  }
  char buf[kLongestDateLineWord];
  LowerAsciiCopy(w.data(), w.size(), buf);
  std::string_view s(buf, w.size());
  for (std::string_view k : kDateLineWords) {
    if (s == k) return true;
  }
  return false;
}

bool SaysUpdated(std::string_view line) {
  return ContainsIgnoreCase(line, "diperbarui") || ContainsIgnoreCase(line, "updated") ||
         ContainsIgnoreCase(line, "update:");
}

// True when what is left of `line` around [begin, end) is short label text, not a sentence.
// True when what is left of `line` around [begin, end) is short label text ("Kompas dunia |",
// "Diperbarui", "Chris Davies -"), not a sentence: at most `max_words` other words, no quotes,
// and no sentence end after words.
bool RestIsLabel(std::string_view line, size_t begin, size_t end, int max_words) {
  int others = 0;
  for (std::string_view part : {line.substr(0, begin), line.substr(end)}) {
    ForEachWord(part, [&others](std::string_view w) { others += !IsDateLineWord(w); });
    if (part.find('"') != std::string_view::npos ||
        part.find("\xE2\x80\x9C") != std::string_view::npos) {
      return false;  // a quotation: a sentence that names a date
    }
  }
  // The full stop of a closing "a.m." or "p.m." ("... at 11:04 a.m.") ends no sentence. A
  // picture's credit in brackets after the sentence ("Suasana di lokasi, Senin (24/11/2025).
  // (Foto: Istimewa)") is left out first.
  std::string_view t = Trim(line);
  if (std::string_view credit; ClosingParenthesis(t, &credit)) {
    const std::string_view before = Trim(t.substr(0, credit.data() - 1 - t.data()));
    if (!before.empty() && before.back() == '.') t = before;
  }
  bool meridiem = EndsWithIgnoreCase(t, "a.m.") || EndsWithIgnoreCase(t, "p.m.");
  bool sentence_end = !meridiem && (t.back() == '.' || t.back() == '?' || t.back() == '!');
  if (sentence_end && others >= 2) return false;
  return others <= max_words;
}

bool ParseRelative(std::string_view line, const TimePoint& now, DateFound* out) {
  if (!now.valid || !MayHoldRelativeTime(line)) return false;
  re2::StringPiece g[4];
  re2::StringPiece input(line.data(), line.size());
  if (!RelativeTime().Match(input, 0, line.size(), RE2::UNANCHORED, g, 4)) return false;
  size_t begin = g[0].data() - line.data(), end = begin + g[0].size();
  // "8 jam lalu" may carry a short label; "hari ini", "kemarin" must stand (almost) alone, or
  // a headline such as "Pendaftaran Dibuka Hari Ini" would read as a time.
  if (!RestIsLabel(line, begin, end, g[3].empty() ? kRelativeLabelWords : 1)) return false;
  // "Maluku Hari Ini", "USA Today": a capitalised cue after a word ends a name, not a time.
  bool capitalised = line[begin] >= 'A' && line[begin] <= 'Z';
  if (!g[3].empty() && capitalised && !Trim(line.substr(0, begin)).empty()) return false;
  int64_t seconds = 0;
  if (!g[3].empty()) {
    std::string w = AsciiLower(std::string_view(g[3].data(), g[3].size()));
    if (w == "kemarin" || w == "yesterday") seconds = 86400;
  } else {
    std::string n = AsciiLower(std::string_view(g[1].data(), g[1].size()));
    int64_t count = (n == "a" || n == "an" || n == "one" || n == "se") ? 1 : ToInt(g[1]);
    if (count < 0) return false;
    std::string unit = AsciiLower(std::string_view(g[2].data(), g[2].size()));
    int64_t per = 0;
    // Whole Indonesian words before English prefixes: "hari" is not "h(ours)", "minggu" not
    // "min(utes)".
    if (unit.rfind("detik", 0) == 0 || unit.rfind("sec", 0) == 0)
      per = 1;
    else if (unit == "hari" || unit.rfind("day", 0) == 0)
      per = 86400;
    else if (unit == "minggu" || unit == "pekan" || unit.rfind("week", 0) == 0)
      per = 7 * 86400;
    else if (unit == "menit" || unit.rfind("min", 0) == 0)
      per = 60;
    else if (unit == "jam" || unit.rfind("h", 0) == 0)
      per = 3600;
    else if (unit == "bulan" || unit.rfind("month", 0) == 0)
      per = 30 * 86400;
    else
      per = 365 * 86400;
    seconds = count * per;
  }
  TimePoint t = now;
  t.epoch_seconds -= seconds;
  out->iso = FormatIsoTime(t);
  out->begin = begin;
  out->end = end;
  out->has_time = true;
  out->relative = true;
  out->updated = SaysUpdated(line);
  return true;
}

// The plain forms of an ISO time, read without the regex: "YYYY-MM-DD", optionally followed
// by 'T' or ' ', "HH:MM", optionally ":SS", and optionally "Z" or a "+HH:MM", "+HHMM" offset,
// up to the end of `iso`. The regex matches each of them whole, into the same fields. False
// (and nothing known) for any other text.
bool ReadPlainIsoTime(std::string_view iso, Match* m) {
  auto digits = [&](size_t at, size_t n) {
    if (at + n > iso.size()) return -1;
    int v = 0;
    for (size_t k = at; k < at + n; ++k) {
      if (!IsDigitByte(iso[k])) return -1;
      v = v * 10 + (iso[k] - '0');
    }
    return v;
  };
  auto at_is = [&](size_t at, char c) { return at < iso.size() && iso[at] == c; };
  m->y = digits(0, 4);
  m->m = digits(5, 2);
  m->d = digits(8, 2);
  if (m->y < 0 || m->m < 0 || m->d < 0 || !at_is(4, '-') || !at_is(7, '-')) return false;
  if (iso.size() == 10) return true;
  if (!at_is(10, 'T') && !at_is(10, ' ')) return false;
  m->hh = digits(11, 2);
  m->mm = digits(14, 2);
  if (m->hh < 0 || m->mm < 0 || !at_is(13, ':')) return false;
  size_t i = 16;
  if (at_is(i, ':')) {
    m->ss = digits(i + 1, 2);
    if (m->ss < 0) return false;
    i += 3;
  }
  if (at_is(i, 'Z')) {
    m->has_zone = true;
    ++i;
  } else if (at_is(i, '+') || at_is(i, '-')) {
    int sign = iso[i] == '-' ? -1 : 1;
    int h = digits(i + 1, 2);
    size_t mm_at = at_is(i + 3, ':') ? i + 4 : i + 3;
    int mi = digits(mm_at, 2);
    if (h < 0 || mi < 0) return false;
    m->has_zone = true;
    m->offset = sign * (h * 60 + mi);
    i = mm_at + 2;
  }
  if (i != iso.size()) return false;
  m->has_time = m->hh <= 23 && m->mm <= 59 && m->ss <= 60;
  return true;
}

// ParseIsoTime's work, without the memo.
bool ParseIsoTimeUncached(std::string_view iso, TimePoint* out) {
  Match found;
  bool ok = false;
  if (ReadPlainIsoTime(iso, &found)) {
    ok = ValidDate(found.y, found.m, found.d);
  } else {
    found = Match();
    ScanPattern(3, iso, {}, [&](const Match& m) {
      if (!ok && m.begin == 0 && m.end == iso.size()) {
        found = m;
        ok = true;
      }
    });
  }
  if (!ok) return false;
  int64_t days =
      DaysFromCivil(found.y, static_cast<unsigned>(found.m), static_cast<unsigned>(found.d));
  out->epoch_seconds = days * 86400 + found.hh * 3600 + found.mm * 60 + found.ss -
                       static_cast<int64_t>(found.offset) * 60;
  out->offset_minutes = found.offset;
  out->valid = true;
  return true;
}

}  // namespace

bool ParseIsoTime(std::string_view iso, TimePoint* out) {
  // A run passes every page the same reference time: the last answer is kept per thread.
  struct Memo {
    std::string iso;
    TimePoint time;
    bool ok = false;
    bool set = false;
  };
  constexpr size_t kMaxMemo = 64;
  thread_local Memo memo;
  iso = Trim(iso);
  if (iso.size() > kMaxMemo) return ParseIsoTimeUncached(iso, out);
  if (!memo.set || memo.iso != iso) {
    memo.time = TimePoint();
    memo.ok = ParseIsoTimeUncached(iso, &memo.time);
    memo.iso.assign(iso);
    memo.set = true;
  }
  if (memo.ok) *out = memo.time;
  return memo.ok;
}

std::string FormatIsoTime(const TimePoint& t) {
  int64_t local = t.epoch_seconds + static_cast<int64_t>(t.offset_minutes) * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(days, &y, &m, &d);
  std::string iso = FormatDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  AppendTime(static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
             static_cast<int>(secs % 60), &iso);
  iso += FormatOffset(t.offset_minutes);
  return iso;
}

namespace {

// The time printed right before a date on a publication line ("Updated 10:42 PM GMT+7,
// November 20, 2025" on AP, "Published: 2:30pm, 21 Nov 2025" on SCMP, "05:20 AM November 21,
// 2025" on the Inquirer): the text from the hour's first digit to the date, its separator
// (a comma, white space) left out; empty when `before` (the line up to the date) does not end
// with "H:MM" and at most a meridiem, a zone and an offset after it, a letter or digit last.
std::string_view TimeBeforeDate(std::string_view before) {
  constexpr size_t kMaxTimeText = 20;  // "10:42 PM GMT+7", "11:05 a.m. AEDT"
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
  size_t from = before.size() > kMaxTimeText ? before.size() - kMaxTimeText : 0;
  size_t colon = before.size();
  do {  // the last ':' between two digits, such as a time's ("Published: 2:30pm")
    colon = before.rfind(':', colon - 1);
    if (colon == std::string_view::npos || colon < from || colon == 0) return {};
  } while (colon + 2 >= before.size() || !IsDigitByte(before[colon - 1]) ||
           !IsDigitByte(before[colon + 1]) || !IsDigitByte(before[colon + 2]));
  size_t hour = colon - 1;
  if (hour > 0 && IsDigitByte(before[hour - 1])) --hour;
  if (hour > 0 && before[hour - 1] != ' ') return {};
  // Joined to the date by a comma or a space only ("11:25 PM - 10 Jul 2020", a saved post's
  // time in the viewer's clock, is left alone).
  if (!std::isalnum(static_cast<unsigned char>(before.back()))) return {};
  return before.substr(hour);
}

bool ParseAbsolute(std::string_view part, size_t base, DateFound* out);

// When the time stands before the date `m` found in `part` (TimeBeforeDate), *out gets the
// date read with that time after it, and its range opens at the time.
void ReadTimeBeforeDate(std::string_view part, size_t base, const Match& m, DateFound* out) {
  std::string_view time = TimeBeforeDate(part.substr(0, m.begin));
  if (time.empty()) return;
  std::string joined(part.substr(m.begin, m.end - m.begin));
  joined += ' ';
  joined += time;
  DateFound with_time;
  if (!ParseAbsolute(joined, 0, &with_time) || !with_time.has_time) return;
  out->iso = std::move(with_time.iso);
  out->begin = base + static_cast<size_t>(time.data() - part.data());
  out->has_time = true;
}

// True when a colon or an opening bracket right after the date at `end` opens two or more words
// of a text of its own ("- Kamis, 25 Desember 2025: Hari Raya Natal", "- Kamis (25/12/2025):
// Hari Raya Natal", "- Kamis, 25 Desember 2025 (Hari Raya Natal)"): an entry of a schedule in
// the story, not a date line. (A time or a zone there has no two such words; a bracket holding
// a digit holds a second time: "03:12PM (Updated: 18 Mar 2025 05:40PM)".)
bool OpensEntryAfterDate(std::string_view part, size_t end) {
  std::string_view rest = Trim(part.substr(end));
  if (!rest.empty() && rest[0] == ')') rest = Trim(rest.substr(1));  // "Kamis (25/12/2025):"
  if (rest.size() < 2 || (rest[0] != ':' && rest[0] != '(')) return false;
  if (rest[0] == '(' && std::any_of(rest.begin(), rest.end(), IsDigitByte)) return false;
  rest = Trim(rest.substr(1));
  const char first = static_cast<char>(rest.empty() ? 0 : rest[0] | 0x20);
  if (first < 'a' || first > 'z') return false;
  int words = 0;
  ForEachWord(rest, [&words](std::string_view w) { words += !IsDateLineWord(w); });
  return words >= 2;
}

// A written date and time that `part` of a line is, but for a short label; `base` is the
// part's offset in its line, for out->begin and out->end.
bool ParseAbsolute(std::string_view part, size_t base, DateFound* out) {
  if (!HasFourDigits(part)) return false;
  const std::vector<size_t> years = YearCandidates(part);
  for (int kind = 0; kind < 4; ++kind) {
    if (!MayHoldPattern(kind, part)) continue;
    bool ok = false;
    ScanPattern(kind, part, years, [&](const Match& m) {
      if (ok) return;
      // A time printed right before the date ("By Jane Doe, 10:12 AM EST, November 24, 2025")
      // is the date's, not its label's words, when the label before it holds no digit (no other
      // date or time: "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on ...").
      size_t label_end = m.begin;
      if (m.begin > 0 && !m.has_time) {
        const std::string_view time = TimeBeforeDate(part.substr(0, m.begin));
        const size_t at = time.empty() ? m.begin : static_cast<size_t>(time.data() - part.data());
        if (std::none_of(part.begin(), part.begin() + at, IsDigitByte)) label_end = at;
      }
      if (!RestIsLabel(part, label_end, m.end, kDateLabelWords) ||
          OpensEntryAfterDate(part, m.end)) {
        return;
      }
      out->iso = MatchIso(m);
      out->begin = base + m.begin;
      out->end = base + m.end;
      out->has_time = m.has_time;
      out->relative = false;
      out->updated = SaysUpdated(part.substr(0, m.end));  // a later "| UPDATED: ..." aside
      ok = true;
      if (!m.has_time) ReadTimeBeforeDate(part, base, m, out);
    });
    if (ok) return true;
  }
  return false;
}

// line.find(" | ", from), by memchr for the '|' (string_view::find stops at every space).
size_t FindSpacedBar(std::string_view line, size_t from) {
  const char* data = line.data();
  for (size_t bar = from + 1; bar + 1 < line.size(); ++bar) {
    const void* p = std::memchr(data + bar, '|', line.size() - 1 - bar);
    if (p == nullptr) break;
    bar = static_cast<size_t>(static_cast<const char*>(p) - data);
    if (data[bar - 1] == ' ' && data[bar + 1] == ' ') return bar - 1;
  }
  return std::string_view::npos;
}

// The most words of a byline before the "Published" that opens a time.
constexpr int kMaxBylineWords = 10;

// "Mark Hicks, The Detroit News Published 7:40 p.m. ET March 17, 2020": a writer's byline before
// the capitalised word that opens the time ("Published", "Posted", "Diterbitkan"); the part from
// that word on is read alone (`base`: where `part` starts in the line).
bool ParseAfterByline(std::string_view part, size_t base, DateFound* out) {
  for (std::string_view word : {" Published ", " Posted ", " Diterbitkan ", " Dipublikasikan "}) {
    const size_t at = part.find(word);
    if (at == std::string_view::npos || CountWords(part.substr(0, at)) > kMaxBylineWords) continue;
    if (ParseAbsolute(part.substr(at + 1), base + at + 1, out)) return true;
  }
  return false;
}

// "Published: 10:55 EDT, 7 May 2020 | Updated: 11:17 EDT, 7 May 2020": a line of several
// labelled times, each read alone; the first that parses is the line's. A part (or the line) may
// open with a byline before its time (ParseAfterByline).
bool ParseLabelledParts(std::string_view line, DateFound* out) {
  size_t start = 0;
  for (size_t bar = FindSpacedBar(line, 0); bar != std::string_view::npos;
       bar = FindSpacedBar(line, start)) {
    const std::string_view part = line.substr(start, bar - start);
    if (ParseAbsolute(part, start, out) || ParseAfterByline(part, start, out)) return true;
    start = bar + 3;
  }
  const std::string_view last = line.substr(start);
  return (start > 0 && ParseAbsolute(last, start, out)) || ParseAfterByline(last, start, out);
}

}  // namespace

bool ParsePublicationLine(std::string_view line, const TimePoint& now, DateFound* out) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxDateLine) return false;
  // The absolute readings need four digits in a row: ParseAbsolute asks its part for them, and
  // ParseLabelledParts reads only parts of the line. Most lines have none.
  if (HasFourDigits(line) && (ParseAbsolute(line, 0, out) || ParseLabelledParts(line, out))) {
    return true;
  }
  return ParseRelative(line, now, out);
}

bool ParseDateWithSeparateTime(std::string_view date_line, std::string_view time_text,
                               DateFound* out) {
  constexpr size_t kMaxTimeText = 16;  // "09:12", "3:12 PM MYT", "10.05 WITA"
  if (time_text.empty() || time_text.size() > kMaxTimeText || time_text[0] < '0' ||
      time_text[0] > '9') {
    return false;
  }
  std::string line = std::string(date_line) + " " + std::string(time_text);
  DateFound joined;
  if (!ParsePublicationLine(line, TimePoint{}, &joined) || !joined.has_time) return false;
  *out = std::move(joined);
  return true;
}

void FindMentionedDates(std::string_view text, std::vector<std::string>* out) {
  // The month-name patterns run only around YearCandidates and the others only where
  // MayHoldPattern finds a '/' before four digits or an ISO opening: text without four digits
  // in a row runs none (no HasFourDigits pass first: most stories have a year, and its scan
  // comes anyway).
  std::vector<std::pair<size_t, std::string>> found;
  const std::vector<size_t> years = YearCandidates(text);
  for (int kind = 0; kind < 4; ++kind) {
    if (kind <= 1 ? years.empty() : !MayHoldPattern(kind, text)) continue;
    ScanPattern(kind, text, years,
                [&](const Match& m) { found.emplace_back(m.begin, FormatDate(m.y, m.m, m.d)); });
  }
  std::sort(found.begin(), found.end());
  for (auto& [pos, iso] : found) {
    if (std::find(out->begin(), out->end(), iso) == out->end()) out->push_back(std::move(iso));
  }
}

bool InsideQuote(std::string_view text, size_t at);  // defined below

namespace {

constexpr std::pair<std::string_view, int> kWeekdayNames[] = {
    {"senin", 0},     {"selasa", 1},   {"rabu", 2},   {"kamis", 3},    {"jumat", 4},
    {"jum'at", 4},    {"sabtu", 5},    {"minggu", 6}, {"monday", 0},   {"tuesday", 1},
    {"wednesday", 2}, {"thursday", 3}, {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
constexpr size_t kMinWeekdayName = 4, kMaxWeekdayName = 9;

// For each byte and length, the kWeekdayNames (a bit each) of that length opening with that
// byte in either case: most words have none and are ruled out by one look-up.
constexpr auto kWeekdaysByInitialAndLength = [] {
  std::array<std::array<uint16_t, kMaxWeekdayName + 1>, 256> t{};
  for (size_t i = 0; i < std::size(kWeekdayNames); ++i) {
    std::string_view name = kWeekdayNames[i].first;
    auto lower = static_cast<unsigned char>(name[0]);
    t[lower][name.size()] |= static_cast<uint16_t>(1u << i);
    t[lower - 'a' + 'A'][name.size()] |= static_cast<uint16_t>(1u << i);
  }
  return t;
}();

// 0 = Monday .. 6 = Sunday for a weekday name in `w` (Indonesian or English, any case), else -1;
// *english tells which language named it.
int WeekdayIndex(std::string_view w, bool* english) {
  if (w.size() < kMinWeekdayName || w.size() > kMaxWeekdayName) return -1;
  for (uint16_t names = kWeekdaysByInitialAndLength[static_cast<unsigned char>(w[0])][w.size()];
       names != 0; names &= static_cast<uint16_t>(names - 1)) {
    const int i = std::countr_zero(names);
    if (EqualsIgnoreCase(w, kWeekdayNames[i].first)) {
      *english = i >= 8;  // the English names follow the eight Indonesian ones
      return kWeekdayNames[i].second;
    }
  }
  return -1;
}

// For each capital letter a weekday name (above) opens with, a bit for each second letter
// ('a' bit 0 .. 'z' bit 25) a name opening with it has; 0 for every other byte.
constexpr std::array<uint32_t, 256> kWeekdaySecondLetters = [] {
  std::array<uint32_t, 256> t{};
  for (const auto& [name, day] : kWeekdayNames) {
    t[static_cast<unsigned char>(name[0] - 'a' + 'A')] |= 1u << (name[1] - 'a');
  }
  return t;
}();

// True when text[i] and text[i + 1] may open a weekday name: a capital it opens with, then
// its second letter in either case.
bool MayOpenWeekday(std::string_view text, size_t i) {
  uint32_t seconds = kWeekdaySecondLetters[static_cast<unsigned char>(text[i])];
  if (seconds == 0 || i + 1 >= text.size()) return false;
  unsigned second = static_cast<unsigned char>(text[i + 1] | 0x20) - 'a';
  return second < 26 && ((seconds >> second) & 1u) != 0;
}

int WeekdayOf(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }

// The word ending right before `at` (skipping spaces), lower-cased; *begin receives its start.
std::string WordBefore(std::string_view text, size_t at, size_t* begin) {
  size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t b = end;
  while (b > 0 && IsWordByte(text[b - 1])) --b;
  *begin = b;
  return AsciiLower(text.substr(b, end - b));
}

// The word starting at `at` (after spaces), lower-cased.
std::string WordAfter(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  size_t e = at;
  while (e < text.size() && IsWordByte(text[e])) ++e;
  return AsciiLower(text.substr(at, e - at));
}

// True when the sentence holding text[at] says before `at` that its event is still to come
// ("akan", "dijadwalkan", "diperkirakan", "menargetkan", ...) or recurs ("setiap", "tiap").
bool SentenceLooksAhead(std::string_view text, size_t at) {
  size_t start = text.rfind('.', at);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::string before = AsciiLower(text.substr(start, at - start));
  for (std::string_view w : {"akan", "bakal", "hendak", "dijadwalkan", "menjadwalkan", "rencananya",
                             "direncanakan", "berencana", "diperkirakan", "diprediksi",
                             "menargetkan", "ditargetkan", "setiap", "tiap"}) {
    for (size_t p = before.find(w); p != std::string::npos; p = before.find(w, p + 1)) {
      bool open = p == 0 || !IsWordByte(before[p - 1]);
      bool close = p + w.size() >= before.size() || !IsWordByte(before[p + w.size()]);
      if (open && close) return true;
    }
  }
  return false;
}

// "pada Selasa menyetujui": the weekday after "pada" names a past day unless the words after
// it ("depan", "mendatang") or the sentence before it ("akan") look ahead.
bool IsPastPadaWeekday(std::string_view text, size_t at, size_t end) {
  size_t b = 0;
  if (WordBefore(text, at, &b) != "pada") return false;
  // "pada Senin (12/11/2028)", "pada Kamis, 22 Juni", "pada Selasa malam, (7/11)", "pada
  // Minggu 20.00 WIB": a written date (read elsewhere) or a timetable follows closely.
  for (size_t k = end; k < text.size() && k < end + 30 && text[k] != '.' && text[k] != '\n'; ++k) {
    if (text[k] >= '0' && text[k] <= '9') return false;
  }
  std::string next = WordAfter(text, end);
  // "pada Kamis depan", "pada Rabu pekan lalu" (a week earlier than the last Wednesday).
  for (std::string_view w : {"depan", "mendatang", "besok", "nanti", "pekan", "minggu"}) {
    if (next == w) return false;
  }
  return !SentenceLooksAhead(text, b);
}

bool IsReportingVerb(std::string_view w) {
  for (std::string_view v : {"said", "says", "told", "announced", "added", "stated"}) {
    if (w == v) return true;
  }
  return false;
}

// True when the English weekday at `at` dates the story's event as a wire's lead does ("North
// Korea fired a ballistic missile ... on Tuesday morning"): "on" before it, in the text's first
// three paragraphs (a standfirst and the story's opening), outside quotation marks, after a
// verb in the past tense, and its sentence says nothing of the future ("will", "next", "is
// expected to", ...).
bool LeadEventWeekday(std::string_view text, size_t at) {
  size_t b = 0;
  if (WordBefore(text, at, &b) != "on") return false;
  size_t opening = 0;  // the text's opening paragraphs: three, the lead's empty line aside
  while (opening < text.size() && text[opening] == '\n') ++opening;
  for (int paragraphs = 0; paragraphs < 3 && opening != std::string_view::npos; ++paragraphs) {
    opening = text.find('\n', opening + 1);
  }
  if (opening != std::string_view::npos && at > opening) return false;
  if (InsideQuote(text, at)) return false;
  size_t start = at;
  while (start > 0 && text[start - 1] != '.' && text[start - 1] != '\n') --start;
  std::string sentence = AsciiLower(text.substr(start, at - start));
  sentence.insert(0, " ");
  for (std::string_view future :
       {" will ", " would ", " next ", " to be ", " expected ", " plans ", " plan to ",
        " scheduled ", " set to ", " due to ", " until ", " from ", " by ", " before "}) {
    if (sentence.find(future) != std::string::npos) return false;
  }
  // A verb in the past tense before it: a regular one ("fired", "visited") or a common
  // irregular one ("kept", "met"); "The talks resume on Monday" looks ahead.
  static constexpr std::string_view kIrregularPast[] = {
      "said", "told", "kept", "met",  "held", "began",  "made", "took",  "gave",    "went",
      "came", "saw",  "won",  "lost", "hit",  "fell",   "rose", "sent",  "spoke",   "left",
      "shot", "flew", "led",  "paid", "ran",  "struck", "sank", "broke", "brought", "bought"};
  bool past = false;
  ForEachWord(sentence, [&](std::string_view w) {
    past = past || (w.size() >= 5 && w.ends_with("ed")) ||
           std::find(std::begin(kIrregularPast), std::end(kIrregularPast), w) !=
               std::end(kIrregularPast);
  });
  return past;
}

// Calls f(i), in order, for each byte of `text` that may open a weekday name (MayOpenWeekday)
// and opens a word (no IsWordByte byte before it).
template <typename F>
void ForEachWeekdayInitial(std::string_view text, F&& f) {
  auto visit = [&](size_t i) {
    if (MayOpenWeekday(text, i) && (i == 0 || !IsWordByte(text[i - 1]))) {
      f(i);
    }
  };
  // The names open with ASCII capitals: only those bytes are looked at, found sixteen (or
  // eight) bytes at a time.
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 <= text.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    auto caps = static_cast<unsigned>(_mm_movemask_epi8(BytesInRange16(x, 'A', 'Z')));
    for (; caps != 0; caps &= caps - 1) visit(i + static_cast<size_t>(std::countr_zero(caps)));
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t x = Load8(text.data() + i);
    for (uint64_t caps = BytesInRange8(x & ~kHigh, 'A', 'Z') & ~x; caps != 0; caps &= caps - 1) {
      visit(i + static_cast<size_t>(std::countr_zero(caps)) / 8);
    }
  }
  for (; i < text.size(); ++i) visit(i);
}

}  // namespace

void FindWeekdayDates(std::string_view text, std::string_view published,
                      std::vector<std::string>* out) {
  TimePoint pub;  // the publication day at midnight UTC: its day number is exact
  if (published.size() < 10 || !ParseIsoTime(published.substr(0, 10), &pub)) return;
  const int64_t pub_day = pub.epoch_seconds / 86400;
  int64_t pub_year = 0;
  unsigned pub_month = 0, pub_mday = 0;
  CivilFromDays(pub_day, &pub_year, &pub_month, &pub_mday);
  static const RE2 day_month("^\\s*\\((\\d{1,2})/(\\d{1,2})\\)");
  auto add = [&](int64_t day) {
    int64_t y = 0;
    unsigned m = 0, d = 0;
    CivilFromDays(day, &y, &m, &d);
    std::string iso = FormatDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
    if (std::find(out->begin(), out->end(), iso) == out->end()) out->push_back(std::move(iso));
  };
  ForEachWeekdayInitial(text, [&](size_t at) {
    size_t end = at;
    while (end < text.size() && IsWordByte(text[end])) ++end;
    bool english = false;
    int wd = WeekdayIndex(text.substr(at, end - at), &english);
    if (wd < 0) return;
    std::string_view rest = text.substr(end);
    int dd = 0, mm = 0;
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), day_month, &dd, &mm)) {
      int64_t y = pub_year;
      if (!ValidDate(static_cast<int>(y), mm, dd)) return;
      int64_t day = DaysFromCivil(y, static_cast<unsigned>(mm), static_cast<unsigned>(dd));
      if (day > pub_day + 1 && ValidDate(static_cast<int>(y - 1), mm, dd)) {
        day = DaysFromCivil(y - 1, static_cast<unsigned>(mm), static_cast<unsigned>(dd));
      }
      if (WeekdayOf(day) == wd) add(day);
      return;
    }
    bool reporting_day;
    if (english) {
      size_t b = 0;
      std::string before = WordBefore(text, at, &b);
      if (before == "on") before = WordBefore(text, b, &b);
      reporting_day = IsReportingVerb(before) || LeadEventWeekday(text, at);
    } else {
      // ", Rabu," / ", Rabu.": the weekday set off by a comma before it.
      size_t b = at;
      while (b > 0 && text[b - 1] == ' ') --b;
      reporting_day = (b > 0 && text[b - 1] == ',' && end < text.size() &&
                       (text[end] == ',' || text[end] == '.')) ||
                      IsPastPadaWeekday(text, at, end);
    }
    if (reporting_day) add(pub_day - (WeekdayOf(pub_day) - wd + 7) % 7);
  });
}

// True when the word before "kemarin" makes it a span or names the day itself, so it is not
// yesterday: "pekan kemarin" (last week), "tahun kemarin", "Senin kemarin" (last Monday),
// "5 Oktober kemarin", "Sabtu (10/6) kemarin"; a part of the day between them is skipped
// ("Selasa pagi kemarin", "Minggu (13/10) malam kemarin").
bool KemarinNamesASpan(std::string_view text, size_t at) {
  static constexpr std::string_view kSpans[] = {"pekan", "minggu", "bulan", "tahun",  "waktu",
                                                "masa",  "musim",  "abad",  "dekade", "periode"};
  static constexpr std::string_view kDayParts[] = {"pagi", "siang", "sore", "malam", "petang"};
  size_t b = at;
  std::string before = WordBefore(text, at, &b);
  if (std::find(std::begin(kDayParts), std::end(kDayParts), before) != std::end(kDayParts)) {
    at = b;
    before = WordBefore(text, at, &b);
  }
  b = at;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b > 0 && (text[b - 1] == ')' || (text[b - 1] >= '0' && text[b - 1] <= '9'))) return true;
  bool english = false;
  return std::find(std::begin(kSpans), std::end(kSpans), before) != std::end(kSpans) ||
         WeekdayIndex(before, &english) >= 0 || MonthNumber(before) > 0;
}

// True when text[at] is inside a quotation of its paragraph: an odd number of '"' before it,
// or more opening than closing curly quotes. Speakers say "kemarin" loosely ("the other day").
bool InsideQuote(std::string_view text, size_t at) {
  size_t start = text.rfind('\n', at);
  start = start == std::string_view::npos ? 0 : start + 1;
  int straight = 0, curly = 0;
  for (size_t i = start; i < at; ++i) {
    if (text[i] == '"') ++straight;
    if (text[i] == '\xE2' && i + 2 < at && text[i + 1] == '\x80') {
      if (text[i + 2] == '\x9C') ++curly;
      if (text[i + 2] == '\x9D') --curly;
    }
  }
  return straight % 2 == 1 || curly > 0;
}

// Calls f(begin), in order, for each `begin` where `text` holds `word` (lower case, two bytes
// or more), its first letter in either case.
template <typename F>
void ForEachCaselessFirstMatch(std::string_view text, std::string_view word, F&& f) {
  const size_t n = word.size();
  auto matches = [&](size_t b) {
    return (text[b] | 0x20) == word[0] && text.compare(b + 1, n - 1, word.substr(1)) == 0;
  };
  size_t b = 0;
#ifdef __SSE2__
  // Sixteen starts at a time: those whose first, second and last bytes fit are compared whole.
  auto load = [&](size_t at) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
  };
  const __m128i first = _mm_set1_epi8(word[0]), second = _mm_set1_epi8(word[1]),
                last = _mm_set1_epi8(word[n - 1]), case_bit = _mm_set1_epi8(0x20);
  for (; b + n - 1 + 16 <= text.size(); b += 16) {
    __m128i fit =
        _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(load(b), case_bit), first),
                                    _mm_cmpeq_epi8(load(b + 1), second)),
                      _mm_cmpeq_epi8(load(b + n - 1), last));
    auto m = static_cast<unsigned>(_mm_movemask_epi8(fit));
    if (m == 0) continue;
    for (; m != 0; m &= m - 1) {
      size_t at = b + static_cast<size_t>(std::countr_zero(m));
      if (matches(at)) f(at);
    }
  }
#endif
  for (; b + n <= text.size(); ++b) {
    if (matches(b)) f(b);
  }
}

// The positions of `word` (lower case, its first letter in either case) standing as a word in
// `text` outside quotations; a "'s" after it still counts ("yesterday's").
std::vector<size_t> NarratedWordPositions(std::string_view text, std::string_view word) {
  std::vector<size_t> at;
  if (word.size() < 2) {  // ForEachCaselessFirstMatch wants two bytes; no caller asks this
    for (size_t b = 0; b + word.size() <= text.size() && !word.empty(); ++b) {
      if ((text[b] | 0x20) != word[0]) continue;
      if (b > 0 && IsWordByte(text[b - 1])) continue;
      if (b + 1 < text.size() && IsWordByte(text[b + 1]) && text[b + 1] != '\'') continue;
      if (!InsideQuote(text, b)) at.push_back(b);
    }
    return at;
  }
  ForEachCaselessFirstMatch(text, word, [&](size_t begin) {
    size_t end = begin + word.size();
    if (begin > 0 && IsWordByte(text[begin - 1])) return;
    if (end < text.size() && IsWordByte(text[end]) && text[end] != '\'') return;
    if (!InsideQuote(text, begin)) at.push_back(begin);
  });
  return at;
}

void FindYesterdayDates(std::string_view text, std::string_view published,
                        std::vector<std::string>* out) {
  TimePoint pub;
  if (published.size() < 10 || !ParseIsoTime(published.substr(0, 10), &pub)) return;
  bool yesterday = !NarratedWordPositions(text, "yesterday").empty();
  for (size_t at : NarratedWordPositions(text, "kemarin")) {
    if (yesterday) break;
    size_t end = at + 7;
    bool repeated = (end < text.size() && text[end] == '-') ||  // "kemarin-kemarin": lately
                    (at > 0 && text[at - 1] == '-');
    std::string after = WordAfter(text, end);
    bool dated = end + 1 < text.size() && text[end] == ' ' && text[end + 1] == '(';
    yesterday = !repeated && !dated && after != "lusa" && !KemarinNamesASpan(text, at);
  }
  if (!yesterday) return;
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(pub.epoch_seconds / 86400 - 1, &y, &m, &d);
  std::string iso = FormatDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  if (std::find(out->begin(), out->end(), iso) == out->end()) out->push_back(std::move(iso));
}

void FindRecentPhotoDates(const std::vector<std::string>& captions, std::string_view published,
                          std::vector<std::string>* out) {
  constexpr int64_t kRecentDays = 7;
  TimePoint pub;
  if (captions.empty() || published.size() < 10 || !ParseIsoTime(published.substr(0, 10), &pub)) {
    return;
  }
  const int64_t day = pub.epoch_seconds / 86400;
  std::vector<std::string> named;
  for (const std::string& caption : captions) FindMentionedDates(caption, &named);
  for (std::string& iso : named) {
    TimePoint t;
    if (!ParseIsoTime(iso, &t)) continue;
    const int64_t d = t.epoch_seconds / 86400;
    if (d > day || d < day - kRecentDays) continue;
    if (std::find(out->begin(), out->end(), iso) == out->end()) out->push_back(std::move(iso));
  }
}

bool IsEntryTime(std::string_view text) {
  text = Trim(text);
  size_t i = 0;
  while (i < text.size() && i < 2 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0 || i >= text.size() || (text[i] != ':' && text[i] != '.')) return false;
  std::string_view rest = text.substr(i + 1);
  if (rest.size() < 2 || !std::isdigit(static_cast<unsigned char>(rest[0])) ||
      !std::isdigit(static_cast<unsigned char>(rest[1]))) {
    return false;
  }
  rest = Trim(rest.substr(2));
  return rest == "WIB" || rest == "WITA" || rest == "WIT";
}

}  // namespace kabar::extract
