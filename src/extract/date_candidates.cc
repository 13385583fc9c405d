// Where a date can be in a text: the cheap necessary conditions dates.cc tests before it runs a
// date pattern, so that most text runs none.
//
// Every match of dates.cc's DayMonthYear() and MonthDayYear() holds its year as four digits right
// after white space (`\s+(\d{4})`). Before the year there are at most two short tokens ("12 Juni",
// "June 12th,") separated by white space; after it, the time tail's tokens ("10:37 WIB",
// "| 13.30", "10:37 a.m. ET -04:00"). So the patterns only run on a window around each such
// year: whole-body scans cost one byte loop instead of two DFA passes.
//
// Numeric dates ("12/6/2023") hold their year right after a '/', ISO dates ("2023-06-12") right
// before a '-'. Relative times ("8 jam lalu", "kemarin") hold one of a few cue words.

#include "extract/date_candidates.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// The month `lower` (ASCII lower case, no trailing '.') names, 1..12, or 0. Malay names where
// they differ from the Indonesian ones: "mac", "julai", "ogos", "disember" (Berita Harian:
// "Mac 18, 2025"). The same names as kMonthAlt in dates.cc.
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

}  // namespace

int MonthNumber(std::string_view w) {
  while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() > kMaxMonthName) return 0;
  char buf[kMaxMonthName];
  LowerAsciiCopy(w.data(), w.size(), buf);
  return MonthOfLowerName(std::string_view(buf, w.size()));
}

namespace {

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

}  // namespace

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
// before four digits (NextSlashYear), an ISO date a "dddd-dd-dd" opening (NextIsoOpening).
bool MayHoldPattern(int kind, std::string_view text) {
  if (kind == 2) return NextSlashYear(text, 0) != std::string_view::npos;
  if (kind == 3) return NextIsoOpening(text, 0) != std::string_view::npos;
  return true;
}

namespace {

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

}  // namespace

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

// The first ISO opening at or after `from`: IsoDate() opens with \b(\d{4})-(\d{2})-(\d{2}), so
// each '-' found by memchr is tried as the fifth byte.
size_t NextIsoOpening(std::string_view text, size_t from) {
  auto digits = [&](size_t at, size_t n) {
    for (size_t k = at; k < at + n; ++k) {
      if (!IsDigitByte(text[k])) return false;
    }
    return true;
  };
  for (size_t dash = from + 4; dash + 6 <= text.size(); ++dash) {
    const void* hit = std::memchr(text.data() + dash, '-', text.size() - 5 - dash);
    if (hit == nullptr) break;
    dash = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
    size_t p = dash - 4;
    if (digits(p, 4) && digits(dash + 1, 2) && text[dash + 3] == '-' && digits(dash + 4, 2) &&
        (p == 0 ||
         !(IsAsciiLetter(text[p - 1]) || IsDigitByte(text[p - 1]) || text[p - 1] == '_'))) {
      return p;
    }
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
namespace {

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

// True when line[at, at + cue.size()) (inside `line`) is `cue` (lower-case ASCII letters and
// spaces) in any ASCII case: EqualsIgnoreCase inline, a space compared as itself.
bool CueLettersAt(std::string_view line, size_t at, std::string_view cue) {
  for (size_t k = 0; k < cue.size(); ++k) {
    const char c = line[at + k];
    if (cue[k] == ' ' ? c != ' ' : (c | 0x20) != cue[k]) return false;
  }
  return true;
}

}  // namespace

// True when `line` holds one of the words every RelativeTime() match holds, in any case. RE2
// folds KELVIN SIGN to 'k' and LONG S to 's' ("kemarin", "just now"): a line with either goes
// to the regex unfiltered.
bool MayHoldRelativeTime(std::string_view line) {
  if (line.size() > kMaxDateLine) return true;
  // HasFoldedCueLetter's letters open with a non-ASCII byte: the passes below note whether
  // the line has one, and only then is it asked (when no cue is found).
  bool non_ascii = false;
  // The pattern wants "lalu"/"ago" after white space and the other cues after a word
  // boundary, each followed by a word boundary: "selalu", "melalui", "Chicago" are no cues.
  // Either way a cue opens a word: only the bytes that open one are looked at, eight at a time.
  // (c | 0x20 is a lower-case letter exactly when c is that letter in either case.)
  auto is_word = [](char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
  };
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  // Most words open with no cue's first two letters: that test stays in the loops, the rest is
  // a call (cue_at compares the same second letter first).
  auto opens_cue = [&](size_t at) {
    int k = kCueByFirstByte[static_cast<unsigned char>(line[at] | 0x20)];
    return k != 0 && at + 1 < line.size() && (line[at + 1] | 0x20) == kRelativeCues[k - 1][1];
  };
  auto cue_at = [&](size_t at) {
    int k = kCueByFirstByte[static_cast<unsigned char>(line[at] | 0x20)];
    // One pass: each cue opens with its own letter, so a byte names the one cue to compare.
    std::string_view cue = kRelativeCues[k - 1];
    if (line.size() - at < cue.size() || !CueLettersAt(line, at, cue)) return false;
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
    non_ascii = non_ascii || _mm_movemask_epi8(x) != 0;
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
    non_ascii = non_ascii || !IsAscii8(x);
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
  return non_ascii && HasFoldedCueLetter(line);
}

}  // namespace kabar::extract
