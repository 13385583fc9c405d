// The five seed pages against ../shared/seeds/gold.json: every metadata field exact, body
// paragraphs by precision and recall (measure in doc/extraction.md), and nothing lost: every
// non-blank input line is in an article field or in `removed`.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/gold_pages.h"
#include "extract/paragraph_match.h"
#include "kabar/extract.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;
using extract::GoldList;

const fs::path kSeeds = fs::path(KABAR_SHARED_DIR) / "seeds";

Article Extract(const std::string& file) {
  return extract::ExtractGoldPage(kSeeds, file, "2025-05-12T09:00:00+07:00");
}

class SeedGold : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kSeeds / "gold.json")) GTEST_SKIP() << "no " << kSeeds;
    gold_ = extract::LoadGold(kSeeds);
    ASSERT_TRUE(gold_.is_array());
  }
  nlohmann::json gold_;
};

TEST_F(SeedGold, MetadataFieldsAreExact) {
  for (const auto& g : gold_) {
    std::string file = g["file"];
    Article a = Extract(file);
    SCOPED_TRACE(file);
    // The event the story reports is among the dates it names (field "event_date").
    for (const extract::FieldCheck& c : extract::CompareGoldFields(g, a)) {
      EXPECT_EQ(c.got, c.want) << c.field;
    }
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
    Article a = Extract(file);
    for (const std::string& lost : extract::LostLines(a, extract::ReadGoldFile(kSeeds / file))) {
      ADD_FAILURE() << file << ": " << lost;
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
