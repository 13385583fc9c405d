// The five seed pages as other scrapers and exporters write the same text: Windows and old Mac
// line ends, "&nbsp;" kept as U+00A0, every line set in by spaces or a tab, no blank line
// between paragraphs or several, blank lines of spaces, a byte-order mark, each paragraph's
// inner HTML, HTML-escaped text, zero width spaces, soft hyphens, a Markdown heading mark; and
// as HTML documents with no markup but the lines' (flat_html.h): a <p> per line, all on one
// line of HTML, lines split by <br>, a <div> per line inside two bare <div>s. None of it
// changes the page's article: every gold field stays exact and the body keeps its precision
// and recall (gold: ../shared/seeds/gold.json).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/gold_pages.h"
#include "extract/paragraph_match.h"
#include "kabar/extract.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(KABAR_SHARED_DIR) / "seeds";
const char kNow[] = "2025-05-12T09:00:00+07:00";

using Transform = std::function<std::string(const std::string&)>;

struct Variant {
  std::string name;
  Transform transform;
  ContentKind kind = ContentKind::kText;
};

// `text` with each '\n' replaced by `eol`.
std::string WithLineEnds(const std::string& text, const std::string& eol) {
  std::string out;
  for (char c : text) c == '\n' ? out += eol : out += c;
  return out;
}

// `text` with f applied to each line (the lines joined again with '\n').
std::string EachLine(const std::string& text, const std::function<std::string(std::string)>& f) {
  std::string out, line;
  for (char c : text) {
    if (c != '\n') {
      line += c;
      continue;
    }
    out += f(line) + '\n';
    line.clear();
  }
  return out + f(line);
}

// An HTML document titled "Berita" whose body is the lines of `text` (escaped, each passed
// through `markup`) joined with `join`, inside `bare_divs` nested <div>s.
std::string FlatDocument(const std::string& text,
                         const std::function<std::string(std::string)>& markup,
                         const std::string& join, int bare_divs = 0) {
  std::string body = EachLine(extract::HtmlEscaped(text), markup);
  std::string joined;
  for (char c : body) c == '\n' ? joined += join : joined += c;
  for (int i = 0; i < bare_divs; ++i) joined = "<div>" + joined + "</div>";
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Berita</title></head>"
         "<body>" +
         joined + "</body></html>";
}

