// Boilerplate phrases. One RE2::Set holds every pattern, anchored to the whole trimmed line
// and case-insensitive; the first matching pattern (lowest index) gives the reason. The lists
// are general knowledge of Indonesian and English news-site furniture, not any one page's.
#include "extract/boilerplate.h"

#include <re2/re2.h>
#include <re2/set.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "common/ascii8.h"
#include "common/ascii_case.h"
#include "extract/boilerplate_patterns.h"
#include "extract/line_facts.h"
#include "extract/phrase_index.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Longer lines are never boilerplate phrases.
constexpr size_t kMaxPhraseLine = 400;

// True when a pattern can match a line whatever the line's opening words: it starts with an
// unbounded run (".*", "[^.!?]*"). Such patterns keep the set's automaton alive to the end of
// every line, so they live in a second set that runs only when their keywords occur.
bool MatchesAnywhere(const char* regex) {
  std::string_view r(regex);
  return r.starts_with(".*") || r.starts_with("[^.!?]*");
}

// The bytes of `set` as a table (a lookup, where find would call memchr per line).
constexpr std::array<bool, 256> ByteTable(std::string_view set) {
  std::array<bool, 256> t{};
  for (char c : set) t[static_cast<unsigned char>(c)] = true;
  return t;
}

// What may close a promo's call after its last word.
constexpr std::array<bool, 256> kPromoCallTail = ByteTable(".!)] -*=~");

// True when `line` ends with one of `endings` (lower case, each a different last letter), in
// any ASCII case: the last letter tells which one to compare, so most lines are ruled out by
// one byte, without scanning them.
bool EndsWithOneOf(std::string_view line, std::initializer_list<std::string_view> endings) {
  if (line.empty()) return false;
  const char last = static_cast<char>(line.back() | 0x20);
  for (std::string_view end : endings) {
    if (end.back() == last) return EndsWithIgnoreCase(line, end);
  }
  return false;
}

// True when the trimmed `line` ends with a promo's call, "Langganan sekarang", "Subscribe now",
// "daftar di sini" (a closing '.' or '!', brackets and ASCII decoration aside): its last word
// is "sekarang", "now", "today" or "sini".
bool EndsWithPromoCall(std::string_view line) {
  while (!line.empty() && kPromoCallTail[static_cast<unsigned char>(line.back())]) {
    line.remove_suffix(1);
  }
  return EndsWithOneOf(line, {"sekarang", "now", "today", "sini"});
}

// True when `line` ends as a wire story's note on who else reported it ("... contributed to
// this report.").
bool EndsWithContributionNote(std::string_view line) {
  if (!line.empty() && line.back() == '.') line.remove_suffix(1);  // the line is trimmed
  return EndsWithOneOf(line, {" to this report", " to this story", " to this article"});
}

// True when `line` ends as an academic writer's disclosure or funding note does ("... their
// academic appointment.", "... dari artikel ini.", "... The Conversation AU.").
bool EndsWithDisclosure(std::string_view line) {
  if (!line.empty() && line.back() == '.') line.remove_suffix(1);  // the line is trimmed
  // "The Conversation AU": the edition's two letters after the name.
  const std::string_view without_edition =
      line.size() > 3 && line[line.size() - 3] == ' ' ? line.substr(0, line.size() - 3) : line;
  for (std::string_view s : {line, without_edition}) {
    if (EndsWithOneOf(
            s, {"academic appointment", "this article", "artikel ini", "the conversation"})) {
      return true;
    }
  }
  return false;
}

// True when `line` ends as an outlet's note that a text is not its newsroom's does ("... Isi di
// luar tanggung jawab redaksi.", "(... bukan tanggungjawab redaksi)").
bool EndsWithEditorsDisclaimer(std::string_view line) {
  while (!line.empty() && (line.back() == '.' || line.back() == ')')) line.remove_suffix(1);
  return EndsWithOneOf(line, {"jawab redaksi"});
}

