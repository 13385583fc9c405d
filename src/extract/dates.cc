// Dates. Absolute dates are found with a few RE2 patterns (day-month-year, month-day-year,
// numeric d/m/y, ISO), an optional time and zone after them; relative times ("8 jam lalu")
// are computed from a reference instant. Calendar arithmetic is the proleptic Gregorian
// calendar (days_from_civil), which is exact for every date a news page names.
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
#include "extract/publisher_zone.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Longer lines are not publication-time lines.
constexpr size_t kMaxDateLine = 160;
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

// The month `lower` (ASCII lower case, no trailing '.') names, 1..12, or 0. Malay names where
// they differ from the Indonesian ones: "mac", "julai", "ogos", "disember" (Berita Harian:
// "Mac 18, 2025"). The same names as kMonthAlt below.
int MonthOfLowerName(std::string_view lower) {
  static constexpr std::pair<std::string_view, int> kMonths[] = {
      {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2},  {"february", 2},
      {"feb", 2},      {"pebruari", 2},  {"maret", 3},     {"march", 3},     {"mar", 3},
      {"april", 4},    {"apr", 4},       {"mei", 5},       {"may", 5},       {"juni", 6},
      {"june", 6},     {"jun", 6},       {"juli", 7},      {"july", 7},      {"jul", 7},
      {"agustus", 8},  {"august", 8},    {"aug", 8},       {"agu", 8},       {"agt", 8},
      {"ags", 8},      {"september", 9}, {"sept", 9},      {"sep", 9},       {"oktober", 10},
      {"october", 10}, {"okt", 10},      {"oct", 10},      {"november", 11}, {"nov", 11},
      {"nop", 11},     {"desember", 12}, {"december", 12}, {"des", 12},      {"dec", 12},
      {"mac", 3},      {"julai", 7},     {"ogos", 8},      {"disember", 12}};
  for (const auto& [name, n] : kMonths) {
    if (lower == name) return n;
  }
  return 0;
}

// The longest month name above ("september").
constexpr size_t kMaxMonthName = 9;

int MonthNumber(std::string_view w) {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() > kMaxMonthName) return 0;
  char buf[kMaxMonthName];
  LowerAsciiCopy(w.data(), w.size(), buf);
  return MonthOfLowerName(std::string_view(buf, w.size()));
}

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
// CNA); the digits themselves must end at a word break ("12.500 warga" is a number).
constexpr char kTimeTail[] =
    "(?:\\s*(?:[,|@/-]|\\bpukul\\b|\\bat\\b|\\bjam\\b|\\x{2013}|\\x{2014})?\\s*"
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

#ifdef __SSE2__
// A bit for each byte of text[at, at + 16) that is an ASCII digit.
unsigned DigitBits16(std::string_view text, size_t at) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
  return static_cast<unsigned>(_mm_movemask_epi8(BytesInRange16(x, '0', '9')));
}

// Calls f(i, runs) for i = from, from + 16, ... while i + 32 <= text.size(), `runs` having bit
// k set when text[i + k, i + k + 4) are four digits; returns where it stopped. f returns false
// to stop early (then the return value is that i).
template <typename F>
size_t ForEachFourDigitBlock(std::string_view text, size_t from, F&& f) {
  size_t i = from;
  if (i + 32 > text.size()) return i;
  unsigned digits = DigitBits16(text, i);
  for (; i + 32 <= text.size(); i += 16) {
    unsigned next = DigitBits16(text, i + 16);
    unsigned d = digits | (next << 16);
    unsigned runs = d & (d >> 1) & (d >> 2) & (d >> 3) & 0xFFFFu;
    if (runs != 0 && !f(i, runs)) return i;
    digits = next;
  }
  return i;
}
#endif

