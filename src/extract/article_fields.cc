// Title, lead, section and publication time: the fields found around the top of the body.
//
// The title is the headline-like line before the body that shares the most words with the
// body's first paragraphs (a page's top holds many short lines: menus, teasers, labels; the
// headline is the one about the article). The lead is a sentence between the title and the
// body. The section is the rubric line right above the title, or the label of an "Outlet
// section | date" line. The publication time comes from a date line near the title.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/agencies.h"
#include "extract/credits.h"
#include "extract/outlets.h"
#include "extract/page_work.h"
#include "extract/prose.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How far above the body (in non-blank lines) the title is looked for.
constexpr int kTitleReach = 40;
// A headline at the top of the body region: at most this many words, and this score.
constexpr int kMaxInRegionTitleWords = 20;
constexpr double kInRegionTitleScore = 0.3;
// How many body paragraphs the title is compared with.
constexpr int kTitleContext = 40;

// Calls f(word) for each content word of `text`: 3 bytes or more, not a stopword.
template <typename F>
void ForEachContentWord(std::string_view text, F&& f) {
  ForEachWord(text, [&f](std::string_view wd) {
    if (wd.size() >= 3 && !IsStopword(wd)) f(wd);
  });
}

// The content words of `lower` (lower-cased text), sorted and distinct: views into `lower`.
std::vector<std::string_view> SortedContentWords(std::string_view lower) {
  std::vector<std::string_view> words;
  ForEachContentWord(lower, [&words](std::string_view wd) { words.push_back(wd); });
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// The content words of the body's first paragraphs, lower-cased: views into `text`.
struct BodyWords {
  std::string text;
  std::vector<std::string_view> words;  // sorted, distinct
};

void CollectBodyWords(const PageWork& w, int skip, BodyWords* body) {
  int n = 0;
  for (int i = w.region.begin; i < w.region.end && n < kTitleContext; ++i) {
    if (w.lines[i].kind != LineKind::kText || i == skip) continue;
    body->text.append(w.lines[i].text);
    body->text.push_back(' ');
    ++n;
  }
  body->text = AsciiLower(body->text);
  body->words = SortedContentWords(body->text);
}

bool HeadlineShaped(const LineInfo& l) {
  if (l.kind != LineKind::kText) return false;
  int n = l.prose.words;
  if (n < 2 || n > 40 || Utf8Length(l.text) > 300) return false;
  return !l.prose.bullet;
}

double TitleScore(const LineInfo& l, const BodyWords& body, int distance) {
  std::string lower = AsciiLower(l.text);
  std::vector<std::string_view> words = SortedContentWords(lower);
  if (words.empty()) return -1;
  int shared = 0;
  for (std::string_view wd : words) {
    shared += std::binary_search(body.words.begin(), body.words.end(), wd);
  }
  // The share of the line's words the body uses, discounted for very short lines (a rubric
  // such as "Konflik Rusia vs Ukraina" shares all its few words with the body).
  double score = static_cast<double>(shared) / words.size();
  score *= std::min(1.0, words.size() / 6.0);
  if (l.prose.sentence_end && l.text.back() == '.' && l.prose.words >= 8) score -= 0.3;
  return score - 0.004 * distance;
}

int FindHintedTitle(const std::string& hint, const PageWork& w) {
  std::string want = AsciiLower(CollapseSpace(hint));
  for (int i = 0; i < w.region.end; ++i) {
    if (w.lines[i].kind == LineKind::kBlank) continue;
    if (AsciiLower(CollapseSpace(w.lines[i].text)) == want) return i;
  }
  return -1;
}

bool RubricShaped(const LineInfo& l) {
  bool text_like =
      l.kind == LineKind::kText || (l.kind == LineKind::kBoilerplate && l.reason == "site-repeat");
  if (!text_like || l.text.empty() || Utf8Length(l.text) > 40) return false;
  if (l.prose.words < 1 || l.prose.words > 5 || l.prose.sentence_end) return false;
  for (char c : l.text) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '|' || c == '>' || c == '/') {
      return false;
    }
  }
  return StartsUpper(l.text);
}

// "Kompas dunia" with outlet "Kompas TV" -> "Dunia": the label of a date line, less the
// outlet's name.
std::string SectionFromLabel(std::string_view label, const std::string& outlet) {
  std::vector<std::string_view> words = Words(label);
  std::vector<std::string_view> outlet_words = Words(outlet);
  if (words.size() < 2 || outlet_words.empty() || words.size() > 5) return "";
  if (!EqualsIgnoreCase(words[0], outlet_words[0])) return "";
  size_t k = 1;
  while (k < words.size() && k < outlet_words.size() &&
         EqualsIgnoreCase(words[k], outlet_words[k])) {
    ++k;
  }
  if (k >= words.size()) return "";
  std::string_view rest = label.substr(words[k].data() - label.data());
  std::string section = CollapseSpace(rest);
  if (!section.empty() && section[0] >= 'a' && section[0] <= 'z') section[0] -= 'a' - 'A';
  return section;
}