const std::vector<Variant>& Variants() {
  static const std::vector<Variant> variants = {
      {"CRLF", [](const std::string& t) { return WithLineEnds(t, "\r\n"); }},
      {"lone CR", [](const std::string& t) { return WithLineEnds(t, "\r"); }},
      {"NBSP for every fifth space",
       [](const std::string& t) {
         std::string out;
         int spaces = 0;
         for (char c : t) c == ' ' && ++spaces % 5 == 0 ? out += "\xC2\xA0" : out += c;
         return out;
       }},
      {"a no-break space next to every space between words",
       [](const std::string& t) {
         std::string out;
         for (size_t i = 0; i < t.size(); ++i) {
           out += t[i];
           if (t[i] == ' ' && i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n') out += "\xC2\xA0";
         }
         return out;
       }},
      {"two spaces in",
       [](const std::string& t) {
         return EachLine(t, [](std::string l) { return l.empty() ? l : "  " + l; });
       }},
      {"a tab in",
       [](const std::string& t) {
         return EachLine(t, [](std::string l) { return l.empty() ? l : "\t" + l; });
       }},
      {"no blank lines",
       [](const std::string& t) {
         std::string out = EachLine(t, [](std::string l) { return l.empty() ? "\x01" : l; });
         std::string kept;
         for (size_t i = 0; i < out.size(); ++i) {
           if (out[i] == '\x01') {
             if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
             continue;
           }
           kept += out[i];
         }
         return kept;
       }},
      {"blank lines doubled",
       [](const std::string& t) {
         return EachLine(t, [](std::string l) { return l.empty() ? "\n" : l; });
       }},
      {"blank lines of spaces",
       [](const std::string& t) {
         return EachLine(t, [](std::string l) { return l.empty() ? "   " : l; });
       }},
      {"byte-order mark", [](const std::string& t) { return "\xEF\xBB\xBF" + t; }},
      {"each paragraph's inner HTML",
       [](const std::string& t) {
         return EachLine(t, [](std::string l) { return l.empty() ? l : "<p>" + l + "</p>"; });
       }},
      {"HTML-escaped text",
       [](const std::string& t) {
         std::string out;
         int spaces = 0;
         for (char c : t) {
           if (c == '"') {
             out += "&quot;";
           } else if (c == '&') {
             out += "&amp;";
           } else if (c == ' ' && ++spaces % 5 == 0) {
             out += "&nbsp;";
           } else {
             out += c;
           }
         }
         return out;
       }},
      {"zero width space after every tenth space",
       [](const std::string& t) {
         std::string out;
         int spaces = 0;
         for (char c : t) {
           out += c;
           if (c == ' ' && ++spaces % 10 == 0) out += "\xE2\x80\x8B";
         }
         return out;
       }},
      {"soft hyphen in each long word",
       [](const std::string& t) {
         std::string out;
         int letters = 0;  // ASCII letters in a row
         for (char c : t) {
           const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
           letters = letter ? letters + 1 : 0;
           if (letters == 5) out += "\xC2\xAD";  // before the fifth letter of a word
           out += c;
         }
         return out;
       }},
      {"Markdown heading mark on the first line of five words or more",
       [](const std::string& t) {
         bool marked = false;
         return EachLine(t, [&](std::string l) {
           if (marked || std::count(l.begin(), l.end(), ' ') < 4) return l;
           marked = true;
           return "## " + l;
         });
       }},
      {"flat HTML: a <p> per line",
       [](const std::string& t) {
         return FlatDocument(
             t, [](std::string l) { return l.empty() ? l : "<p>" + l + "</p>"; }, "\n");
       },
       ContentKind::kHtml},
      {"flat HTML on one line",
       [](const std::string& t) {
         return FlatDocument(
             t, [](std::string l) { return l.empty() ? l : "<p>" + l + "</p>"; }, "");
       },
       ContentKind::kHtml},
      {"flat HTML: lines split by <br>",
       [](const std::string& t) {
         return FlatDocument(
             t, [](std::string l) { return l; }, "<br>\n");
       },
       ContentKind::kHtml},
      {"flat HTML: a <div> per line in two bare <div>s",
       [](const std::string& t) {
         return FlatDocument(
             t, [](std::string l) { return l.empty() ? "<br>" : "<div>" + l + "</div>"; }, "", 2);
       },
       ContentKind::kHtml},
  };
  return variants;
}

TEST(SeedVariants, EachScrapersFormKeepsTheGoldArticle) {
  if (!fs::exists(kSeeds / "gold.json")) GTEST_SKIP() << "no " << kSeeds;
  const nlohmann::json gold = extract::LoadGold(kSeeds);
  ASSERT_TRUE(gold.is_array());
  for (const Variant& v : Variants()) {
    for (const auto& g : gold) {
      const std::string file = g["file"];
      SCOPED_TRACE(v.name + ": " + file);
      Article a = extract::ExtractGoldBytes(file, v.transform(extract::ReadGoldFile(kSeeds / file)),
                                            v.kind, kNow);
      for (const extract::FieldCheck& c : extract::CompareGoldFields(g, a)) {
        EXPECT_EQ(c.got, c.want) << c.field;
      }
      extract::ParagraphScore s = extract::MatchParagraphs(a.body, extract::GoldList(g["body"]));
      EXPECT_GE(s.precision, 0.97);
      EXPECT_GE(s.recall, 0.97);
    }
  }
}

}  // namespace
}  // namespace kabar
