// Text dumps with a gold.json (../shared/seeds, tests/data/id_layouts): one page extracted as
// the gold tests do, and its article compared with the gold record field by field. The gold
// format is ../shared/seeds/gold.json's: file, language, outlet, site, section, title, lead,
// published, dateline, agencies, authors, editors, captions, body, event_date and, when the page
// was published elsewhere first, syndicated_from {site, title}. A null field is the empty value.
#ifndef KABAR_TESTS_EXTRACT_GOLD_PAGES_H_
#define KABAR_TESTS_EXTRACT_GOLD_PAGES_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/captions.h"
#include "extract/gold_json.h"
#include "extract/text_util.h"
#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar::extract {

// dir/gold.json parsed (a discarded value when it is not JSON).
inline nlohmann::json LoadGold(const std::filesystem::path& dir) {
  return nlohmann::json::parse(ReadGoldFile(dir / "gold.json"), nullptr, false);
}

// ExtractArticle + NormalizeArticle on `bytes` (a page of `kind` named `file`), as `kabar
// extract --now now` would; a failure is a test failure and gives an empty article.
inline Article ExtractGoldBytes(const std::string& file, const std::string& bytes, ContentKind kind,
                                const std::string& now) {
  RawPage page;
  page.source.path = file;
  page.kind = kind;
  page.bytes = bytes;
  ExtractOptions options;
  options.now = now;
  Result<Article> a = ExtractArticle(page, options, nullptr);
  EXPECT_TRUE(a.ok()) << file << ": " << a.status().ToString();
  if (!a.ok()) return Article{};
  EXPECT_TRUE(NormalizeArticle(&*a).ok());
  return *a;
}

// ExtractGoldBytes on the text page dir/file.
inline Article ExtractGoldPage(const std::filesystem::path& dir, const std::string& file,
                               const std::string& now) {
  return ExtractGoldBytes(file, ReadGoldFile(dir / file), ContentKind::kText, now);
}

// `text` with '<', '>' and '&' written as character references, as HTML holds text.
inline std::string HtmlEscaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

// One metadata field of one page: the gold value and kabar's, each printed as one string
// (list items joined by " | ").
struct FieldCheck {
  std::string field;
  std::string want;
  std::string got;
  bool exact() const { return want == got; }
};

inline std::string JoinGold(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : " | ") + x;
  return s;
}

// Every metadata field the gold tests hold exact, in a fixed order; "event_date" is exact when
// the gold event date is among the article's dates_mentioned (got is then that date).
inline std::vector<FieldCheck> CompareGoldFields(const nlohmann::json& g, const Article& a) {
  std::vector<FieldCheck> c = {
      {"language", GoldString(g["language"]), a.language},
      {"title", GoldString(g["title"]), a.title},
      {"published", GoldString(g["published"]), a.published},
      {"authors", JoinGold(GoldList(g["authors"])), JoinGold(a.authors)},
      {"editors", JoinGold(GoldList(g["editors"])), JoinGold(a.editors)},
      {"dateline", GoldString(g["dateline"]), a.dateline},
      {"agencies", JoinGold(GoldList(g["agencies"])), JoinGold(a.agencies)},
      {"site", GoldString(g["site"]), a.site},
      {"outlet", GoldString(g["outlet"]), a.outlet},
      {"section", GoldString(g["section"]), a.section},
      {"lead", GoldString(g["lead"]), a.lead},
      {"captions", JoinGold(GoldList(g["captions"])), JoinGold(a.captions)},
  };
  const nlohmann::json none = nlohmann::json::object();
  const nlohmann::json& synd = g.contains("syndicated_from") ? g["syndicated_from"] : none;
  c.push_back({"syndicated_from.site", GoldString(synd.value("site", nlohmann::json())),
               a.syndicated_from.site});
  if (g.contains("syndicated_from")) {
    c.push_back({"syndicated_from.title", GoldString(synd["title"]), a.syndicated_from.title});
  }
  std::string event = GoldString(g["event_date"]);
  bool named = std::find(a.dates_mentioned.begin(), a.dates_mentioned.end(), event) !=
               a.dates_mentioned.end();
  c.push_back({"event_date", event, named ? event : JoinGold(a.dates_mentioned)});
  return c;
}