// True when `text` has four ASCII digits in a row: every absolute date pattern holds a
// four-digit year, so text without them needs no regex.
bool HasFourDigits(std::string_view text) {
  size_t from = 0;
#ifdef __SSE2__
  bool found = false;
  from = ForEachFourDigitBlock(text, 0, [&](size_t, unsigned) {
    found = true;
    return false;
  });
  if (found) return true;
    // Every run of four from here on starts at `from` or later: the bits above saw the rest.
#endif
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  // Every run of four bytes holds one of the bytes 3, 7, 11, ...: those are probed, and around
  // a digit the run it is part of is measured (three bytes each way at most).
  for (size_t probe = from + 3; probe < text.size(); probe += 4) {
    if (!digit(probe)) continue;
    size_t begin = probe, end = probe + 1;
    while (begin > from && begin + 3 > probe && digit(begin - 1)) --begin;
    while (end < text.size() && end < probe + 4 && digit(end)) ++end;
    if (end - begin >= 4) return true;
  }
  return false;
}

// False when `text` cannot hold a match of pattern `kind`: a numeric date needs a '/' right
// before four digits, an ISO date a '-' right after four digits.
bool MayHoldPattern(int kind, std::string_view text) {
  if (kind == 2) {
    for (size_t slash = text.find('/'); slash != std::string_view::npos;
         slash = text.find('/', slash + 1)) {
      if (slash + 5 <= text.size() && HasFourDigits(text.substr(slash + 1, 4))) return true;
    }
    return false;
  }
  if (kind != 3) return true;
  for (size_t dash = text.find('-'); dash != std::string_view::npos;
       dash = text.find('-', dash + 1)) {
    if (dash >= 4 && HasFourDigits(text.substr(dash - 4, 4))) return true;
  }
  return false;
}

// Finds every absolute date in `text`; `kind` selects the pattern. Calls f(Match).
// --- where a month-name date can be -------------------------------------------------------
//
// Every match of DayMonthYear() and MonthDayYear() holds its year as four digits right after
// white space (`\s+(\d{4})`). Before the year there are at most two short tokens ("12 Juni",
// "June 12th,") separated by white space; after it, the time tail's tokens ("10:37 WIB",
// "| 13.30", "10:37 a.m. ET -04:00"). So the patterns only run on a window around each such
// year: whole-body scans cost one byte loop instead of two DFA passes.

// Bytes RE2's \s matches, plus \v (a wider set only widens the windows).
bool IsSpaceByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// A token before the year holds at most "september" in case-folded UTF-8 (RE2 folds U+017F to
// 's': two bytes a letter), a '.' and a ',' (20 bytes), or "12th," (5 bytes).
constexpr size_t kMaxTokenBeforeYear = 24;
// The time tail after the year holds at most this many non-space bytes: separator or "pukul"
// (5), "pukul" (5), "12:34:56" (8), "a.m." (4), zone (4), "+12:34" (6).
constexpr size_t kMaxTailBytes = 40;

