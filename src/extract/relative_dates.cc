// Yearless and relative event dates: one RE2 pass per form over the story text, each match
// resolved against the publication day.
#include "extract/relative_dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "common/civil_days.h"
#include "extract/dates.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Month names as English stories write them, full or abbreviated ("Sept."), with their number.
int MonthNumber(std::string_view name) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  for (size_t i = 0; i < std::size(kMonths); ++i) {
    if (StartsWithIgnoreCase(name, kMonths[i])) return static_cast<int>(i) + 1;
  }
  return 0;
}

constexpr char kMonthAlternation[] =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
constexpr char kWeekdayOpt[] = "(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";

// "on Nov 19", "on Wednesday, November 19": month, day, and what follows (a year, if any).
const RE2& MonthDay() {
  static const RE2 re(std::string("\\bon\\s+") + kWeekdayOpt + kMonthAlternation +
                      "\\.?\\s+(\\d{1,2})\\b(,?\\s*\\d{4})?");
  return re;
}

// "on 19 November", "on Wednesday, 19 Nov": day, month, and a year if one follows.
const RE2& DayMonth() {
  static const RE2 re(std::string("\\bon\\s+") + kWeekdayOpt + "(\\d{1,2})\\s+" +
                      kMonthAlternation + "\\b\\.?(,?\\s*\\d{4})?");
  return re;
}

// The word ending right before byte `at` of `text` (spaces skipped), lower-cased ASCII.
std::string LowerWordBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  std::string w(text.substr(begin, end - begin));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

// The lower-cased ASCII word starting at byte `at` of `text` (spaces and commas skipped).
std::string LowerWordAfter(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == ',')) ++at;
  size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  std::string w(text.substr(at, end - at));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool ValidDay(int64_t y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

// How far after publication a yearless day may be: "will open on Dec 9" in November.
constexpr int64_t kAheadDays = 92;

class DayAdder {
 public:
  DayAdder(int64_t pub_day, std::vector<std::string>* out) : pub_day_(pub_day), out_(out) {
    unsigned m = 0, d = 0;
    CivilFromDays(pub_day, &pub_year_, &m, &d);
  }

  void AddDay(int64_t day) {
    int64_t y = 0;
    unsigned m = 0, d = 0;
    CivilFromDays(day, &y, &m, &d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(y), m, d);
    std::string iso(buf);
    if (std::find(out_->begin(), out_->end(), iso) == out_->end()) out_->push_back(iso);
  }

  // Month `m`, day `d`: the latest such day up to kAheadDays after publication (a story
  // names past days more often than coming ones), among the years whose day falls on
  // `weekday` (0 = Monday; -1: any) when the text names one.
  void AddMonthDay(int m, int d, int weekday) {
    int64_t best = -1;
    for (int64_t y = pub_year_ - 1; y <= pub_year_ + 1; ++y) {
      if (!ValidDay(y, m, d)) continue;
      int64_t day = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
      if (day > pub_day_ + kAheadDays) continue;
      if (weekday >= 0 && ((day % 7) + 10) % 7 != weekday) continue;  // 1970-01-01: Thursday
      best = std::max(best, day);
    }
    if (best >= 0) AddDay(best);
  }

  int64_t pub_day() const { return pub_day_; }

 private:
  int64_t pub_day_;
  int64_t pub_year_ = 0;
  std::vector<std::string>* out_;
};

// 0 = Monday .. 6 = Sunday for the opening of an English weekday name ("Wednes"), else -1.
int WeekdayFromStem(std::string_view stem) {
  static constexpr std::string_view kStems[] = {"Mon", "Tues",  "Wednes", "Thurs",
                                                "Fri", "Satur", "Sun"};
  for (size_t i = 0; i < std::size(kStems); ++i) {
    if (stem == kStems[i]) return static_cast<int>(i);
  }
  return -1;
}

// Bytes RE2's \s matches.
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// A word byte for RE2's \b: ASCII letters, digits and '_'.
bool IsRegexWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// Where MonthDay() and DayMonth() may start in a text: each "on" followed by white space and a
// capital or a digit (the weekday, month or day after it), in order. `gate` says whether some
// "on " (one space) stands after a non-letter before a capital or a digit: most stories, and
// all Indonesian ones but for names, have none and skip both patterns.
struct OnCandidates {
  std::vector<size_t> at;
  bool gate = false;
};

void AddOnCandidate(std::string_view text, size_t on, OnCandidates* out) {
  size_t next = on + 2;
  if (next < text.size() && text[next] == ' ' && next + 1 < text.size() &&
      (on == 0 || !std::isalpha(static_cast<unsigned char>(text[on - 1])))) {
    unsigned char c = static_cast<unsigned char>(text[next + 1]);
    out->gate = out->gate || std::isupper(c) || std::isdigit(c);
  }
  while (next < text.size() && IsRegexSpace(text[next])) ++next;
  if (next == on + 2 || next == text.size()) return;
  char c = text[next];
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out->at.push_back(on);
}

// Every "on" of `text`, sixteen (or eight) bytes at a time.
OnCandidates FindOnCandidates(std::string_view text) {
  OnCandidates found;
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 17 <= text.size(); i += 16) {
    __m128i o = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)),
                               _mm_set1_epi8('o'));
    __m128i n = _mm_cmpeq_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1)), _mm_set1_epi8('n'));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(o, n))); m != 0;
         m &= m - 1) {
      AddOnCandidate(text, i + static_cast<size_t>(std::countr_zero(m)), &found);
    }
  }
