#include "extract/text_node_lines.h"

#include <algorithm>
#include <array>

#include "common/ascii_case.h"
#include "extract/boilerplate.h"
#include "extract/dateline.h"
#include "extract/text_lines.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// At most one line in this many is blank or indented on a text-node-per-line page.
constexpr int kMaxBlankShare = 20;
// The sniff stops at once when more than this many lines, plus one in kMaxBlankShare of the
// lines read, are blank or indented.
constexpr int kBlankSlack = 2;
// A page shows its shape with at least this many lines only a split inline run prints.
constexpr int kMinFragments = 2;
// A paragraph on one line: the page's longest line is longer than this (bytes). Text wrapped at a
// width (a hand-wrapped README, a tool's dump) has none, and its lines cut after a lower-case
// word are no split inline runs.
constexpr size_t kMinLongestLine = 160;
// A label ("Baca juga :", "Reporter:") has at most this many words.
constexpr size_t kMaxLabelWords = 3;
// The value a label or a byline word joins has at most this many words.
constexpr size_t kMaxLabelValueWords = 20;
constexpr size_t kMaxBylineNameWords = 6;
// A link or an emphasised run inside a sentence has at most this many words...
constexpr size_t kMaxInlineRunWords = 6;
// ...and the sentence before it at least this many.
constexpr size_t kMinProseWords = 4;
// A sentence cut after a lower-case word ("The most recent") takes the short line after it with
// at least this many words.
constexpr size_t kMinRunLeadWords = 3;
// The lower-case rule needs one of the two lines to have at least this many words.
constexpr size_t kMinContinuationWords = 3;
// A dateline a dash continues ("ST. JOSEPH, Mich. (AP)") has at most this many words.
constexpr size_t kMaxDatelineWords = 8;
// A photo credit ("KONTAN/Bagas Wiratama") has at most this many words; the caption before it
// at least kMinCaptionWords.
constexpr size_t kMaxPhotoCreditWords = 5;
constexpr size_t kMinCaptionWords = 6;

// Separators a page sets between inline elements, printed alone on a line. The first two glue
// to the text before them ("Name, Name", "Reporter: Name"); the others stand between spaces.
constexpr std::array<std::string_view, 2> kGluedSeparators = {",", ":"};
constexpr std::array<std::string_view, 14> kSpacedSeparators = {"|",
                                                                "/",
                                                                "-",
                                                                "&",
                                                                "\xE2\x80\xA2" /* • */,
                                                                "\xC2\xB7" /* · */,
                                                                "\xE2\x80\x93" /* – */,
                                                                "\xE2\x80\x94" /* — */,
                                                                "\xC2\xBB" /* » */,
                                                                "\xE2\x80\xBA" /* › */,
                                                                ">",
                                                                "and",
                                                                "dan",
                                                                "y"};

// Words that open a byline with no colon ("By", "Oleh"), alone on a line.
constexpr std::array<std::string_view, 7> kBylineWords = {"by",  "oleh", "written by",  "words by",
                                                          "von", "por",  "ditulis oleh"};

bool IsGluedSeparator(std::string_view line) {
  return std::find(kGluedSeparators.begin(), kGluedSeparators.end(), line) !=
         kGluedSeparators.end();
}

bool IsSpacedSeparator(std::string_view line) {
  return std::find(kSpacedSeparators.begin(), kSpacedSeparators.end(), line) !=
         kSpacedSeparators.end();
}

bool IsSeparator(std::string_view line) {
  return IsGluedSeparator(line) || IsSpacedSeparator(line);
}

bool IsClosingByte(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

// ", Senin (14/4).", ". Next", ")." — closing punctuation opening the line, then a space, more
// closing punctuation or the line's end. A lone "," or ":" is a separator (joins both sides).
bool OpensWithClosingPunctuation(std::string_view line) {
  if (line.empty() || !IsClosingByte(line[0]) || IsSeparator(line)) return false;
  if (line.size() == 1) return true;
  if (line.starts_with("...")) return false;  // an ellipsis opening a teaser
  return line[1] == ' ' || IsClosingByte(line[1]) || line[1] == '"';
}

// A closing quote alone or opening the line glued ("”, kata dia").
bool OpensWithClosingQuote(std::string_view line) {
  constexpr std::string_view kRightQuote = "\xE2\x80\x9D";  // ”
  if (!line.starts_with(kRightQuote)) return false;
  return line.size() == kRightQuote.size() || line[kRightQuote.size()] == ' ' ||
         IsClosingByte(line[kRightQuote.size()]);
}

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return IsAsciiLower(c) || (c >= 'A' && c <= 'Z'); }