// The keywords MayMatchAnywhere looks for first ("rved", "cipta", "(c)", "\xC2\xA9", "klik di",
// "click here", in any ASCII case) are found by one byte of each, its key ('v', 'p', '(',
// 0xA9, 'k'), and compared around each key byte found: the key's neighbour first, which rules
// out most places. Keys are looked for as `byte | 0x20`, which finds both cases of a letter
// (and 0x08, 0x89 for '(', 0xA9: the comparison rules those out).
constexpr std::array<bool, 256> kIsKeywordKey = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    unsigned char folded = static_cast<unsigned char>(c | 0x20);
    t[c] = folded == 'v' || folded == 'p' || folded == '(' || folded == 0xA9 || folded == 'k';
  }
  return t;
}();

char LowerByte(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

// True when a keyword's key byte is text[i] and the keyword is there, in any ASCII case.
bool KeywordAt(std::string_view text, size_t i) {
  auto at = [&](std::string_view keyword, size_t key) {
    return i >= key && i - key + keyword.size() <= text.size() &&
           EqualsIgnoreCase(text.substr(i - key, keyword.size()), keyword);
  };
  // The keyword's bytes around the key are compared inline first ("ve", "pt", "k " open many
  // other words' ends); the call compares the rest.
  const char next = i + 1 < text.size() ? LowerByte(text[i + 1]) : '\0';
  const char before = i > 0 ? LowerByte(text[i - 1]) : '\0';
  switch (LowerByte(text[i])) {
    case 'v':
      return next == 'e' && before == 'r' && at("rved", 1);
    case 'p':
      return next == 't' && before == 'i' && at("cipta", 2);
    case '(':
      return next == 'c' && at("(c)", 0);
    case '\xA9':
      return at("\xC2\xA9", 1);
    case 'k':  // "klik di" or "click here", told by the byte before the 'k'
      if (next != ' ') return false;
      return before == 'i' ? at("klik di", 3) : before == 'c' && at("click here", 4);
    default:  // 0x08 or 0x89
      return false;
  }
}

// For each key byte (either case), the lowered byte KeywordAt needs after it; 1 for the copyright
// sign (a byte before), 0 for the bytes | 0x20 also finds (0x08, 0x89), which are no key.
constexpr std::array<char, 256> kKeyNext = [] {
  std::array<char, 256> t{};
  t['v'] = t['V'] = 'e';
  t['p'] = t['P'] = 't';
  t['('] = 'c';
  t['k'] = t['K'] = ' ';
  t[0xA9] = 1;
  return t;
}();

// True when the byte after text[at] (or its being no key) already rules a keyword out there:
// the first test KeywordAt makes.
inline bool NextRulesOut(std::string_view text, size_t at) {
  const char need = kKeyNext[static_cast<unsigned char>(text[at])];
  if (need == 1) return false;
  return need == 0 || at + 1 >= text.size() || LowerByte(text[at + 1]) != need;
}

// True when `text` holds one of the keywords in any ASCII case: one pass, 16 bytes at a time
// where SSE2 is, the key bytes found as a bit mask.
bool HasAnywhereKeyword(std::string_view text) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i v = _mm_set1_epi8('v'), p = _mm_set1_epi8('p'), paren = _mm_set1_epi8('('),
                sign = _mm_set1_epi8('\xA9'), k = _mm_set1_epi8('k');
  for (; i + 16 <= text.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    x = _mm_or_si128(x, _mm_set1_epi8(0x20));
    const __m128i m =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, v), _mm_cmpeq_epi8(x, p)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, paren), _mm_cmpeq_epi8(x, sign)),
                                  _mm_cmpeq_epi8(x, k)));
    for (unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(m)); bits != 0; bits &= bits - 1) {
      const size_t at = i + static_cast<size_t>(std::countr_zero(bits));
      if (NextRulesOut(text, at)) continue;  // most places: inline, before the call
      if (KeywordAt(text, at)) return true;
    }
  }
#endif
  for (; i < text.size(); ++i) {
    if (kIsKeywordKey[static_cast<unsigned char>(text[i])] && KeywordAt(text, i)) return true;
  }
  return false;
}