#endif
  for (; i + 9 <= text.size(); i += 8) {
    uint64_t o = BytesEqual8(Load8(text.data() + i), 'o');
    if (o == 0) continue;
    for (uint64_t m = o & BytesEqual8(Load8(text.data() + i + 1), 'n'); m != 0; m &= m - 1) {
      AddOnCandidate(text, i + (static_cast<size_t>(std::countr_zero(m)) >> 3), &found);
    }
  }
  for (; i + 1 < text.size(); ++i) {
    if (text[i] == 'o' && text[i + 1] == 'n') AddOnCandidate(text, i, &found);
  }
  return found;
}

// The opening of a month name in MonthDay() (case-sensitive: every name opens so), or a digit.
bool OpensMonthName(std::string_view text, size_t at) {
  static constexpr std::string_view kOpenings[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (at + 3 > text.size()) return false;
  std::string_view three = text.substr(at, 3);
  return std::find(std::begin(kOpenings), std::end(kOpenings), three) != std::end(kOpenings);
}

// False when MonthDay() (`day_first` false) or DayMonth() (true) cannot match at the "on" at
// text[on]: after "on" and its white space (kWeekdayOpt's "Wednesday, " skipped when there),
// a month name must open (MonthDay) or a digit stand (DayMonth). Taking fewer of the white
// space bytes would put white space where these must stand.
bool MayOpenMonthDay(std::string_view text, size_t on, bool day_first) {
  auto opens = [&](size_t at) {
    if (day_first) return at < text.size() && text[at] >= '0' && text[at] <= '9';
    return OpensMonthName(text, at);
  };
  size_t at = on + 2;
  while (at < text.size() && IsRegexSpace(text[at])) ++at;
  if (opens(at)) return true;
  static constexpr std::string_view kStems[] = {"Mon", "Tues",  "Wednes", "Thurs",
                                                "Fri", "Satur", "Sun"};
  for (std::string_view stem : kStems) {
    std::string_view rest = text.substr(at);
    if (!rest.starts_with(stem) || rest.substr(stem.size()).substr(0, 3) != "day") continue;
    size_t next = at + stem.size() + 3;
    if (next < text.size() && text[next] == ',') ++next;
    size_t spaces = next;
    while (next < text.size() && IsRegexSpace(text[next])) ++next;
    return next > spaces && opens(next);
  }
  return false;
}

// Calls f(weekday, month, day, yearless) with the groups of each match of `re` (MonthDay() or
// DayMonth(), `day_first` for the second) in `text`, as RE2::FindAndConsume would find them
// one after another: each is the leftmost match in the text after the previous one, read with
// no context before that point. Every match starts at an OnCandidates position; at each, in
// order, the match anchored there is the leftmost one if there is one.
template <typename F>
void ForEachMonthDay(const RE2& re, bool day_first, std::string_view text,
                     const std::vector<size_t>& candidates, F&& f) {
  size_t consumed = 0;
  re2::StringPiece g[5];
  for (size_t on : candidates) {
    if (on < consumed) continue;
    // The rest of the text after the last match, as FindAndConsume sees it: "on" at its start
    // stands after a word boundary.
    if (on > consumed && IsRegexWordByte(text[on - 1])) continue;
    if (!MayOpenMonthDay(text, on, day_first)) continue;
    re2::StringPiece rest(text.data() + consumed, text.size() - consumed);
    if (!re.Match(rest, on - consumed, rest.size(), RE2::ANCHOR_START, g, 5)) continue;
    std::string_view month(g[day_first ? 3 : 2].data(), g[day_first ? 3 : 2].size());
    std::string_view day(g[day_first ? 2 : 3].data(), g[day_first ? 2 : 3].size());
    f(std::string_view(g[1].data(), g[1].size()), month, day, g[4].empty());
    consumed = static_cast<size_t>(g[0].data() + g[0].size() - text.data());
  }
}

void FindEnglishMonthDays(std::string_view text, DayAdder* add) {
  OnCandidates candidates = FindOnCandidates(text);
  if (!candidates.gate) return;
  auto add_day = [&](std::string_view weekday, std::string_view month, std::string_view day,
                     bool yearless) {
    int d = 0;
    for (char c : day) d = d * 10 + (c - '0');  // \d{1,2}
    if (yearless) add->AddMonthDay(MonthNumber(month), d, WeekdayFromStem(weekday));
  };
  ForEachMonthDay(MonthDay(), false, text, candidates.at, add_day);
  ForEachMonthDay(DayMonth(), true, text, candidates.at, add_day);
}

bool IsIndonesianWeekday(std::string_view lower) {
  for (std::string_view d : {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"}) {
    if (lower == d) return true;
  }
  return false;
}

// "hari ini, Rabu (11/10)", "hari ini (12/6)": a weekday or a date in brackets or digits right
// after `at` (spaces and a comma between).
bool DayFollows(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == ',')) ++at;
  if (at < text.size() && (text[at] == '(' || std::isdigit(static_cast<unsigned char>(text[at])))) {
    return true;
  }
  return IsIndonesianWeekday(LowerWordAfter(text, at));
}