// A line opening with a plain lower-case word: letters, '-' and '\'' up to a space or a comma
// ("year on year", "covers health ..."); "jpnn.com, DENPASAR" and "e@mail" are no such word.
bool OpensWithLowerWord(std::string_view line) {
  if (line.empty() || !IsAsciiLower(line[0])) return false;
  for (char c : line) {
    if (c == ' ' || c == ',' || c == ';') return true;
    if (!IsAsciiLetter(c) && c != '-' && c != '\'') return false;
  }
  return true;
}

// True when `text` ends mid-sentence: its last character is no sentence end, colon or closing
// quote.
bool EndsOpen(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
      last == '\'') {
    return false;
  }
  // ” ’ … » (UTF-8 ending in 0x9D, 0x99, 0xA6 after E2 80; » is C2 BB).
  if (text.ends_with("\xE2\x80\x9D") || text.ends_with("\xE2\x80\x99") ||
      text.ends_with("\xE2\x80\xA6") || text.ends_with("\xC2\xBB")) {
    return false;
  }
  return true;
}

// "Angka itu hanya tumbuh 3,1% secara tahunan atau": a sentence of kMinProseWords words or more
// cut after a lower-case word (or a comma, or a word like "2009's") (WET text's lines that a
// lower-case word follows end in a name, a date or a bracket: "| iNews Banten", "March 11, 2025").
// `line_words` is CountWords(line), which a joined run keeps as it grows.
bool CutMidSentence(std::string_view line, size_t line_words, size_t min_words) {
  if (line.empty() || (!IsAsciiLower(line.back()) && line.back() != ',')) return false;
  size_t space = line.find_last_of(" \xA0");  // a space, or a no-break space's last byte
  if (space == std::string_view::npos) return false;
  const char first = line[space + 1];  // "atau", "2009's": no capitalised word
  if (!IsAsciiLower(first) && !(first >= '0' && first <= '9')) return false;
  return line_words >= min_words;
}

bool CutMidSentence(std::string_view line) {
  return CutMidSentence(line, CountWords(line), kMinProseWords);
}

// "Feckless Chargers. Always the same.": a sentence ends inside the line (a link or an italic
// title holds none).
bool HoldsSentenceBreak(std::string_view line) {
  for (std::string_view stop : {". ", "? ", "! "}) {
    if (line.find(stop) != std::string_view::npos) return true;
  }
  return false;
}

// "Star Trek Beyond.", "... the truth”": a line ending a sentence.
bool EndsSentence(std::string_view line) {
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?' ||
                           line.back() == '"' || line.ends_with("\xE2\x80\x9D"));
}

// "(YoY), jauh di bawah ...": a bracket opening the line whose text goes on after it.
bool OpensWithBracketAside(std::string_view line) {
  if (!line.starts_with('(')) return false;
  size_t close = line.find(')');
  return close != std::string_view::npos && close + 1 < line.size();
}

// "— Michigan health ...", "- said": a dash and a space opening the line.
bool OpensWithDash(std::string_view line) {
  for (std::string_view dash : {"- ", "\xE2\x80\x93 ", "\xE2\x80\x94 "}) {
    if (line.starts_with(dash) && line.size() > dash.size()) return true;
  }
  return false;
}

bool IsBylineWord(std::string_view line) {
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  for (std::string_view w : kBylineWords) {
    if (EqualsIgnoreCase(line, w)) return true;
  }
  return false;
}

// "Baca juga :", "Reporter:", "| Editor:": a short label ending in a colon.
bool IsLabel(std::string_view line) {
  return line.size() > 1 && line.back() == ':' && CountWords(line) <= kMaxLabelWords &&
         CountWords(line) >= 1;
}

// "KONTAN/Bagas Wiratama", "MI/Bayu Anggoro": an outlet and a photographer's name.
bool IsPhotoCredit(std::string_view line) {
  // "Photo: Handout", "Foto: Antara/Fikri": a photo label and the name after it.
  for (std::string_view label : {"Photo: ", "Foto: ", "Photo by ", "Foto oleh "}) {
    if (line.starts_with(label)) return CountWords(line) <= kMaxPhotoCreditWords + 1;
  }
  size_t slash = line.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= line.size()) return false;
  if (!StartsUpper(line) || !StartsUpper(line.substr(slash + 1))) return false;
  for (size_t i = 0; i < slash; ++i) {
    if (!IsAsciiLetter(line[i])) return false;
  }
  return CountWords(line) <= kMaxPhotoCreditWords && EndsOpen(line);
}

// Line that continues the one before when it is a piece of the same run of text.
bool Continues(std::string_view line) {
  return OpensWithClosingPunctuation(line) || OpensWithClosingQuote(line) ||
         OpensWithLowerWord(line);
}