// `iso` cut to what a text dump shows of a publication time (gold's "published_shown"): "day"
// (the date), "minute" (date and time, no zone: the offset is not compared) or "exact" (to the
// minute with the offset: pages seldom print the seconds their markup gives).
inline std::string PublishedAsShown(const std::string& iso, const std::string& shown) {
  if (shown == "day") return iso.substr(0, 10);
  if (shown == "minute" || iso.size() < 19) return iso.substr(0, 16);
  return iso.substr(0, 16) + iso.substr(19);
}

// The fields a text dump's gold holds (tests/data/id_html_dumps/README.md: a field the dump does
// not show is absent from the record), in a fixed order, the publication time as far as shown.
inline std::vector<FieldCheck> CompareShownFields(const nlohmann::json& g, const Article& a) {
  std::vector<FieldCheck> c;
  auto add = [&](const char* field, const std::string& got) {
    if (!g.contains(field)) return;
    c.push_back(
        {field, g[field].is_array() ? JoinGold(GoldList(g[field])) : GoldString(g[field]), got});
  };
  add("language", a.language);
  add("title", a.title);
  add("authors", JoinGold(a.authors));
  add("editors", JoinGold(a.editors));
  add("dateline", a.dateline);
  add("agencies", JoinGold(a.agencies));
  add("captions", JoinGold(a.captions));
  if (g.contains("published")) {
    const std::string shown = g["published_shown"];
    c.push_back({"published", PublishedAsShown(g["published"], shown),
                 PublishedAsShown(a.published, shown)});
  }
  return c;
}

// The totals of a gold run over its pages: fields right, and body paragraphs kept, gold and
// matched; printed as the run's last line.
struct GoldTotals {
  int fields = 0, exact = 0, out_paragraphs = 0, gold_paragraphs = 0, correct = 0;

  void AddPage(size_t page_fields, int page_exact, size_t out, size_t gold, int page_correct) {
    fields += static_cast<int>(page_fields);
    exact += page_exact;
    out_paragraphs += static_cast<int>(out);
    gold_paragraphs += static_cast<int>(gold);
    correct += page_correct;
  }

  // "total: fields <how> E/F; body paragraphs P .. (c/o) R .. (c/g)"; `how` is "exact" or "right".
  void Print(const char* how) const {
    std::printf("total: fields %s %d/%d; body paragraphs P %.3f (%d/%d) R %.3f (%d/%d)\n", how,
                exact, fields, out_paragraphs ? double(correct) / out_paragraphs : 1.0, correct,
                out_paragraphs, gold_paragraphs ? double(correct) / gold_paragraphs : 1.0, correct,
                gold_paragraphs);
  }
};

// The non-blank lines of `text` (1-based numbers and white-space-folded text) that are neither
// equal to an article field (title, lead, section, a body paragraph, a caption, which may have
// had the label a site prints before it: captions.h's WithoutCaptionLabel) nor listed in
// `removed`; also every line number `removed` lists twice, as "listed twice".
inline std::vector<std::string> LostLines(const Article& a, const std::string& text) {
  std::set<std::string> fields;
  for (const std::string* s : {&a.title, &a.lead, &a.section}) fields.insert(*s);
  for (const auto* v : {&a.body, &a.captions}) fields.insert(v->begin(), v->end());
  std::vector<std::string> lost;
  std::set<int> removed;
  for (const RemovedLine& r : a.removed) {
    if (!removed.insert(r.line).second) {
      lost.push_back("line " + std::to_string(r.line) + " listed twice");
    }
    if (r.reason.empty()) lost.push_back("line " + std::to_string(r.line) + " has no reason");
  }
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    std::string folded = CollapseSpace(line);
    if (folded.empty() || fields.count(folded) > 0 || removed.count(n) > 0) continue;
    if (fields.count(CollapseSpace(WithoutCaptionLabel(line))) > 0) continue;
    // A caption and its credit on the line under it are one caption, joined by a space.
    auto joined = [&](const std::string& caption) {
      return caption.starts_with(folded + " ") || caption.ends_with(" " + folded);
    };
    if (std::any_of(a.captions.begin(), a.captions.end(), joined)) continue;
    lost.push_back("line " + std::to_string(n) + " lost: " + folded);
  }
  return lost;
}

}  // namespace kabar::extract

#endif  // KABAR_TESTS_EXTRACT_GOLD_PAGES_H_