// True when `text` holds '.', '!' or '?': one pass, sixteen bytes a step where SSE2 is (three
// memchr calls would each cross a line that has none).
bool HasSentenceStop(std::string_view text) {
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i stops = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
        _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
    if (_mm_movemask_epi8(stops) != 0) return true;
  }
#endif
  for (; i < text.size(); ++i) {
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') return true;
  }
  return false;
}

// True when `text` holds "wnload" or "unduh" in any ASCII case, without lowering it: both have
// an 'n' second, followed by 'l' or 'd', and only such places are compared. `byte | 0x20` is 'n',
// 'l' or 'd' exactly for that letter in either case.
bool HasDownloadWord(std::string_view text) {
  auto word_at = [text](size_t n_at) {  // text[n_at] is 'n' or 'N', n_at >= 1
    std::string_view from = text.substr(n_at - 1);
    return StartsWithIgnoreCase(from, "wnload") || StartsWithIgnoreCase(from, "unduh");
  };
  size_t i = 1;  // where the 'n' may be
#ifdef __SSE2__
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; i + 17 <= text.size(); i += 16) {  // x: the bytes at i.., y: the bytes after them
    const __m128i x =
        _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), case_bit);
    const __m128i y = _mm_or_si128(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1)), case_bit);
    const __m128i n_then_l_or_d = _mm_and_si128(
        _mm_cmpeq_epi8(x, _mm_set1_epi8('n')),
        _mm_or_si128(_mm_cmpeq_epi8(y, _mm_set1_epi8('l')), _mm_cmpeq_epi8(y, _mm_set1_epi8('d'))));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(n_then_l_or_d)); m != 0; m &= m - 1) {
      if (word_at(i + static_cast<size_t>(std::countr_zero(m)))) return true;
    }
  }
#endif
  for (; i + 1 < text.size(); ++i) {
    const char next = static_cast<char>(text[i + 1] | 0x20);
    if ((text[i] | 0x20) == 'n' && (next == 'l' || next == 'd') && word_at(i)) return true;
  }
  return false;
}

// True when `line` holds what every line an anywhere pattern matches holds: "rved" (all rights
// reserved), "cipta" (hak cipta dilindungi), a copyright sign or "(c)", "klik di"/"klik
// disini"/"click here" (a link prompt), an ending "sekarang", "now", "today" or "sini" (a promo's
// call to subscribe or sign up), an ending of a contribution note, an academic's disclosure or
// an outlet's disclaimer of a text, or "wnload" or "unduh" (download the app) in a line without
// sentence punctuation, in any case.
// None of these letters has a Unicode case variant RE2 would also fold to it (as KELVIN SIGN folds
// to 'k'), so the test is exact. `facts` describe the line or a line that is it with brackets or
// white space around (none of the bytes looked for is one of those); `line` is the line trimmed.
bool MayMatchAnywhere(const LineFacts& facts, std::string_view line) {
  if (HasAnywhereKeyword(facts.text())) return true;
  if (EndsWithPromoCall(line) || EndsWithContributionNote(line) || EndsWithDisclosure(line) ||
      EndsWithEditorsDisclaimer(line)) {
    return true;
  }
  return !HasSentenceStop(facts.text()) && HasDownloadWord(facts.text());
}

// True when `needle` (which cannot overlap itself) occurs twice in `line`.
bool HasTwice(std::string_view line, std::string_view needle) {
  size_t first = line.find(needle);
  return first != std::string_view::npos &&
         line.find(needle, first + needle.size()) != std::string_view::npos;
}

class PhraseSet {
 public:
  PhraseSet() {
    const std::span<const BoilerplatePattern> patterns = BoilerplatePatterns();
    for (int i = 0; i < static_cast<int>(patterns.size()); ++i) {
      const char* regex = patterns[i].regex;
      Part& part = MatchesAnywhere(regex) ? anywhere_ : openings_.Add(regex) ? told_ : untold_;
      std::string error;
      if (part.set.Add(regex, &error) >= 0) part.index.push_back(i);  // a bad one is a bug
    }
    ok_ = told_.set.Compile() && untold_.set.Compile() && anywhere_.set.Compile();
  }

