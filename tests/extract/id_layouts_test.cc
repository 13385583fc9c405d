// Held-out Indonesian (and Indonesian-outlet English) layouts: a hundred and thirty-seven page
// dumps hand-written in the layouts of outlets the seeds do not cover (a few Malaysian and
// Singaporean ones, small regional sites with invented outlets, twelve English-language outlets
// elsewhere, twelve Indonesian regional papers, twelve pages as Markdown converters, reader APIs,
// text browsers and reader views print them, and twenty-three kinds of piece: an interview, a
// column, a fact check, a live report, a photo story ...) (tests/data/id_layouts/README.md),
// against their gold.json with the seed test's measures: every metadata field exact, body paragraph
// precision and recall >= 0.97 per page, nothing lost. Prints per-page and total figures.
//
// kKnownGaps lists the (page, field) pairs kabar still gets wrong, each with why it was left; a
// listed pair that becomes right fails too, so the list only shrinks and stays true.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "extract/dump_markup.h"
#include "extract/gold_pages.h"
#include "extract/paragraph_match.h"
#include "kabar/extract.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;

const fs::path kPages = fs::path(KABAR_SOURCE_DIR) / "tests" / "data" / "id_layouts";
const char kNow[] = "2025-12-01T09:00:00+07:00";

// (file, field) pairs not fixed, with the reason in a comment; "body" is the body P/R floor.
const std::set<std::pair<std::string, std::string>> kKnownGaps = {
    // "Jakarta" alone on the line between the byline and the date: a place name alone cannot
    // be told from a section or a tag without a gazetteer, which extraction does not load.
    {"24_thejakartapost.txt", "dateline"},
    // Round eight (pages 49-60, English-language outlets elsewhere), left:
    // "But on Thursday the city's transport department said": the weekday before the subject
    // and its verb; English weekdays date an event only right after a reporting verb.
    {"51_bbc.txt", "event_date"},
    // "approved by the city council on Tuesday": "by" before a weekday is as often a deadline,
    // so the opening's weekday rule (LeadEventWeekday) leaves such sentences.
    {"57_inquirer.txt", "event_date"},
    // A promotion of the outlet's own product in two sentences ("Do you have questions about
    // ...? Get the answers with SCMP Knowledge, ...") stays a paragraph.
    {"55_scmp.txt", "body"},
    // A subscription appeal in sentences ("In a time of both misinformation and too much
    // information, quality journalism is more crucial than ever.", "By subscribing, you can
    // help us get the story right.") stays two paragraphs.
    {"59_japantimes.txt", "body"},
    // Round eleven (pages 73-84, text from other dump tools), left:
    // The page writes its name two ways, "Tribunjogja.com" atop it and "Tribun Jogja" in the
    // reporter's line; an outlet kabar's table does not hold is named as its masthead writes it.
    {"81_links_tribunjogja.txt", "outlet"},
    // A reader view prints no date: "Senin (17/11)" has no year to be read with.
    {"83_reader_kumparan.txt", "event_date"},
    // Round twelve (pages 85-88, session 19), left:
    // Kompasiana prints the writer's name under the date line with a one-line profile under it
    // ("Guru SD yang suka menulis ..."): no rule reads a name below the date, and the profile
    // reads as the story's first paragraph.
    {"87_kompasiana.txt", "authors"},
    {"87_kompasiana.txt", "body"},
    // Round five (session 11), not fixed by the landing deadline:
    // "SOLOPOS.COM - Pengunjung ...": the site's prefix before the caption is kept in it.
    {"32_solopos.txt", "captions"},
    // Round fifteen (pages 99-105), left: The Conversation's menu ends with "Pendidikan" right
    // over the headline.
    {"101_theconversation_id.txt", "section"},
    // "... on Tuesday. [YONHAP]": a wire alone in square brackets is as often a story's
    // sign-off; the caption stays the first paragraph.
    {"105_joongang.txt", "captions"},
    {"105_joongang.txt", "body"},
    // The text names no day (the rain began "sejak Minggu malam"), and the gold no event date;
    // since round nineteen kabar reads the caption's "Senin (17/11/2025)", the day the page was
    // published, as the photo's and the event's (FindRecentPhotoDates). Kept as annotated.
    {"95_radarbogor.txt", "event_date"},
    // Round twenty (pages 127-132), left: Al Jazeera's explainer names the outlet only in a
    // photo credit ("[File: Name/Al Jazeera]") and a closing "Source: Al Jazeera", which on
    // other pages names where a story came from; no copyright line or domain.
    {"130_aljazeera_explainer.txt", "site"},
    {"130_aljazeera_explainer.txt", "outlet"},
    // Round sixteen (pages 106-110), left: "told the Dewan Rakyat today": English "today"
    // dates no event (it is used loosely too).
    {"110_fmt.txt", "event_date"},
};

bool Known(const std::string& file, const std::string& field) {
  return kKnownGaps.count({file, field}) > 0;
}