std::string_view DateLabel(const LineInfo& l) {
  std::string_view label = Trim(l.text.substr(0, l.date.begin));
  while (!label.empty() && (label.back() == '|' || label.back() == '-' || label.back() == ',' ||
                            label.back() == ':' || label.back() == ' ')) {
    label.remove_suffix(1);
  }
  return label;
}

int FirstTextLine(const PageWork& w) {
  for (int i = w.region.begin; i < w.region.end; ++i) {
    if (w.lines[i].kind == LineKind::kText) return i;
  }
  return -1;
}

// The first line of the region is a headline when it is short, does not end with a full stop
// and a paragraph follows it.
bool InRegionHeadline(const LineInfo& l) {
  if (!HeadlineShaped(l) || l.prose.words > kMaxInRegionTitleWords || l.dateline) return false;
  return l.text.back() != '.' && l.text.back() != ',' && l.text.back() != ':';
}

}  // namespace

void FindTitle(const std::string& hint, PageWork* w) {
  Article* a = w->article;
  if (!hint.empty()) {
    a->title = CollapseSpace(hint);
    w->title_line = FindHintedTitle(hint, *w);
    if (w->title_line >= 0) w->use[w->title_line] = LineUse::kField;
    return;
  }
  // A headline that reads like a sentence ("... Bisa Turun Lagi?") may open the region itself.
  int first = FirstTextLine(*w);
  bool first_headline = first >= 0 && InRegionHeadline(w->lines[first]);
  BodyWords body;
  CollectBodyWords(*w, first_headline ? first : -1, &body);
  int best = -1, seen = 0;
  double best_score = 0.2;
  if (first_headline) {
    double s = TitleScore(w->lines[first], body, 0);
    if (s > kInRegionTitleScore) {
      best_score = s;
      best = first;
    }
  }
  for (int i = w->region.begin - 1; i >= 0 && seen < kTitleReach; --i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (!HeadlineShaped(l)) continue;
    double s = TitleScore(l, body, seen);
    if (s > best_score) {
      best_score = s;
      best = i;
    }
  }
  if (best < 0) return;
  w->title_line = best;
  w->use[best] = LineUse::kField;
  a->title = CollapseSpace(w->lines[best].text);
}

void FindLeadAndSection(PageWork* w) {
  Article* a = w->article;
  if (w->title_line < 0) return;
  for (int i = w->title_line + 1; i < w->region.begin; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind != LineKind::kText || w->use[i] != LineUse::kUnused) continue;
    if (l.prose.words >= 8 && l.prose.sentence_end && l.prose.score >= 0.5) {
      a->lead = CollapseSpace(l.text);
      w->use[i] = LineUse::kField;
      break;
    }
  }
  if (!a->section.empty()) return;
  for (int i = w->title_line - 1; i >= 0; --i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    if (RubricShaped(l) && w->use[i] == LineUse::kUnused) {
      a->section = CollapseSpace(l.text);
      w->use[i] = LineUse::kField;
    }
    break;
  }
}

void FindPublished(const std::string& hint, PageWork* w) {
  Article* a = w->article;
  if (!hint.empty()) a->published = hint;
  int top = w->title_line >= 0 ? w->title_line : w->region.begin;
  // Date lines: around the title first, then in the body region, then just after it.
  for (int i = 0; i < w->tail_end; ++i) {
    const LineInfo& l = w->lines[i];
    bool date = l.kind == LineKind::kDate;
    bool relative = l.kind == LineKind::kRelativeTime && i < w->region.begin && i + 8 >= top;
    if ((!date && !relative) || l.date.iso.empty()) continue;
    if (date && i < top - 12) continue;  // far above the title: a teaser's date
    if (l.date.updated && !a->published.empty()) {
      if (a->modified.empty()) a->modified = l.date.iso;
    } else if (a->published.empty()) {
      a->published = l.date.iso;
    } else {
      continue;
    }
    w->Consume(i);
    std::string_view label = DateLabel(l);
    if (a->section.empty()) a->section = SectionFromLabel(label, a->outlet);
    if (a->section.empty() && LooksLikePersonName(label)) {
      AddUnique(&a->authors, NormalizePersonName(label));
    }
  }
}

}  // namespace kabar::extract
