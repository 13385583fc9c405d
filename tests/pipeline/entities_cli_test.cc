// `kabar ingest` of the bundled sample (the five seed pages) and the entity commands on the
// store: `kabar entities`, `kabar quotes`, `kabar timeline --entity`, `--aliases` and
// `--no-understand`. Expected figures were checked by hand against the pages' article text
// (title, lead and body; lines under "Baca Juga" and other removed blocks do not count).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "pipeline/cli_test_util.h"
#include "test_util.h"

namespace kabar::testing {
namespace {

const std::string kSample = std::string(KABAR_SOURCE_DIR) + "/sample/pages";

struct CmdRun {
  int exit_code = -1;
  std::string out, err;
};

// Runs `ENV kabar ARGS` with stdout and stderr captured.
CmdRun Kabar(const std::string& args, const TempDir& tmp, const std::string& env = "") {
  auto out = tmp.path() / "stdout", err = tmp.path() / "stderr";
  std::string cmd = env + " '" + KABAR_BINARY + "' " + args + " >'" + out.string() + "' 2>'" +
                    err.string() + "' </dev/null";
  int status = std::system(cmd.c_str());
  CmdRun r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrEmpty(out);
  r.err = ReadFileOrEmpty(err);
  return r;
}

std::vector<nlohmann::json> JsonLines(const std::string& out) {
  std::vector<nlohmann::json> v;
  for (const std::string& line : Lines(out)) v.push_back(nlohmann::json::parse(line));
  return v;
}

class EntitiesCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (tmp_.path() / "sample.db").string();
    CmdRun r = Kabar("ingest --db '" + db_ + "' '" + kSample + "'", tmp_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::map<std::string, nlohmann::json> Entities(const std::string& extra = "") {
    CmdRun r = Kabar("entities --json --limit 1000 --db '" + db_ + "' " + extra, tmp_);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, nlohmann::json> m;
    for (const nlohmann::json& e : JsonLines(r.out)) m[e["name"].get<std::string>()] = e;
    return m;
  }
  TempDir tmp_;
  std::string db_;
};

TEST_F(EntitiesCliTest, SeedEntitiesWithTheirArticleCounts) {
  auto m = Entities();
  // Article counts checked by hand on the five pages' article text. Amerika Serikat: 000
  // ("kebijakan hegemonik Amerika Serikat"), 002 ("perang proksi AS"), 003, 004; in 001 only
  // a "Baca Juga" link names it ("Sanksi AS"), and that line is not article text.
  const std::map<std::string, std::pair<std::string, int>> expected = {
      {"Kim Jong Un", {"PER", 5}}, {"Vladimir Putin", {"PER", 5}}, {"Korea Utara", {"LOC", 5}},
      {"Rusia", {"LOC", 5}},       {"Ukraina", {"LOC", 5}},        {"Amerika Serikat", {"LOC", 4}},
  };
  for (const auto& [name, type_count] : expected) {
    ASSERT_TRUE(m.count(name)) << name << " missing";
    EXPECT_EQ(m[name]["type"], type_count.first) << name;
    EXPECT_EQ(m[name]["articles"], type_count.second) << name;
    EXPECT_GE(m[name]["mentions"].get<int>(), type_count.second) << name;
  }
  // Spellings merged into one entity, not listed apart.
  EXPECT_EQ(m.count("Kim Jong-un"), 0u);
  EXPECT_EQ(m.count("Putin"), 0u);
  auto aliases = m["Kim Jong Un"]["aliases"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(aliases.begin(), aliases.end(), "Kim Jong-un"), aliases.end());

  // Most mentioned first.
  CmdRun r = Kabar("entities --json --db '" + db_ + "'", tmp_);
  auto all = JsonLines(r.out);
  for (size_t i = 1; i < all.size(); ++i) {
    EXPECT_GE(all[i - 1]["mentions"].get<int>(), all[i]["mentions"].get<int>());
  }
  // --type keeps one type; --since drops the 2023 stories (000..003 are 2023-06-12,
  // 2023-08-15 and two 2024-06-18/19 pages): Kim Jong Un then has the 2024 articles only.
  for (const auto& [name, e] : Entities("--type PER")) EXPECT_EQ(e["type"], "PER") << name;
  auto recent = Entities("--since 2024-01-01");
  EXPECT_EQ(recent["Kim Jong Un"]["articles"], 2);
  // Plain text: name, type, articles, mentions, aliases.
  r = Kabar("entities --limit 3 --db '" + db_ + "'", tmp_);
  EXPECT_EQ(Lines(r.out).size(), 3u);
  EXPECT_NE(r.out.find(" articles\t"), std::string::npos);
  CmdRun bad = Kabar("entities --type XYZ --db '" + db_ + "'", tmp_);
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("--type"), std::string::npos) << bad.err;
}

TEST_F(EntitiesCliTest, QuotesOfKimUnderAnySpelling) {
  CmdRun r = Kabar("quotes --json --speaker 'Kim Jong-un' --db '" + db_ + "'", tmp_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto quotes = JsonLines(r.out);
  ASSERT_FALSE(quotes.empty());
  bool justice = false;
  std::string last_date;
  for (const nlohmann::json& q : quotes) {
    EXPECT_EQ(q["speaker"], "Kim Jong Un");
    std::string text = q["text"];
    if (text.rfind("Keadilan pasti menang", 0) == 0) justice = true;
    ASSERT_TRUE(q["date"].is_string());
    EXPECT_GE(q["date"].get<std::string>(), last_date);  // oldest first
    last_date = q["date"];
    EXPECT_EQ(q["article_id"].get<std::string>().size(), 16u);
  }
  EXPECT_TRUE(justice) << r.out;
  // The same quotes under the canonical spelling.
  CmdRun same = Kabar("quotes --json --speaker 'kim jong un' --db '" + db_ + "'", tmp_);
  EXPECT_EQ(same.out, r.out);

  CmdRun putin =
      Kabar("quotes --json --speaker Putin --query 'sangat menghargai' --db '" + db_ + "'", tmp_);
  // "Putin" alone is not a key of the alias table: no quotes under that name.
  EXPECT_EQ(putin.out, "");
  putin = Kabar(
      "quotes --json --speaker 'Vladimir Putin' --query 'sangat menghargai' --db '" + db_ + "'",
      tmp_);
  auto p = JsonLines(putin.out);
  ASSERT_EQ(p.size(), 1u) << putin.out;
  EXPECT_EQ(p[0]["text"].get<std::string>().rfind("Kami sangat menghargai", 0), 0u);

  CmdRun text = Kabar("quotes --speaker 'Kim Jong-un' --limit 1 --db '" + db_ + "'", tmp_);
  ASSERT_EQ(Lines(text.out).size(), 1u);
  EXPECT_NE(text.out.find("Kim Jong Un"), std::string::npos);
}

TEST_F(EntitiesCliTest, TimelineOfAnEntity) {
  CmdRun r = Kabar("timeline --entity 'Kim Jong Un' --db '" + db_ + "'", tmp_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0].rfind("2023-06-12  ", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("2023-08-15  ", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2].rfind("2024-06-18/19  ", 0), 0u) << lines[2];
  EXPECT_NE(lines[0].find("[Tempo, Tribun Video]"), std::string::npos) << lines[0];
  // Another spelling, and the alias table's name for a country, give the same timeline.
  EXPECT_EQ(Kabar("timeline --entity 'KIM JONG-UN' --db '" + db_ + "'", tmp_).out, r.out);
  CmdRun nk = Kabar("timeline --entity 'North Korea' --db '" + db_ + "'", tmp_);
  EXPECT_EQ(Lines(nk.out).size(), 3u) << nk.out;
  EXPECT_EQ(Kabar("timeline --entity 'Nobody Here' --db '" + db_ + "'", tmp_).out, "");
}

TEST_F(EntitiesCliTest, UserAliasFileMergesANewSpelling) {
  // Without it, the city Pyongyang is its own entity; with it, Pyongyang (used by the pages
  // for the government) joins Korea Utara, and "KJU" finds Kim's quotes.
  auto before = Entities();
  ASSERT_TRUE(before.count("Pyongyang"));
  std::string aliases = (tmp_.path() / "aliases.tsv").string();
  WriteFile(aliases, "# mine\nKorea Utara\tLOC\tPyongyang\nKim Jong Un\tPER\tKJU\n");
  std::string db2 = (tmp_.path() / "merged.db").string();
  CmdRun r = Kabar("ingest --aliases '" + aliases + "' --db '" + db2 + "' '" + kSample + "'", tmp_);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  CmdRun e = Kabar("entities --json --limit 1000 --db '" + db2 + "'", tmp_);
  std::map<std::string, nlohmann::json> after;
  for (const nlohmann::json& x : JsonLines(e.out)) after[x["name"].get<std::string>()] = x;
  EXPECT_EQ(after.count("Pyongyang"), 0u);
  auto al = after["Korea Utara"]["aliases"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(al.begin(), al.end(), "Pyongyang"), al.end());
  EXPECT_GT(after["Korea Utara"]["mentions"].get<int>(),
            before["Korea Utara"]["mentions"].get<int>());

  CmdRun kju = Kabar("quotes --aliases '" + aliases + "' --speaker KJU --db '" + db_ + "'", tmp_);
  CmdRun kim = Kabar("quotes --speaker 'Kim Jong Un' --db '" + db_ + "'", tmp_);
  EXPECT_FALSE(kim.out.empty());
  EXPECT_EQ(kju.out, kim.out);

  // extract takes the file too, and KABAR_ALIASES stands in for --aliases.
  std::string page = "'" + kSample + "/000_dc42f7eff4645662.txt'";
  CmdRun plain = Kabar("extract " + page, tmp_);
  CmdRun flag = Kabar("extract --aliases '" + aliases + "' " + page, tmp_);
  CmdRun env = Kabar("extract " + page, tmp_, "KABAR_ALIASES='" + aliases + "'");
  ASSERT_EQ(flag.exit_code, 0) << flag.err;
  EXPECT_NE(plain.out, flag.out);
  EXPECT_EQ(env.out, flag.out);
  bool merged = false;
  const nlohmann::json article = nlohmann::json::parse(flag.out);
  for (const nlohmann::json& e : article["entities"]) {
    EXPECT_NE(e["name"], "Pyongyang");
    if (e["name"] == "Korea Utara") {
      for (const auto& a : e["aliases"]) merged = merged || a == "Pyongyang";
    }
  }
  EXPECT_TRUE(merged) << flag.out;
}

TEST_F(EntitiesCliTest, BadAliasFileIsAClearErrorBeforeTheRun) {
  std::string bad = (tmp_.path() / "bad.tsv").string();
  WriteFile(bad, "Korea Utara\tCOUNTRY\tDPRK\n");
  std::string db2 = (tmp_.path() / "never.db").string();
  CmdRun r = Kabar("ingest --aliases '" + bad + "' --db '" + db2 + "' '" + kSample + "'", tmp_);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.tsv"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(db2));
  CmdRun missing = Kabar("extract --aliases /nonexistent/aliases.tsv '" + kSample + "'", tmp_);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/aliases.tsv"), std::string::npos) << missing.err;
  EXPECT_EQ(missing.out, "");
}

TEST_F(EntitiesCliTest, NoUnderstandLeavesEntitiesAndQuotesEmpty) {
  CmdRun with = Kabar("extract '" + kSample + "'", tmp_);
  CmdRun without = Kabar("extract --no-understand '" + kSample + "'", tmp_);
  ASSERT_EQ(with.exit_code, 0);
  ASSERT_EQ(without.exit_code, 0);
  auto a = JsonLines(with.out), b = JsonLines(without.out);
  ASSERT_EQ(a.size(), 5u);
  ASSERT_EQ(b.size(), 5u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_FALSE(a[i]["entities"].empty());
    EXPECT_FALSE(a[i]["quotes"].empty());
    EXPECT_TRUE(b[i]["entities"].empty());
    EXPECT_TRUE(b[i]["quotes"].empty());
    EXPECT_EQ(a[i]["body"], b[i]["body"]);  // extraction itself is unchanged
  }
  std::string db2 = (tmp_.path() / "plain.db").string();
  ASSERT_EQ(Kabar("ingest --no-understand --db '" + db2 + "' '" + kSample + "'", tmp_).exit_code,
            0);
  EXPECT_EQ(Kabar("entities --db '" + db2 + "'", tmp_).out, "");
}

// A store written before the entity tables existed (schema version 1: the version 2 file
// without its three entity tables; the version 1 step is unchanged) is migrated by the first
// entity command, which then answers as on a fresh store; the older commands keep working.
TEST_F(EntitiesCliTest, OlderStoreIsMigratedOnFirstUse) {
  CmdRun fresh = Kabar("entities --json --db '" + db_ + "'", tmp_);
  CmdRun quotes = Kabar("quotes --json --db '" + db_ + "'", tmp_);
  ASSERT_FALSE(fresh.out.empty());
  ASSERT_TRUE(ExecSqlOnFile(db_,
                            "DROP TABLE quotes; DROP TABLE article_entities; DROP TABLE entities; "
                            "UPDATE meta SET value='1' WHERE key='schema_version'"));
  EXPECT_EQ(Lines(Kabar("stories --db '" + db_ + "'", tmp_).out).size(), 12u);  // 3 stories
  CmdRun migrated = Kabar("entities --json --db '" + db_ + "'", tmp_);
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  EXPECT_EQ(migrated.out, fresh.out);
  EXPECT_EQ(Kabar("quotes --json --db '" + db_ + "'", tmp_).out, quotes.out);
  // Ingesting again into the migrated store adds nothing.
  ASSERT_EQ(Kabar("ingest --db '" + db_ + "' '" + kSample + "'", tmp_).exit_code, 0);
  EXPECT_EQ(Kabar("entities --json --db '" + db_ + "'", tmp_).out, fresh.out);
}

}  // namespace
}  // namespace kabar::testing