  // The reason of the first pattern (lowest index in BoilerplatePatterns()) that matches the
  // whole line. `anywhere`: MayMatchAnywhere(line).
  std::string_view Reason(std::string_view line, bool anywhere) const {
    if (!ok_) return {};
    int best = -1;
    // The index answers false only when no pattern it told can match (phrase_index.h).
    if (openings_.MayMatch(line)) best = told_.Best(line, best);
    // The one pattern the index cannot tell, the breadcrumb trail "Home / News / Sport",
    // matches only lines with "/ " twice (PhraseIndex's test checks that it is the only one).
    if (HasTwice(line, "/ ")) best = untold_.Best(line, best);
    if (anywhere) best = anywhere_.Best(line, best);
    return best >= 0 ? std::string_view(BoilerplatePatterns()[best].reason) : std::string_view();
  }

 private:
  static RE2::Options Options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    return o;
  }

  // Some of the patterns as one set, anchored to the whole line.
  struct Part {
    Part() : set(Options(), RE2::ANCHOR_BOTH) {}

    // The lowest pattern index among `best` (-1: none) and the hits of the set on `line`.
    int Best(std::string_view line, int best) const {
      re2::StringPiece text(line.data(), line.size());
      // Most lines match nothing: asking first without the list of hits is cheaper (RE2 then
      // stops at the first match and allocates nothing).
      if (!set.Match(text, nullptr)) return best;
      std::vector<int> hits;
      if (!set.Match(text, &hits)) return best;
      for (int h : hits) {
        if (best < 0 || index[h] < best) best = index[h];
      }
      return best;
    }

    RE2::Set set;
    std::vector<int> index;  // set index -> pattern index
  };

  PhraseIndex openings_;  // the openings of the patterns in told_
  Part told_;             // patterns the index tells by their openings
  Part untold_;           // other patterns anchored on the line's opening (none but one)
  Part anywhere_;         // patterns that may match from any opening (MatchesAnywhere)
  bool ok_ = false;
};

const PhraseSet& Phrases() {
  static const PhraseSet* set = new PhraseSet();
  return *set;
}

const RE2& RelativeTimeLine() {
  static const RE2 re(
      "(?i)(?:(?:\\d+|se|a|an|one)\\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|"
      "secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|months?|years?)\\s+(?:yang\\s+)?"
      "(?:lalu|ago)|kemarin|yesterday|baru saja|just now)"
      "(?:,?\\s+(?:at|pukul)\\s+\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|wib|wita|wit)?)?");
  return re;
}

}  // namespace

std::string_view BoilerplateReason(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxPhraseLine) return {};
  return BoilerplateReason(LineFacts(line));
}

namespace {

// The first bytes of the decorations WithoutDecoration strips (0xE2 leads the dashes).
constexpr std::array<bool, 256> kDecorationFront = ByteTable("-*=~\xE2");

// `line` without the dashes, stars or equal signs set on both its sides ("- Advertisement -",
// "\u2014 Iklan \u2014", "*** Ads ***"); `line` itself when either side has none.
std::string_view WithoutDecoration(std::string_view line) {
  // A line that opens with none of the decorations' first bytes, as most do, has none.
  if (line.empty() || !kDecorationFront[static_cast<unsigned char>(line.front())]) return line;
  auto decoration_at = [](std::string_view s, bool front) -> size_t {
    for (std::string_view d : {"-", "*", "=", "~", "\xE2\x80\x93", "\xE2\x80\x94"}) {
      if (front ? s.starts_with(d) : s.ends_with(d)) return d.size();
    }
    return 0;
  };
  std::string_view inner = line;
  size_t front = 0, back = 0;
  for (size_t n = decoration_at(inner, true); n > 0; n = decoration_at(inner, true)) {
    inner.remove_prefix(n);
    front += n;
  }
  for (size_t n = decoration_at(inner, false); n > 0; n = decoration_at(inner, false)) {
    inner.remove_suffix(n);
    back += n;
  }
  if (front == 0 || back == 0) return line;
  return Trim(inner);
}

}  // namespace

