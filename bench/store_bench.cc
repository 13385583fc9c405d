// End-to-end store benchmark on the generated story corpus (bench/story_corpus.h): articles
// go through Store::Add (content ids, dedup, clustering, SQLite) in batches, as `kabar ingest`
// feeds them after extraction. Reports articles/s per stage, peak RSS, database size, and
// duplicate and story precision/recall against the generator's truth.
//
//   build/bench/store_bench [ARTICLES=100000] [DB=/tmp/kabar_store_bench.db] [BATCH=5000]
//
// The reference measured in the same run: generating the articles (building the strings), so
// the ratio says how much the store costs relative to merely producing the records.
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "kabar/store.h"
#include "story_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;

// Resident set size now, in MB (from /proc/self/statm; 0 when unavailable).
double RssMb() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  int n = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  return n == 2 ? static_cast<double>(resident) * 4096 / 1e6 : 0;
}

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

struct BCubed {
  double p = 0, r = 0;
  double f() const { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// BCubed of predicted labels vs gold labels (both dense per article).
BCubed Score(const std::vector<uint32_t>& pred, const std::vector<uint32_t>& gold) {
  std::unordered_map<uint32_t, uint32_t> psize, gsize;
  std::unordered_map<uint64_t, uint32_t> both;
  for (size_t i = 0; i < pred.size(); ++i) {
    ++psize[pred[i]];
    ++gsize[gold[i]];
    ++both[(static_cast<uint64_t>(pred[i]) << 32) | gold[i]];
  }
  BCubed b;
  for (size_t i = 0; i < pred.size(); ++i) {
    double n = both[(static_cast<uint64_t>(pred[i]) << 32) | gold[i]];
    b.p += n / psize[pred[i]];
    b.r += n / gsize[gold[i]];
  }
  b.p /= static_cast<double>(pred.size());
  b.r /= static_cast<double>(pred.size());
  return b;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 100000;
  std::string db = argc > 2 ? argv[2] : "/tmp/kabar_store_bench.db";
  size_t batch_size = argc > 3 ? static_cast<size_t>(std::atoi(argv[3])) : 5000;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);

  kabar::bench::CorpusOptions o;
  o.articles = n;
  o.days = std::max(30, n / 2000);  // ~2,000 articles a day, ~400 events a day
  kabar::bench::StoryCorpus corpus(o);
  auto store = kabar::Store::Open(db);
  if (!store.ok()) {
    std::fprintf(stderr, "store_bench: %s\n", store.status().ToString().c_str());
    return 1;
  }

  std::vector<uint32_t> gold_event, gold_line;
  std::vector<int64_t> gold_copy;
  // The bench's own bookkeeping is kept small (ids as numbers) so that peak RSS is the store's.
  std::vector<uint64_t> ids, pred_dup;  // content id, original's id (0 = none)
  std::vector<uint32_t> pred_story, pred_line;
  std::unordered_map<std::string, uint32_t> story_ids, line_ids;
  kabar::AddCounts total;
  double gen_seconds = 0, add_seconds = 0;
  auto start = Clock::now();
  for (int done = 0; done < n;) {
    std::vector<kabar::Article> batch;
    auto t = Clock::now();
    for (; done < n && batch.size() < batch_size; ++done) {
      kabar::bench::CorpusArticle c = corpus.Next();
      gold_event.push_back(static_cast<uint32_t>(c.event));
      gold_line.push_back(static_cast<uint32_t>(c.storyline));
      gold_copy.push_back(c.copy_of);
      batch.push_back(std::move(c.article));
    }
    gen_seconds += Since(t);
    t = Clock::now();
    auto c = (*store)->Add(&batch);
    add_seconds += Since(t);
    if (!c.ok()) {
      std::fprintf(stderr, "store_bench: %s\n", c.status().ToString().c_str());
      return 1;
    }
    total.added += c->added;
    total.exact_duplicates += c->exact_duplicates;
    total.near_duplicates += c->near_duplicates;
    total.syndicated += c->syndicated;
    total.new_stories += c->new_stories;
    total.new_storylines += c->new_storylines;
    total.dedup_seconds += c->dedup_seconds;
    total.cluster_seconds += c->cluster_seconds;
    total.write_seconds += c->write_seconds;
    total.stories_in_memory = c->stories_in_memory;
    total.storylines_in_memory = c->storylines_in_memory;
    total.dedup_keys_in_memory = c->dedup_keys_in_memory;
    for (const kabar::Article& a : batch) {
      ids.push_back(std::strtoull(a.id.c_str(), nullptr, 16));
      pred_dup.push_back(
          a.duplicate_of.empty() ? 0 : std::strtoull(a.duplicate_of.c_str(), nullptr, 16));
      pred_story.push_back(story_ids.emplace(a.story_id, story_ids.size()).first->second);
      pred_line.push_back(line_ids.emplace(a.storyline_id, line_ids.size()).first->second);
    }
    if (done % 50000 < static_cast<int>(batch_size)) {
      std::fprintf(stderr, "%d articles, %.0f s, RSS %.0f MB\n", done, Since(start), RssMb());
    }
  }
  double wall = Since(start);
  store->reset();

  // Duplicates: a reported link is correct when the truth says the article copies that
  // original; recall over the generator's copies.
  uint64_t truth_copies = 0, found = 0, reported = 0, correct = 0;
  for (size_t i = 0; i < ids.size(); ++i) {
    bool is_copy = gold_copy[i] >= 0;
    truth_copies += is_copy;
    if (pred_dup[i] == 0) continue;
    ++reported;
    bool ok = is_copy && ids[static_cast<size_t>(gold_copy[i])] == pred_dup[i];
    correct += ok;
    found += ok;
  }
  BCubed stories = Score(pred_story, gold_event);
  BCubed lines = Score(pred_line, gold_line);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  uintmax_t size = std::filesystem::file_size(db);
  std::error_code ec;
  uintmax_t wal = std::filesystem::file_size(db + "-wal", ec);
  if (ec) wal = 0;

  double per = static_cast<double>(n);
  std::printf("articles                 %d (%llu stored, %d gold events)\n", n,
              static_cast<unsigned long long>(total.added), corpus.events());
  std::printf("reference: generation    %.0f articles/s (%.1f s)\n", per / gen_seconds,
              gen_seconds);
  std::printf("store total (Add)        %.0f articles/s (%.1f s) = %.2fx generation time\n",
              per / add_seconds, add_seconds, add_seconds / gen_seconds);
  std::printf("  dedup                  %.0f articles/s (%.1f s)\n", per / total.dedup_seconds,
              total.dedup_seconds);
  std::printf("  clustering             %.0f articles/s (%.1f s)\n", per / total.cluster_seconds,
              total.cluster_seconds);
  std::printf("  dedup + clustering     %.0f articles/s on one core\n",
              per / (total.dedup_seconds + total.cluster_seconds));
  std::printf("  SQLite write + commit  %.0f articles/s (%.1f s)\n", per / total.write_seconds,
              total.write_seconds);
  std::printf("wall                     %.1f s (process CPU: user %.1f s, system %.1f s)\n", wall,
              ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
              ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
  std::printf("peak RSS                 %.0f MB (%.0f bytes per article)\n", ru.ru_maxrss / 1024.0,
              ru.ru_maxrss * 1024.0 / per);
  std::printf("in memory at the end     %llu stories, %llu storylines, %llu LSH keys and samples\n",
              static_cast<unsigned long long>(total.stories_in_memory),
              static_cast<unsigned long long>(total.storylines_in_memory),
              static_cast<unsigned long long>(total.dedup_keys_in_memory));
  std::printf("database                 %.0f MB (+ %.0f MB WAL)\n", size / 1e6, wal / 1e6);
  std::printf(
      "duplicates               truth %llu, reported %llu (exact %llu, near %llu, "
      "syndicated %llu)\n",
      static_cast<unsigned long long>(truth_copies), static_cast<unsigned long long>(reported),
      static_cast<unsigned long long>(total.exact_duplicates),
      static_cast<unsigned long long>(total.near_duplicates),
      static_cast<unsigned long long>(total.syndicated));
  std::printf("  precision %.4f  recall %.4f\n", reported ? double(correct) / reported : 1.0,
              truth_copies ? double(found) / truth_copies : 1.0);
  std::printf("stories                  %llu (gold %d)  BCubed P %.3f R %.3f F1 %.3f\n",
              static_cast<unsigned long long>(total.new_stories), corpus.events(), stories.p,
              stories.r, stories.f());
  std::printf("storylines               %llu  BCubed P %.3f R %.3f F1 %.3f\n",
              static_cast<unsigned long long>(total.new_storylines), lines.p, lines.r, lines.f());
  return 0;
}