// True when `phrase` ("hari ini", "pagi ini", ...) at `at` in `text` names the publication day:
// not "hingga hari ini" (until today), "beberapa hari ini" (these few days), "hari-hari ini"
// (these days), "Selasa pagi ini" (the weekday names the day), "hari ini, Rabu (11/10)" (so
// does what follows), nor "kelab malam ini" (this nightclub), "pasar pagi ini" (this morning
// market), "jam malam ini" (this curfew): a noun with its time of day.
bool NamesToday(std::string_view text, size_t at, std::string_view phrase) {
  static constexpr std::string_view kSpans[] = {"hingga", "sampai", "beberapa"};
  static constexpr std::string_view kCompounds[] = {"kelab", "klub", "pasar", "sekolah",
                                                    "shift", "sif",  "jam"};
  auto among = [](const std::string& word, const auto& list) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
  };
  const std::string before = LowerWordBefore(text, at);
  if ((at > 0 && text[at - 1] == '-') || among(before, kSpans) || IsIndonesianWeekday(before)) {
    return false;
  }
  if (phrase != "hari ini" && among(before, kCompounds)) return false;
  return !DayFollows(text, at + phrase.size());
}

// "hari ini" (today) narrated (outside quotations, where speakers use it loosely), or a part of
// today: "pagi ini" (this morning, as Malaysian and Indonesian wire copy dates its event),
// "siang ini", "sore ini", "petang ini", "malam ini".
void FindToday(std::string_view text, DayAdder* add) {
  static constexpr std::string_view kParts[] = {"hari", "pagi", "siang", "sore", "petang", "malam"};
  // Which of the phrases ("<part> ini") the text holds at all, in one pass over its "ini"s (a
  // pass per phrase cost 3 % of a text run); only those are then looked for as narrated.
  unsigned present = 0;
  for (size_t at = FindBytePair(text, 'i', 'n'); at != std::string_view::npos;
       at = FindBytePair(text, 'i', 'n', at + 1)) {
    if (at < 2 || text[at - 1] != ' ' || at + 2 >= text.size() || text[at + 2] != 'i') continue;
    size_t start = at - 1;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') --start;
    std::string_view before = text.substr(start, at - 1 - start);
    while (!before.empty() && !std::isalpha(static_cast<unsigned char>(before.front()))) {
      before.remove_prefix(1);  // "(hari ini": what opens the word is no part of it
    }
    for (size_t k = 0; k < std::size(kParts); ++k) {
      if (EqualsIgnoreCase(before, kParts[k])) present |= 1u << k;
    }
  }
  for (size_t k = 0; k < std::size(kParts); ++k) {
    if ((present & (1u << k)) == 0) continue;
    const std::string today = std::string(kParts[k]) + " ini";
    for (size_t at : NarratedWordPositions(text, today)) {
      if (!NamesToday(text, at, today)) continue;
      add->AddDay(add->pub_day());
      return;
    }
  }
}

}  // namespace

void FindRelativeDates(std::string_view text, std::string_view published,
                       std::vector<std::string>* out) {
  TimePoint pub;  // the publication day at midnight UTC: its day number is exact
  if (published.size() < 10 || !ParseIsoTime(published.substr(0, 10), &pub)) return;
  DayAdder add(pub.epoch_seconds / 86400, out);
  FindEnglishMonthDays(text, &add);
  FindToday(text, &add);
}

}  // namespace kabar::extract