// The first year candidate at or after `from`: four digits after a white-space byte; npos when
// none. Probes every fourth byte: each run of four digits holds exactly one probe.
size_t NextYearCandidate(std::string_view text, size_t from) {
  if (from == 0) from = 1;
  for (size_t probe = from + 3; probe < text.size(); probe += 4) {
    if (!IsDigitByte(text[probe])) continue;
    for (size_t i = probe - 3; i <= probe && i + 4 <= text.size(); ++i) {
      if (IsSpaceByte(text[i - 1]) && IsDigitByte(text[i]) && IsDigitByte(text[i + 1]) &&
          IsDigitByte(text[i + 2]) && IsDigitByte(text[i + 3])) {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// True when `token` is what DayMonthYear() matches right before the year: a month name in any
// case, then an optional '.' and an optional ','. A token with a non-ASCII byte may hold a
// letter RE2 folds to an ASCII one (U+212A to 'k', U+017F to 's'): it is let through.
bool IsMonthToken(std::string_view token) {
  if (!token.empty() && token.back() == ',') token.remove_suffix(1);
  if (!token.empty() && token.back() == '.') token.remove_suffix(1);
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return MonthNumber(token) > 0 && token.find('.') == std::string_view::npos;
}

// True when `token` is what MonthDayYear() matches right before the year: one or two digits,
// an optional "st", "nd", "rd" or "th" (in lower case: outside the pattern's (?i:)), and an
// optional ','.
bool IsDayToken(std::string_view token) {
  size_t digits = 0;
  while (digits < token.size() && IsDigitByte(token[digits])) ++digits;
  if (digits < 1 || digits > 2) return false;
  std::string_view rest = token.substr(digits);
  if (!rest.empty() && rest.back() == ',') rest.remove_suffix(1);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

// True when `token` ends as MonthDayYear() needs before the day: a month name in any case
// after a non-word byte (RE2's ASCII \b) or at the token's start, then an optional '.'. Let
// through when a non-ASCII byte may be part of the name (see IsMonthToken).
bool EndsWithMonthName(std::string_view token) {
  if (!token.empty() && token.back() == '.') token.remove_suffix(1);
  size_t k = token.size();
  while (k > 0 && IsAsciiLetter(token[k - 1])) --k;
  if (k > 0) {
    char before = token[k - 1];
    if (static_cast<unsigned char>(before) >= 0x80) return true;
    if (IsDigitByte(before) || before == '_') return false;  // no \b before the name
  }
  return MonthNumber(token.substr(k)) > 0;
}

// Every year candidate of `text` (NextYearCandidate), in order: the two month-name patterns
// share one scan.
std::vector<size_t> YearCandidates(std::string_view text) {
  std::vector<size_t> years;
  size_t from = 0;
#ifdef __SSE2__
  // Sixteen starts at a time from byte 1 (a candidate has a byte before it): the runs of four
  // digits, then the white space before them.
  if (!text.empty()) {
    from = ForEachFourDigitBlock(text, 1, [&](size_t i, unsigned runs) {
      __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i - 1));
      auto space = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
          _mm_cmpeq_epi8(before, _mm_set1_epi8(' ')), BytesInRange16(before, '\t', '\r'))));
      for (unsigned m = runs & space; m != 0; m &= m - 1) {
        years.push_back(i + static_cast<size_t>(std::countr_zero(m)));
      }
      return true;
    });
  }
#endif
  for (size_t year = NextYearCandidate(text, from); year != std::string_view::npos;
       year = NextYearCandidate(text, year + 1)) {
    years.push_back(year);
  }
  return years;
}

// False when no match of pattern `kind` (0: day-month-year, 1: month-day-year) can hold the
// year at `year`: the token right before the year (after white space) must be the month
// (IsMonthToken) for kind 0, and the day (IsDayToken) after a token ending with the month
// (EndsWithMonthName) for kind 1. Both patterns want white space (\s+) between these tokens;
// IsSpaceByte's wider set only cuts tokens where no match can run through.
bool YearMayFit(int kind, std::string_view text, size_t year) {
  size_t i = year;
  while (i > 0 && IsSpaceByte(text[i - 1])) --i;
  if (i == year || i == 0) return false;  // no white space, or nothing before it
  size_t token = i;
  while (token > 0 && !IsSpaceByte(text[token - 1])) --token;
  std::string_view before = text.substr(token, i - token);
  if (kind == 0) return IsMonthToken(before);
  if (!IsDayToken(before)) return false;
  size_t month_end = token;
  while (month_end > 0 && IsSpaceByte(text[month_end - 1])) --month_end;
  if (month_end == token || month_end == 0) return false;
  size_t month = month_end;
  while (month > 0 && !IsSpaceByte(text[month - 1])) --month;
  return EndsWithMonthName(text.substr(month, month_end - month));
}

// The first numeric-date year at or after `from`: four digits right after a '/' (NumericDate()
// holds its year so); npos when none.
size_t NextSlashYear(std::string_view text, size_t from) {
  size_t slash = from == 0 ? 0 : from - 1;
  while (slash < text.size()) {
    const void* p = std::memchr(text.data() + slash, '/', text.size() - slash);
    if (p == nullptr) break;
    slash = static_cast<size_t>(static_cast<const char*>(p) - text.data());
    if (slash + 5 <= text.size() && IsDigitByte(text[slash + 1]) && IsDigitByte(text[slash + 2]) &&
        IsDigitByte(text[slash + 3]) && IsDigitByte(text[slash + 4])) {
      return slash + 1;
    }
    ++slash;
  }
  return std::string_view::npos;
}

