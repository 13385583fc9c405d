// End-to-end properties of `kabar extract`: PII never reaches the output, and the output does
// not depend on the number of threads.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/cli_test_util.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::Lines;
using testing::ReadFileOrEmpty;
using testing::RunExtract;
using testing::TempDir;
using testing::WriteFile;

const fs::path kSeeds = fs::path(KABAR_SHARED_DIR) / "seeds";

fs::path Seed004() {
  for (const auto& e : fs::directory_iterator(kSeeds)) {
    if (e.path().filename().string().rfind("004_", 0) == 0) return e.path();
  }
  return {};
}

TEST(ExtractCli, LeakedEmailAppearsNowhere) {
  if (!fs::exists(kSeeds)) GTEST_SKIP() << kSeeds << " not found";
  fs::path seed = Seed004();
  ASSERT_FALSE(seed.empty());
  // The address the page leaks, taken from the gold file rather than written here.
  auto gold = nlohmann::json::parse(ReadFileOrEmpty(kSeeds / "gold.json"));
  std::vector<std::string> emails;
  for (const auto& g : gold) {
    if (g["file"] == seed.filename().string()) emails = g["pii_emails"];
  }
  ASSERT_FALSE(emails.empty());
  ASSERT_NE(ReadFileOrEmpty(seed).find(emails[0]), std::string::npos);
  TempDir t;
  CliRun r = RunExtract("'" + seed.string() + "'", t.path());
  ASSERT_EQ(r.articles, 1) << r.err;
  for (const std::string& e : emails) {
    EXPECT_EQ(r.out.find(e), std::string::npos) << e;
    EXPECT_EQ(r.err.find(e), std::string::npos) << e;
    std::string local = e.substr(0, e.find('@'));
    EXPECT_EQ(r.out.find(local + "@"), std::string::npos) << e;
  }
  auto j = nlohmann::json::parse(Lines(r.out)[0]);
  EXPECT_GE(j["redactions"]["email"].get<int>(), 1);
}

// Enough inputs to span several batches, with rejects mixed in.
void MakeCorpus(const fs::path& dir) {
  fs::create_directories(dir);
  std::vector<std::string> seeds;
  for (const auto& e : fs::directory_iterator(kSeeds)) {
    if (e.path().extension() == ".txt") seeds.push_back(ReadFileOrEmpty(e.path()));
  }
  for (int i = 0; i < 1100; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "p%04d.txt", i);
    std::string page = seeds[i % seeds.size()];
    if (i % 97 == 0) page = "";                     // rejected: empty
    if (i % 89 == 0) page += std::string(1, '\0');  // rejected: binary
    WriteFile(dir / name, page + "\nBaris " + std::to_string(i) + "\n");
  }
}

TEST(ExtractCli, OutputDoesNotDependOnThreads) {
  if (!fs::exists(kSeeds)) GTEST_SKIP() << kSeeds << " not found";
  TempDir t;
  MakeCorpus(t.path() / "in");
  std::string args = "--now 2024-06-19T12:00:00+07:00 '" + (t.path() / "in").string() + "'";
  CliRun one = RunExtract("-j 1 " + args, t.path());
  CliRun two = RunExtract("-j 2 " + args, t.path());
  CliRun four = RunExtract("-j 4 " + args, t.path());
  ASSERT_EQ(one.inputs, 1100);
  EXPECT_EQ(one.inputs, one.articles + one.rejected);
  EXPECT_GT(one.rejected, 0);
  EXPECT_TRUE(one.out == two.out) << "-j 1 and -j 2 differ";
  EXPECT_TRUE(one.out == four.out) << "-j 1 and -j 4 differ";
  EXPECT_EQ(one.err, two.err);
  EXPECT_EQ(one.rejects, two.rejects);
}

TEST(ExtractCli, NoProgressLineWhenStderrIsNotATerminal) {
  TempDir t;
  WriteFile(t.path() / "a.txt", "Judul berita\n\nIsi berita yang cukup panjang untuk diuji.\n");
  CliRun r = RunExtract("'" + (t.path() / "a.txt").string() + "'", t.path());
  EXPECT_EQ(r.err, "1 inputs, 1 articles, 0 rejected\n");
}

}  // namespace
}  // namespace kabar
