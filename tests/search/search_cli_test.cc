// `kabar search` as a user runs it: ingest the bundled sample, then search it.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "pipeline/cli_test_util.h"

namespace kabar {
namespace {

using kabar::testing::Lines;
using kabar::testing::ReadFileOrEmpty;
using kabar::testing::TempDir;

struct CmdRun {
  int exit_code = -1;
  std::string out, err;
};

CmdRun Kabar(const std::string& args, const TempDir& tmp) {
  auto out = tmp.path() / "stdout", err = tmp.path() / "stderr";
  std::string cmd = std::string("'") + KABAR_BINARY + "' " + args + " >'" + out.string() + "' 2>'" +
                    err.string() + "' </dev/null";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadFileOrEmpty(out), ReadFileOrEmpty(err)};
}

class SearchCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    db_ = (tmp_->path() / "k.db").string();
    CmdRun r = Kabar("ingest --db '" + db_ + "' '" + KABAR_SOURCE_DIR + "/sample/pages'", *tmp_);
    ingest_exit_ = r.exit_code;
    ingest_err_ = r.err;
  }
  static void TearDownTestSuite() { delete tmp_; }
  void SetUp() override {
    if (!std::filesystem::exists("/usr/share/hunspell/id_ID.dic")) {
      GTEST_SKIP() << "hunspell-id lexicon is not installed";
    }
    ASSERT_EQ(ingest_exit_, 0) << ingest_err_;
  }
  CmdRun Search(const std::string& args) {
    return Kabar("search --db '" + db_ + "' " + args, *tmp_);
  }

  static TempDir* tmp_;
  static std::string db_, ingest_err_;
  static int ingest_exit_;
};

TempDir* SearchCliTest::tmp_ = nullptr;
std::string SearchCliTest::db_, SearchCliTest::ingest_err_;
int SearchCliTest::ingest_exit_ = -1;

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> hits;
  for (const std::string& line : Lines(out)) hits.push_back(nlohmann::json::parse(line));
  return hits;
}

// The sample's five pages all report Kim Jong Un meeting or writing to Putin: every one is
// found, directly or folded into its original as a duplicate, with the matched words marked.
TEST_F(SearchCliTest, FindsTheKimJongUnPages) {
  CmdRun r = Search("--json 'Kim Jong Un'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> hits = JsonLines(r.out);
  ASSERT_FALSE(hits.empty());
  int folded = 0;
  for (const nlohmann::json& h : hits) {
    folded += h["duplicates"].get<int>();
    bool marked = false;
    for (const char* field : {"title_parts", "snippet"}) {
      for (const auto& part : h[field]) {
        marked = marked || (part["match"].get<bool>() && part["text"] == "Kim");
      }
    }
    EXPECT_TRUE(marked) << h.dump();
  }
  EXPECT_EQ(hits.size() + static_cast<size_t>(folded), 5u) << r.out;
  CmdRun all = Search("--json --duplicates 'Kim Jong Un'");
  EXPECT_EQ(JsonLines(all.out).size(), 5u) << all.out;
}

TEST_F(SearchCliTest, JsonHitsCarryEveryField) {
  CmdRun r = Search("--json putin");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> hits = JsonLines(r.out);
  ASSERT_FALSE(hits.empty());
  for (const char* key :
       {"id", "title", "title_parts", "outlet", "site", "language", "url", "published",
        "event_date", "story_id", "duplicate_of", "duplicates", "snippet", "score"}) {
    EXPECT_TRUE(hits[0].contains(key)) << key;
  }
  EXPECT_GT(hits[0]["score"].get<double>(), 0);
  EXPECT_EQ(hits[0]["language"], "id");
  // Best first.
  for (size_t i = 1; i < hits.size(); ++i) {
    EXPECT_LE(hits[i]["score"].get<double>(), hits[i - 1]["score"].get<double>());
  }
}

TEST_F(SearchCliTest, TextOutputShowsTitleOutletDateAndSnippet) {
  CmdRun r = Search("'\"kim jong un\"'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0].rfind("1. ", 0), 0u) << lines[0];
  // Not a terminal: matches in [brackets]; a phrase is one match.
  EXPECT_NE(lines[0].find("[Kim Jong Un]"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find(" · 20"), std::string::npos) << lines[1];  // outlet · date · id
}

TEST_F(SearchCliTest, LimitCapsTheHitsAndPointsToTheNextPage) {
  CmdRun r = Search("--json --duplicates --limit 1 'Kim Jong Un'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(JsonLines(r.out).size(), 1u);
  CmdRun text = Search("--duplicates --limit 1 'Kim Jong Un'");
  EXPECT_EQ(text.out.rfind("1. ", 0), 0u) << text.out;
  EXPECT_EQ(text.out.find("\n2. "), std::string::npos) << text.out;
  EXPECT_NE(text.err.find("more results: --offset 1"), std::string::npos) << text.err;
  CmdRun next = Search("--json --duplicates --limit 1 --offset 1 'Kim Jong Un'");
  ASSERT_EQ(JsonLines(next.out).size(), 1u);
  EXPECT_NE(JsonLines(next.out)[0]["id"], JsonLines(r.out)[0]["id"]);
  CmdRun zero = Search("--limit 0 putin");
  EXPECT_NE(zero.exit_code, 0);
  EXPECT_TRUE(zero.out.empty());
}

TEST_F(SearchCliTest, MalformedQueriesGiveAClearMessageNotAnSqlError) {
  for (const char* q :
       {"'\"kim jong'", "'(putin'", "'putin OR'", "'from:yesterday putin'", "'*'"}) {
    CmdRun r = Search(q);
    EXPECT_EQ(r.exit_code, 2) << q << ": " << r.err;
    EXPECT_EQ(r.err.rfind("kabar: bad query: ", 0), 0u) << q << ": " << r.err;
    EXPECT_EQ(r.err.find("SQL"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("fts5"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

TEST_F(SearchCliTest, NoMatchesIsNotAnError) {
  CmdRun r = Search("zzyzzyx");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("no results"), std::string::npos);
}

TEST_F(SearchCliTest, MissingDatabaseIsReported) {
  CmdRun r = Kabar("search --db '" + (tmp_->path() / "nope.db").string() + "' putin", *tmp_);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nope.db"), std::string::npos) << r.err;
}

// `kabar timeline --query` finds stories through the search index, as `kabar search` finds
// articles: words are stemmed ("berkunjung", to visit, finds the story of Putin's visit, whose
// pages say "kunjungan"), and words that only occur in a page's removed lines (a related-article
// list naming Hizbullah) find nothing.
TEST_F(SearchCliTest, TimelineByQueryUsesTheSearchIndex) {
  CmdRun r = Kabar("timeline --db '" + db_ + "' --json --query berkunjung", *tmp_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> stories = JsonLines(r.out);
  ASSERT_EQ(stories.size(), 1u) << r.out;
  EXPECT_EQ(stories[0]["first_date"], "2024-06-18");
  EXPECT_EQ(stories[0]["last_date"], "2024-06-19");

  r = Kabar("timeline --db '" + db_ + "' --json --query hizbullah", *tmp_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace kabar