// False when no match of pattern `kind` (0: day-month-year, 1: month-day-year, 2: numeric) can
// start at text[p]. Each opens with \b and a word byte (RE2's \b and \d are ASCII): no
// letter, digit or '_' before it. Day-month-year and numeric dates open with a digit;
// month-day-year with a month name in any case, which a '.' or white space ends: a run of ASCII
// letters that is a month name, or one that a non-ASCII byte ends or that opens with one (C5
// and E2 lead LONG S and KELVIN SIGN, which RE2 folds to 's' and 'k').
bool MayOpenMatch(int kind, std::string_view text, size_t p) {
  const char c = text[p];
  if (c == '\xC5' || c == '\xE2') return kind == 1;
  if (p > 0 && (IsAsciiLetter(text[p - 1]) || IsDigitByte(text[p - 1]) || text[p - 1] == '_')) {
    return false;
  }
  if (kind != 1) return IsDigitByte(c);
  if (!IsAsciiLetter(c)) return false;
  size_t q = p;
  while (q < text.size() && IsAsciiLetter(text[q])) ++q;
  if (q < text.size() && static_cast<unsigned char>(text[q]) >= 0x80) return true;
  return MonthNumber(text.substr(p, q - p)) > 0;
}

// NumericDate() before its year: "dd/dd/" at most.
constexpr size_t kMaxNumericBeforeYear = 6;

// The earliest start of a match whose year begins at `year` (a lower bound).
size_t WindowBegin(std::string_view text, size_t year) {
  size_t i = year;
  for (int token = 0; token < 2; ++token) {
    while (i > 0 && IsSpaceByte(text[i - 1])) --i;
    size_t limit = i >= kMaxTokenBeforeYear ? i - kMaxTokenBeforeYear : 0;
    while (i > limit && !IsSpaceByte(text[i - 1])) --i;
    if (i > 0 && !IsSpaceByte(text[i - 1])) return i;  // token longer than any match's part
  }
  while (i > 0 && IsSpaceByte(text[i - 1])) --i;  // \b before the first token needs no byte
  return i;
}