// "Kupang, Beritasatu.com -", "KONTAN.CO.ID - JAKARTA.": a story's dateline in an element of its
// own, before the first paragraph's text.
bool OpensWithDateline(std::string_view before, std::string_view next) {
  if (before.find('-') == std::string_view::npos &&
      before.find("\xE2\x80") == std::string_view::npos) {
    return false;  // no dash of any kind
  }
  std::string joined(before);
  joined += ' ';
  joined.append(next.substr(0, std::min<size_t>(next.size(), 64)));
  Dateline d;
  return ParseDateline(joined, &d) && d.length >= before.size() / 2;
}

// How line `next` joins the text before it: not at all, glued, or after a space.
enum class Join { kNone, kGlued, kSpaced };

struct JoinState {
  std::string_view text;        // the joined line so far
  size_t text_words = 0;        // CountWords(text), kept as the line grows (no rescan per piece)
  std::string_view last_piece;  // its last page line
  bool force_next = false;      // it ends in a separator: the next line joins it
  std::string_view page_title;  // the page's first line (a scraper prints <title> first)
};

// A headline (in sentence case, it ends after a lower-case word too) is the page's <title>, or
// the part of it before the outlet's name: what follows it is a new element.
bool HoldsHeadline(std::string_view page_title, std::string_view line) {
  return line.size() >= kMinHeadlineBytes && page_title.find(line) != std::string_view::npos;
}

bool IsHeadline(const JoinState& s) { return HoldsHeadline(s.page_title, s.text); }

bool JoinsAsRun(const JoinState& s, std::string_view next, std::string_view after);

// "Reporter:" + "Wahyu Adi Nugroho", "Oleh" + "Siti Aisyah": a label or a byline word and the
// value after it.
bool JoinsLabel(std::string_view label, std::string_view next) {
  const bool label_colon = IsLabel(label);
  if (!label_colon && !IsBylineWord(label)) return false;
  if (next.ends_with(':') || IsSeparator(next)) return false;
  const size_t words = CountWords(next);
  return label_colon ? words <= kMaxLabelValueWords
                     : words <= kMaxBylineNameWords && StartsUpper(next);
}

// Known boilerplate, but for a read-also heading ("Baca juga:"), whose headline may join it.
bool IsFurniture(std::string_view line) {
  return !BoilerplateReason(line).empty() && !IsTeaserHeading(line);
}

Join HowJoins(const JoinState& s, std::string_view next, std::string_view after) {
  if (s.text.empty() || next.empty()) return Join::kNone;
  if (s.text.size() + next.size() >= kMaxJoinedBytes) return Join::kNone;
  if (IsGluedSeparator(next)) return Join::kGlued;
  // A separator before the page's headline ends a rubric or a breadcrumb ("Opinion", "|",
  // headline): the headline opens a line of its own.
  if (IsSpacedSeparator(next)) {
    return HoldsHeadline(s.page_title, after) ? Join::kNone : Join::kSpaced;
  }
  if (s.force_next) return Join::kSpaced;
  if (OpensWithClosingPunctuation(next) || OpensWithClosingQuote(next)) return Join::kGlued;
  for (std::string_view sep : {"| ", "\xE2\x80\xA2 ", "\xC2\xB7 "}) {  // "| Editor:"
    // Not a table row, nor a headline after a rubric ("Opinion" + "| Republicans Are ...").
    if (next.starts_with(sep) && !next.ends_with(" |") && CountWords(next) <= kMaxLabelWords) {
      return Join::kSpaced;
    }
  }
  if (JoinsLabel(s.last_piece, next) && !HoldsHeadline(s.page_title, next)) {
    // "Baca:" + "Banjir Bandang ...": a read-also label is furniture, and so is the line joined.
    if (!IsFurniture(s.last_piece)) return Join::kSpaced;
    std::string joined(s.last_piece);
    joined += ' ';
    joined += next;
    return BoilerplateReason(joined).empty() ? Join::kNone : Join::kSpaced;
  }
  if (IsHeadline(s) || !JoinsAsRun(s, next, after)) return Join::kNone;
  // A page's furniture ("Share this:", "Feed for comments", "Back to top") stays on a line of its
  // own: the text rules end the story at it.
  return IsFurniture(s.last_piece) || IsFurniture(next) ? Join::kNone : Join::kSpaced;
}

