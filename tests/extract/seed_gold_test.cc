// The five seed pages against ../shared/seeds/gold.json: every metadata field exact, body
// paragraphs by precision and recall (measure in doc/extraction.md), and nothing lost: every
// non-blank input line is in an article field or in `removed`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/gold_json.h"
#include "extract/paragraph_match.h"
#include "extract/text_util.h"
#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;
using extract::GoldList;
using extract::GoldString;
using extract::ReadGoldFile;

const fs::path kSeeds = fs::path(KABAR_SHARED_DIR) / "seeds";

nlohmann::json Gold() {
  return nlohmann::json::parse(ReadGoldFile(kSeeds / "gold.json"), nullptr, false);
}

Article Extract(const std::string& file) {
  RawPage page;
  page.source.path = file;
  page.bytes = ReadGoldFile(kSeeds / file);
  ExtractOptions options;
  options.now = "2025-05-12T09:00:00+07:00";
  Result<Article> a = ExtractArticle(page, options, nullptr);
  EXPECT_TRUE(a.ok()) << file << ": " << a.status().ToString();
  if (!a.ok()) return Article{};
  EXPECT_TRUE(NormalizeArticle(&*a).ok());
  return *a;
}

class SeedGold : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kSeeds / "gold.json")) GTEST_SKIP() << "no " << kSeeds;
    gold_ = Gold();
    ASSERT_TRUE(gold_.is_array());
  }
  nlohmann::json gold_;
};

TEST_F(SeedGold, MetadataFieldsAreExact) {
  for (const auto& g : gold_) {
    std::string file = g["file"];
    Article a = Extract(file);
    SCOPED_TRACE(file);
    EXPECT_EQ(a.language, GoldString(g["language"]));
    EXPECT_EQ(a.title, GoldString(g["title"]));
    EXPECT_EQ(a.published, GoldString(g["published"]));
    EXPECT_EQ(a.authors, GoldList(g["authors"]));
    EXPECT_EQ(a.editors, GoldList(g["editors"]));
    EXPECT_EQ(a.dateline, GoldString(g["dateline"]));
    EXPECT_EQ(a.agencies, GoldList(g["agencies"]));
    EXPECT_EQ(a.site, GoldString(g["site"]));
    EXPECT_EQ(a.outlet, GoldString(g["outlet"]));
    EXPECT_EQ(a.section, GoldString(g["section"]));
    EXPECT_EQ(a.lead, GoldString(g["lead"]));
    EXPECT_EQ(a.captions, GoldList(g["captions"]));
    if (g.contains("syndicated_from")) {
      EXPECT_EQ(a.syndicated_from.site, GoldString(g["syndicated_from"]["site"]));
      EXPECT_EQ(a.syndicated_from.title, GoldString(g["syndicated_from"]["title"]));
    } else {
      EXPECT_EQ(a.syndicated_from.site, "");
    }
    // The event the story reports is among the dates it names.
    std::string event = GoldString(g["event_date"]);
    EXPECT_NE(std::find(a.dates_mentioned.begin(), a.dates_mentioned.end(), event),
              a.dates_mentioned.end())
        << event;
  }
}

TEST_F(SeedGold, BodyParagraphPrecisionAndRecall) {
  for (const auto& g : gold_) {
    std::string file = g["file"];
    Article a = Extract(file);
    extract::ParagraphScore s = extract::MatchParagraphs(a.body, GoldList(g["body"]));
    EXPECT_GE(s.precision, 0.97) << file;
    EXPECT_GE(s.recall, 0.97) << file;
  }
}

TEST_F(SeedGold, NothingIsLost) {
  for (const auto& g : gold_) {
    std::string file = g["file"];
    SCOPED_TRACE(file);
    Article a = Extract(file);
    std::set<std::string> fields;
    for (const std::string* s : {&a.title, &a.lead, &a.section}) fields.insert(*s);
    for (const auto* v : {&a.body, &a.captions}) fields.insert(v->begin(), v->end());
    std::set<int> removed;
    for (const RemovedLine& r : a.removed) {
      EXPECT_TRUE(removed.insert(r.line).second) << "line " << r.line << " listed twice";
      EXPECT_FALSE(r.reason.empty());
    }
    std::istringstream in(ReadGoldFile(kSeeds / file));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      std::string text = extract::CollapseSpace(line);
      if (text.empty()) continue;
      bool in_field = fields.count(text) > 0;
      bool listed = removed.count(n) > 0;
      EXPECT_TRUE(in_field || listed) << "line " << n << " lost: " << text;
    }
  }
}

TEST_F(SeedGold, LeakedEmailAppearsNowhere) {
  for (const auto& g : gold_) {
    Article a = Extract(g["file"]);
    std::string all = a.title + "\n" + a.lead + "\n";
    for (const RemovedLine& r : a.removed) all += r.text + "\n";
    for (const std::string& p : a.body) all += p + "\n";
    for (const std::string& email : GoldList(g["pii_emails"])) {
      EXPECT_EQ(all.find(email), std::string::npos) << email;
    }
  }
}

}  // namespace
}  // namespace kabar