// Pass or fail one check; a known gap must still fail.
void Check(const std::string& file, const std::string& field, bool ok, const std::string& detail) {
  if (Known(file, field)) {
    EXPECT_FALSE(ok) << file << " " << field << " is right now: remove it from kKnownGaps";
  } else {
    EXPECT_TRUE(ok) << file << " " << field << ": " << detail;
  }
}

TEST(IdLayouts, FieldsBodyAndNothingLost) {
  nlohmann::json gold = extract::LoadGold(kPages);
  ASSERT_TRUE(gold.is_array());
  ASSERT_GE(gold.size(), 60u);
  extract::GoldTotals totals;
  std::printf("%-22s %7s %6s %6s %s\n", "page", "fields", "P", "R", "wrong fields");
  for (const auto& g : gold) {
    std::string file = g["file"];
    Article a = extract::ExtractGoldPage(kPages, file, kNow);
    std::string wrong;
    int page_exact = 0;
    std::vector<extract::FieldCheck> checks = extract::CompareGoldFields(g, a);
    for (const extract::FieldCheck& c : checks) {
      page_exact += c.exact();
      if (!c.exact()) wrong += " " + c.field;
      Check(file, c.field, c.exact(), "want \"" + c.want + "\" got \"" + c.got + "\"");
    }
    std::vector<std::string> want_body = extract::GoldList(g["body"]);
    extract::ParagraphScore s = extract::MatchParagraphs(a.body, want_body);
    Check(file, "body", s.precision >= 0.97 && s.recall >= 0.97,
          "P " + std::to_string(s.precision) + " R " + std::to_string(s.recall));
    // A Markdown or text-browser dump's lines are compared as the text they show.
    std::string printed = extract::ReadGoldFile(kPages / file);
    std::string shown = extract::ReadDumpMarkup(printed, extract::SniffDumpMarkup(printed));
    for (const std::string& lost : extract::LostLines(a, shown)) {
      ADD_FAILURE() << file << ": " << lost;
    }
    std::printf("%-22s %3d/%-3zu %6.3f %6.3f%s\n", file.c_str(), page_exact, checks.size(),
                s.precision, s.recall, wrong.c_str());
    totals.AddPage(checks.size(), page_exact, a.body.size(), want_body.size(), s.correct);
  }
  totals.Print("exact");
}

// The page's bytes as a scraper of another kind saves the same page.
struct ScraperForm {
  const char* name;
  std::string (*write)(const std::string& text);
  ContentKind kind;
};

std::string WithoutBlankLines(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      out.append(line);
      out.push_back('\n');
    }
    start = end + 1;
  }
  return out;
}

// Each line followed by a blank one (a scraper that ends every text node with "\n\n").
std::string WithBlankAfterEachLine(const std::string& text) {
  std::string out;
  for (char c : text) c == '\n' ? out += "\n\n" : out += c;
  return out;
}

std::string WithCrLf(const std::string& text) {
  std::string out;
  for (char c : text) c == '\n' ? out += "\r\n" : out += c;
  return out;
}

// An HTML document without <title> whose body is a <p> per non-blank line (escaped).
std::string AsParagraphs(const std::string& text) {
  std::string out = "<html><body>\n<p>";
  for (char c : extract::HtmlEscaped(WithoutBlankLines(text))) {
    c == '\n' ? out += "</p>\n<p>" : out += c;
  }
  return out + "</p></body></html>";
}

// Each page saved without blank lines, with a blank line after each line, with CRLF line ends,
// or as flat HTML (a <p> per line, flat_html.h) gives the record it gives as written: every
// gold field and the body the same.
TEST(IdLayouts, EachScrapersFormGivesThePagesRecord) {
  const ScraperForm forms[] = {
      {"no blank lines", WithoutBlankLines, ContentKind::kText},
      {"a blank line after each", WithBlankAfterEachLine, ContentKind::kText},
      {"CRLF", WithCrLf, ContentKind::kText},
      {"a <p> per line", AsParagraphs, ContentKind::kHtml}};
  nlohmann::json gold = extract::LoadGold(kPages);
  ASSERT_GE(gold.size(), 60u);
  for (const auto& g : gold) {
    const std::string file = g["file"];
    const std::string text = extract::ReadGoldFile(kPages / file);
    const Article as_written = extract::ExtractGoldBytes(file, text, ContentKind::kText, kNow);
    const std::vector<extract::FieldCheck> want = extract::CompareGoldFields(g, as_written);
    for (const ScraperForm& form : forms) {
      SCOPED_TRACE(file + " " + form.name);
      const Article a = extract::ExtractGoldBytes(file, form.write(text), form.kind, kNow);
      const std::vector<extract::FieldCheck> got = extract::CompareGoldFields(g, a);
      ASSERT_EQ(got.size(), want.size());
      for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].got, want[i].got) << got[i].field;
      EXPECT_EQ(a.body, as_written.body);
    }
  }
}

}  // namespace
}  // namespace kabar