// The rules that join `next` after a space as part of the same run of text (see the header).
bool JoinsAsRun(const JoinState& s, std::string_view next, std::string_view after) {
  const bool open = EndsOpen(s.text);
  const size_t before_words = s.text_words;
  const size_t next_words = CountWords(next);
  if (open && OpensWithLowerWord(next) && !IsBylineWord(next) &&
      std::max(before_words, next_words) >= kMinContinuationWords) {
    return true;
  }
  if (open && OpensWithBracketAside(next)) return true;
  if (open && OpensWithDash(next) && before_words <= kMaxDatelineWords) return true;
  if (before_words <= kMaxDatelineWords && StartsUpper(next) && next_words >= kMinProseWords &&
      OpensWithDateline(s.text, next)) {
    return true;
  }
  if (!open && IsPhotoCredit(next) && before_words >= kMinCaptionWords &&
      (s.text.back() == '.' || s.text.back() == ')')) {
    return true;
  }
  if (CutMidSentence(s.text, s.text_words, kMinProseWords) && next_words <= kMaxInlineRunWords &&
      !next.ends_with(':') && Continues(after) && !IsSeparator(after)) {
    return true;
  }
  // "in rebooted" + "Star Trek" + "film series": a link or an italic title inside a sentence
  // that goes on after it or ends with it ("was 2016's" + "Star Trek Beyond."); not a sentence-
  // case headline and the line under it ("... on Donald Trump's health" + "Analysis by").
  if (CutMidSentence(s.text, s.text_words, kMinRunLeadWords) && next_words <= kMaxInlineRunWords &&
      !next.ends_with(':') && !HoldsSentenceBreak(next) &&
      (EndsSentence(next) || Continues(after))) {
    return true;
  }
  return false;
}

// The page's lines, trimmed.
std::vector<std::string_view> TrimmedLines(std::string_view text) {
  std::vector<std::string_view> lines;
  TextLines page(text);
  for (std::string_view line; page.Next(&line);) lines.push_back(Trim(line));
  return lines;
}

}  // namespace

bool IsTextNodePerLine(std::string_view text) {
  int lines = 0, bad = 0, fragments = 0;
  size_t longest = 0;
  std::string_view previous;
  TextLines page(text, FinalNewline::kEndsLastLine);
  for (std::string_view raw; page.Next(&raw);) {
    ++lines;
    std::string_view line = Trim(raw);
    if (line.empty() || raw.front() == ' ' || raw.front() == '\t') {
      if (++bad > kBlankSlack + lines / kMaxBlankShare) return false;
      previous = std::string_view();
      continue;
    }
    if (IsGluedSeparator(line)) {
      fragments += 2;  // a comma or a colon alone is never a block of its own
    } else if ((line.size() <= 3 && IsSeparator(line)) || OpensWithClosingPunctuation(line) ||
               (OpensWithLowerWord(line) && CutMidSentence(previous))) {
      ++fragments;
    }
    previous = line;
    longest = std::max(longest, line.size());
  }
  return lines >= kTextNodeMinLines && bad * kMaxBlankShare <= lines &&
         fragments >= kMinFragments && longest > kMinLongestLine;
}

// Appends `line` to `run` (of `run_words` words) as `how` says and returns the words of the
// result, counting only from the last space before the join: no word spans a space, so the
// words before it stay as they were (a glued piece may merge with the word it follows).
size_t WordsJoined(std::string* run, size_t run_words, std::string_view line, Join how) {
  const size_t old_size = run->size();
  if (how == Join::kSpaced) *run += ' ';
  const size_t space = how == Join::kSpaced ? old_size : run->rfind(' ', old_size);
  if (space == std::string::npos) {
    run->append(line);
    return CountWords(*run);
  }
  const size_t tail_words = CountWords(std::string_view(*run).substr(space));
  run->append(line);
  return run_words - tail_words + CountWords(std::string_view(*run).substr(space));
}

JoinedLines JoinTextNodeLines(std::string_view text) {
  const std::vector<std::string_view> lines = TrimmedLines(text);
  JoinedLines out;
  out.text.reserve(text.size());
  std::string current;
  JoinState s;
  for (std::string_view line : lines) {
    if (line.empty()) continue;
    // A first line longer than any <title> is no title (and looking each line up in it would
    // cost the page's size per line).
    if (line.size() <= kMaxTitleBytes) s.page_title = line;
    break;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string_view after = i + 1 < lines.size() ? lines[i + 1] : std::string_view();
    s.text = current;
    const Join j = i == 0 ? Join::kNone : HowJoins(s, line, after);
    if (j == Join::kNone) {
      if (i > 0) {
        out.text += current;
        out.text += '\n';
      }
      out.first_line.push_back(static_cast<int>(i) + 1);
      current.assign(line);
      s.text_words = CountWords(line);
      s.force_next = false;
    } else {
      s.text_words = WordsJoined(&current, s.text_words, line, j);
      s.force_next = IsSeparator(line);
    }
    s.last_piece = line;
  }
  out.text += current;
  out.page_lines = static_cast<int>(lines.size());
  return out;
}

}  // namespace kabar::extract