// The latest end of a match whose year begins at `year` (an upper bound).
size_t WindowEnd(std::string_view text, size_t year) {
  size_t i = year + 4, tail = 0;
  while (i < text.size() && tail < kMaxTailBytes) {
    if (!IsSpaceByte(text[i])) ++tail;
    ++i;
  }
  while (i < text.size() && IsSpaceByte(text[i])) ++i;
  return i;
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
  // The month-name and numeric patterns run on windows around year candidates (see above), the
  // ISO one on the whole text. In both cases each match is the leftmost one starting at or
  // after `pos`: candidates are tried in order and a window's match only counts when it holds
  // its year, and every match holding that year lies inside the window. (A numeric date's
  // match cannot start before an earlier candidate's window match holding that earlier year:
  // its own "dd/dd/" would have to overlap the earlier year's digits.)
  // The leftmost match in text[begin, end) is the one anchored at the first start that has
  // one: only the starts MayOpenMatch lets through are tried. (Anchored, RE2 reads the
  // captures without first running its forward and reverse DFAs over the window.)
  auto leftmost_in = [&](size_t begin, size_t end) {
    for (size_t p = begin; p < end; ++p) {
      if (MayOpenMatch(kind, text, p) &&
          re.Match(input, p, end, RE2::ANCHOR_START, g, ngroups + 1)) {
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
    if (kind == 3) return re.Match(input, pos, text.size(), RE2::UNANCHORED, g, ngroups + 1);
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
bool IsDateLineWord(std::string_view w) {
  constexpr size_t kLongest = 14;  // "dipublikasikan"
  if (w.size() > kLongest) return false;
  char buf[kLongest];
  LowerAsciiCopy(w.data(), w.size(), buf);
  std::string_view s(buf, w.size());
  static constexpr std::string_view kWords[] = {"senin",      "selasa",      "rabu",
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
  for (std::string_view k : kWords) {
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
  // The full stop of a closing "a.m." or "p.m." ("... at 11:04 a.m.") ends no sentence.
  std::string_view t = Trim(line);
  bool meridiem = EndsWithIgnoreCase(t, "a.m.") || EndsWithIgnoreCase(t, "p.m.");
  bool sentence_end = !meridiem && (t.back() == '.' || t.back() == '?' || t.back() == '!');
  if (sentence_end && others >= 2) return false;
  return others <= max_words;
}

// The words one of which every RelativeTime() match holds, and for each byte 1 + the index of
// the cue that opens with it (0: none). No two cues open with the same letter.
constexpr std::string_view kRelativeCues[] = {"lalu",      "ago",      "kemarin",  "yesterday",
                                              "baru saja", "just now", "hari ini", "today"};
constexpr std::array<uint8_t, 256> kCueByFirstByte = [] {
  std::array<uint8_t, 256> t{};
  for (size_t i = 0; i < std::size(kRelativeCues); ++i) {
    t[static_cast<unsigned char>(kRelativeCues[i][0])] = static_cast<uint8_t>(i + 1);
  }
  return t;
}();

// True when `line` holds KELVIN SIGN (E2 84 AA) or LONG S (C5 BF), which RE2's case folding
// reads as 'k' and 's'.
bool HasFoldedCueLetter(std::string_view line) {
  for (size_t at = 0; at + 1 < line.size(); ++at) {
    // Both open with a non-ASCII byte: sixteen or eight ASCII bytes are passed at once.
#ifdef __SSE2__
    if (at + 16 <= line.size() && _mm_movemask_epi8(_mm_loadu_si128(
                                      reinterpret_cast<const __m128i*>(line.data() + at))) == 0) {
      at += 15;
      continue;
    }
#endif
    if (at + 8 <= line.size() && IsAscii8(Load8(line.data() + at))) {
      at += 7;
      continue;
    }
    const char c = line[at];
    if (c == '\xC5' && line[at + 1] == '\xBF') return true;
    if (c == '\xE2' && line.substr(at).starts_with("\xE2\x84\xAA")) return true;
  }
  return false;
}

// True when `line` holds one of the words every RelativeTime() match holds, in any case. RE2
// folds KELVIN SIGN to 'k' and LONG S to 's' ("kemarin", "just now"): a line with either goes
// to the regex unfiltered.
bool MayHoldRelativeTime(std::string_view line) {
  if (line.size() > kMaxDateLine || HasFoldedCueLetter(line)) return true;
  // The pattern wants "lalu"/"ago" after white space and the other cues after a word
  // boundary, each followed by a word boundary: "selalu", "melalui", "Chicago" are no cues.
  // Either way a cue opens a word: only the bytes that open one are looked at, eight at a time.
  // (c | 0x20 is a lower-case letter exactly when c is that letter in either case.)
  auto is_word = [](char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
  };
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  // Most words open with no cue's letter: that test stays in the loops, the rest is a call.
  auto opens_cue = [&](size_t at) {
    return kCueByFirstByte[static_cast<unsigned char>(line[at] | 0x20)] != 0;
  };
  auto cue_at = [&](size_t at) {
    int k = kCueByFirstByte[static_cast<unsigned char>(line[at] | 0x20)];
    // One pass: each cue opens with its own letter, so a byte names the one cue to compare.
    std::string_view cue = kRelativeCues[k - 1];
    if (line.size() - at < cue.size() || (line[at + 1] | 0x20) != cue[1] ||
        !EqualsIgnoreCase(line.substr(at, cue.size()), cue)) {
      return false;
    }
    const bool after_space = cue == "lalu" || cue == "ago";
    if (after_space && (at == 0 || !is_space(line[at - 1]))) return false;
    size_t end = at + cue.size();
    return end == line.size() || !is_word(line[end]);
  };
  size_t i = 0;
  uint64_t word_before = 0;  // the top bit: the byte before this word of eight is a word byte
#ifdef __SSE2__
  // The same sixteen bytes at a time, a bit a byte.
  unsigned word_before16 = 0;
  for (; i + 16 <= line.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    __m128i word =
        _mm_or_si128(_mm_or_si128(BytesInRange16(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z'),
                                  BytesInRange16(x, '0', '9')),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
    auto w = static_cast<unsigned>(_mm_movemask_epi8(word));
    unsigned starts = w & ~((w << 1) | word_before16);
    word_before16 = w >> 15;
    for (; starts != 0; starts &= starts - 1) {
      size_t at = i + static_cast<size_t>(std::countr_zero(starts));
      if (opens_cue(at) && cue_at(at)) return true;
    }
  }
  word_before = word_before16 != 0 ? 0x80 : 0;
#endif
  for (; i < line.size(); i += 8) {
    // The last bytes with zero bytes (no word bytes) after them.
    char tail[8] = {};
    const char* bytes = line.data() + i;
    if (i + 8 > line.size())
      bytes = static_cast<const char*>(std::memcpy(tail, bytes, line.size() - i));
    // The top bit of each word byte (as RE2's \b takes them: letters, digits, '_').
    uint64_t x = Load8(bytes), low7 = x & ~kHigh;
    uint64_t word =
        ((BytesInRange8(low7 | 0x20 * kOnes, 'a', 'z') | BytesInRange8(low7, '0', '9')) & ~x) |
        BytesEqual8(x, '_');
    uint64_t starts = word & ~((word << 8) | word_before);
    word_before = (word >> 56) & 0x80;
    for (; starts != 0; starts &= starts - 1) {
      size_t at = i + (static_cast<size_t>(std::countr_zero(starts)) >> 3);
      if (opens_cue(at) && cue_at(at)) return true;
    }
  }
  return false;
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

// A written date and time that `part` of a line is, but for a short label; `base` is the
// part's offset in its line, for out->begin and out->end.
bool ParseAbsolute(std::string_view part, size_t base, DateFound* out) {
  if (!HasFourDigits(part)) return false;
  const std::vector<size_t> years = YearCandidates(part);
  for (int kind = 0; kind < 4; ++kind) {
    if (!MayHoldPattern(kind, part)) continue;
    bool ok = false;
    ScanPattern(kind, part, years, [&](const Match& m) {
      if (ok || !RestIsLabel(part, m.begin, m.end, kDateLabelWords)) return;
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

// "Published: 10:55 EDT, 7 May 2020 | Updated: 11:17 EDT, 7 May 2020": a line of several
// labelled times, each read alone; the first that parses is the line's.
bool ParseLabelledParts(std::string_view line, DateFound* out) {
  size_t start = 0;
  for (size_t bar = FindSpacedBar(line, 0); bar != std::string_view::npos;
       bar = FindSpacedBar(line, start)) {
    if (ParseAbsolute(line.substr(start, bar - start), start, out)) return true;
    start = bar + 3;
  }
  return start > 0 && ParseAbsolute(line.substr(start), start, out);
}

}  // namespace

bool ParsePublicationLine(std::string_view line, const TimePoint& now, DateFound* out) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxDateLine) return false;
  if (ParseAbsolute(line, 0, out) || ParseLabelledParts(line, out)) return true;
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
  // MayHoldPattern finds four digits by a '/' or '-': text without four digits in a row runs
  // none (no HasFourDigits pass first: most stories have a year, and its scan comes anyway).
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
      reporting_day = IsReportingVerb(before);
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

// Calls f(begin), in order, for each `begin` where `text` holds `word` (lower case), its first
// letter in either case.
template <typename F>
void ForEachCaselessFirstMatch(std::string_view text, std::string_view word, F&& f) {
  const size_t n = word.size();
  auto matches = [&](size_t b) {
    return (text[b] | 0x20) == word[0] && text.compare(b + 1, n - 1, word.substr(1)) == 0;
  };
  size_t b = 0;
#ifdef __SSE2__
  // Sixteen starts at a time: those whose first, second and last bytes fit are compared whole.
  if (n >= 2) {
    const __m128i first = _mm_set1_epi8(word[0]), second = _mm_set1_epi8(word[1]),
                  last = _mm_set1_epi8(word[n - 1]), case_bit = _mm_set1_epi8(0x20);
    auto load = [&](size_t at) {
      return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    };
    for (; b + n - 1 + 16 <= text.size(); b += 16) {
      __m128i fit =
          _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(load(b), case_bit), first),
                                      _mm_cmpeq_epi8(load(b + 1), second)),
                        _mm_cmpeq_epi8(load(b + n - 1), last));
      for (auto m = static_cast<unsigned>(_mm_movemask_epi8(fit)); m != 0; m &= m - 1) {
        size_t at = b + static_cast<size_t>(std::countr_zero(m));
        if (matches(at)) f(at);
      }
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
  if (word.empty()) return at;
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

}  // namespace kabar::extract