std::string_view BoilerplateReason(const LineFacts& facts) {
  std::string_view line = Trim(facts.text());
  if (line.empty() || line.size() > kMaxPhraseLine) return {};
  bool anywhere = MayMatchAnywhere(facts, line);
  std::string_view reason = Phrases().Reason(line, anywhere);
  // "[ 167 comments ]", "(Advertisement)": the same phrase in brackets.
  if (reason.empty() && line.size() > 2 &&
      ((line.front() == '[' && line.back() == ']') ||
       (line.front() == '(' && line.back() == ')'))) {
    reason = Phrases().Reason(Trim(line.substr(1, line.size() - 2)), anywhere);
  }
  // "- Advertisement -", "*** Iklan ***": the same phrase between dashes or stars.
  if (reason.empty()) {
    std::string_view inner = WithoutDecoration(line);
    if (inner.size() < line.size()) reason = Phrases().Reason(inner, anywhere);
  }
  return reason;
}

bool EndsArticle(std::string_view line) { return EndsArticle(line, BoilerplateReason(line)); }

bool EndsArticle(std::string_view line, std::string_view reason) {
  if (reason == "comment-policy" || reason == "comments" || reason == "footer" ||
      reason == "tags" || reason == "hashtag" || reason == "sponsor") {
    return true;
  }
  if (reason != "related") return false;
  // A heading alone ("Berita Terkait", "Related Articles") ends the article; an inline teaser
  // ("Baca Juga: ...", or "Baca Juga" with its headline on the next line) does not.
  return CountWords(line) <= 4 && line.find(':') == std::string_view::npos &&
         !IsTeaserHeading(line);
}

bool IsTeaserHeading(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 40) return false;
  static const RE2 re(
      "(?i)(?:(?:(?:baca|lihat|simak|tonton) (?:juga|pula)|read also|also read|see also|"
      "lee tambi\u00e9n|leia tamb\u00e9m|(?:\u00e0 )?lire aussi|lesen sie auch|mehr zum thema|"
      "m\u00e1s informaci\u00f3n|tin li\u00ean quan|xem th\u00eam|\u0627\u0642\u0631\u0623 "
      "\u0623\u064a\u0636\u0627\u064b?)\\s*:?|"
      "(?:read more|related|berita terkait|artikel terkait|(?:artikel|berita) lainnya|"
      "editor'?s? picks?|pilihan editor|also on [^.!?:]+)\\s*:)");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

namespace {

// The lowered first letters of RelativeTimeLine()'s words: "se", "a(n)", "one", "kemarin",
// "yesterday", "baru saja", "just now".
constexpr std::array<bool, 256> kRelativeTimeInitials = ByteTable("saokybj");

}  // namespace

bool IsRelativeTimeLine(std::string_view line) {
  line = Trim(line);
  constexpr size_t kMaxLine = 60;
  if (line.empty() || line.size() > kMaxLine) return false;
  // RelativeTimeLine() opens with a digit, one of "se", "a(n)", "one", "kemarin",
  // "yesterday", "baru saja", "just now" in any case, or with KELVIN SIGN (E2 ..) or LONG S
  // (C5 ..), which RE2's case folding turns into 'k' and 's'.
  unsigned char first = static_cast<unsigned char>(line[0]);
  if (!(first >= '0' && first <= '9') && first != 0xE2 && first != 0xC5 &&
      !kRelativeTimeInitials[first | 0x20]) {
    return false;
  }
  char buf[kMaxLine];  // the line in ASCII lower case, without allocating
  LowerAsciiCopy(line.data(), line.size(), buf);
  std::string_view lower(buf, line.size());
  bool cue = false;
  for (std::string_view w : {"lalu", "ago", "kemarin", "yesterday", "baru saja", "just now"}) {
    cue = cue || lower.find(w) != std::string_view::npos;
  }
  if (!cue) return false;
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), RelativeTimeLine());
}

}  // namespace kabar::extract
