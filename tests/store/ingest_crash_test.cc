// `kabar ingest` killed with SIGKILL mid-way, then rerun, ends with exactly the database a
// clean run produces: nothing lost, nothing duplicated, same duplicates and stories.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "kabar/store.h"
#include "store/store_test_util.h"

extern char** environ;

namespace kabar {
namespace {

using testing::JoinWords;
using testing::RandomWords;
using testing::TempDir;

const char* kKabar = KABAR_BINARY_DIR "/kabar";

// Writes `n` text pages; every 7th repeats an earlier page's body under another title.
void WritePages(const std::string& dir, int n) {
  std::mt19937_64 rng(7);
  std::vector<std::string> bodies;
  for (int i = 0; i < n; ++i) {
    std::vector<std::string> w = RandomWords(&rng, 120, 3000);
    std::string body;
    for (size_t p = 0; p < w.size(); p += 30) body += JoinWords(w, p, p + 30) + ".\n\n";
    // Named people and places with a quote, for the entity and quote tables.
    static const char* kPeople[] = {"Joko Widodo", "Sri Mulyani", "Prabowo Subianto"};
    static const char* kPlaces[] = {"Jakarta", "Surabaya", "Bandung", "Medan"};
    body += std::string("\"Kami akan menyelesaikan w") + std::to_string(i) +
            " secepatnya,\" kata " + kPeople[i % 3] + " di " + kPlaces[i % 4] + ".\n\n";
    if (i % 7 == 6) body = bodies[rng() % bodies.size()];
    bodies.push_back(body);
    char name[32];
    std::snprintf(name, sizeof name, "/%05d.txt", i);
    std::ofstream(dir + name) << "Judul berita nomor " << i << " tentang w" << (i % 50) << "\n\n"
                              << body;
  }
}

pid_t Spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  return rc == 0 ? pid : -1;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

uint64_t StoredArticles(const std::string& db) {
  auto store = Store::OpenReadOnly(db);
  if (!store.ok()) return 0;
  auto stats = (*store)->Stats();
  return stats.ok() ? stats->articles : 0;
}

// Every article row that matters, in order, as text.
std::string Dump(const std::string& db) {
  auto store = Store::OpenReadOnly(db);
  if (!store.ok()) return "cannot open: " + store.status().ToString();
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2((*store)->handle(),
                     "SELECT a.seq, a.id, a.duplicate_of, a.duplicate_kind, a.story_id, "
                     "s.storyline_id, (SELECT count(*) FROM article_sources x WHERE "
                     "x.article_id = a.id) FROM articles a LEFT JOIN stories s ON "
                     "s.id = a.story_id ORDER BY a.seq",
                     -1, &st, nullptr);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < 7; ++c) {
      const unsigned char* t = sqlite3_column_text(st, c);
      out += t ? reinterpret_cast<const char*>(t) : "-";
      out += c == 6 ? "\n" : " ";
    }
  }
  sqlite3_finalize(st);
  // The entity and quote tables, by entity key (not by row id).
  sqlite3_prepare_v2((*store)->handle(),
                     "SELECT e.key || ' ' || e.type || ' ' || e.name || ' ' || ae.article_id || "
                     "' ' || ae.mentions || ' ' || ae.aliases FROM article_entities ae JOIN "
                     "entities e ON e.id = ae.entity_id UNION ALL SELECT q.article_id || ' ' || "
                     "q.idx || ' ' || coalesce(q.speaker_key, '-') || ' ' || q.text FROM quotes q "
                     "ORDER BY 1",
                     -1, &st, nullptr);
  size_t rows = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    out += "\n";
    ++rows;
  }
  sqlite3_finalize(st);
  return out + std::to_string(rows) + " entity and quote rows\n";
}

TEST(IngestCrashTest, KillNineThenRerunEqualsCleanRun) {
  TempDir dir;
  std::string pages = dir.File("pages");
  std::filesystem::create_directory(pages);
  const int kPages = 1500;
  WritePages(pages, kPages);

  std::string clean = dir.File("clean.db");
  ASSERT_EQ(Wait(Spawn({kKabar, "ingest", "--db", clean, "--batch", "25", pages})), 0);
  std::string expected = Dump(clean);
  uint64_t total = StoredArticles(clean);
  ASSERT_GT(total, 1000u);
  ASSERT_NE(expected.find("joko widodo PER"), std::string::npos) << "no entity rows";

  std::string crashed = dir.File("crashed.db");
  pid_t pid = Spawn({kKabar, "ingest", "--db", crashed, "--batch", "25", pages});
  ASSERT_GT(pid, 0);
  uint64_t seen = 0;
  for (int i = 0; i < 20000 && seen < total / 3; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    seen = StoredArticles(crashed);
  }
  kill(pid, SIGKILL);
  int status = Wait(pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  uint64_t after_kill = StoredArticles(crashed);
  EXPECT_GT(after_kill, 0u);
  EXPECT_LT(after_kill, total);

  ASSERT_EQ(Wait(Spawn({kKabar, "ingest", "--db", crashed, "--batch", "25", pages})), 0);
  EXPECT_EQ(StoredArticles(crashed), total);
  EXPECT_EQ(Dump(crashed), expected);

  // And ingesting it all once more adds nothing.
  ASSERT_EQ(Wait(Spawn({kKabar, "ingest", "--db", crashed, pages})), 0);
  EXPECT_EQ(Dump(crashed), expected);
}

}  // namespace
}  // namespace kabar
