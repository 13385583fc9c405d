// Story clustering: online, over a sliding time window, with storylines over longer spans.
//
// Every new article is compared with the open stories whose time range lies within
// ClusterOptions::story_window_days of the article's event time; it joins the most similar
// one when the similarity reaches story_threshold, else it opens a new story. A new story is
// linked to the most similar storyline within storyline_window_days (else opens one).
// Duplicates (dedup) join their original's story.
//
// The result depends only on the sequence of articles given, not on how that sequence was
// split into batches or processes: the whole state (document frequencies, story and
// storyline centroids) round-trips exactly through the records below, which the store
// persists in the same transaction as the articles.
//
// Memory. The clusterer keeps a stream clock, the newest event day seen. A story that no
// article has joined while the clock moved story_memory_days on AND while the last
// memory_articles articles were added can no longer be joined by a new article (it counts as
// absent), so EvictStale frees it; likewise a storyline after storyline_memory_days (and
// memory_articles). This changes nothing for an article that arrives at most
// (memory - window) days after newer ones, or among the memory_articles articles after its
// story's last one (ingest order need not follow dates). A duplicate whose original's story
// was freed brings it back through the RecordLoader (the stored record), so duplicates still
// join their original's story.
//
// Thread safety: not thread-safe.
#ifndef KABAR_CLUSTER_H_
#define KABAR_CLUSTER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

// The time an article is about: its publication date unless that is more than a day after its
// fetch date (a misread), else the latest date it mentions that is not after its fetch date,
// else its fetch date.
struct EventTime {
  static constexpr int64_t kUnknown = INT64_MIN;
  int64_t day = kUnknown;  // days since 1970-01-01
  std::string date;        // YYYY-MM-DD, empty when unknown
  std::string basis;       // "published", "mentioned", "fetched", or empty
};
EventTime ArticleEventTime(const Article& article);

// Days since 1970-01-01 of "YYYY-MM-DD..." (a prefix is enough); kUnknown when malformed.
int64_t ParseDay(std::string_view iso);
std::string FormatDay(int64_t day);

struct ClusterOptions {
  int story_window_days = 3;
  double story_threshold = 0.2;
  int storyline_window_days = 548;
  double storyline_threshold = 0.15;
  // A new story joins a storyline only when they share at least this many names: one shared
  // name (a president, a capital) is common between unrelated storylines.
  int storyline_min_shared_names = 2;
  bool average_linkage = false;  // mean cosine to members instead of cosine to the centroid
  double name_share = 0.3;       // weight of name similarity in story similarity
  double time_bonus = 0.08;      // added for dated articles on the story's days, falling to 0 at
                                 // the edge of the window
  // Every word of the title, the lead and the body's opening (its first paragraphs up to this
  // many bytes, the first always) is a term; after it only names, name runs and words holding
  // a digit are. A news story tells its event up front (who, what, where, when); the rest adds
  // background that blurs it and costs most of the word lookups. 0 = every word. ECB+ mean
  // BCubed F1 over ten orders 0.873 with every word, 0.879 / 0.880 / 0.884 / 0.881 / 0.882 at
  // 300 / 400 / 600 / 800 / 1000; the seeds' stories need >= 500 (doc/stories.md).
  int lead_bytes = 600;
  int article_terms = 80;    // terms kept per article vector
  int centroid_terms = 160;  // terms kept per story centroid
  // Weight factor of terms holding a digit (counts, scores, model numbers, years): they tell
  // two events of one kind apart (23 vs 26 pirates captured, Curve 8900 vs Q10). ECB+ mean
  // BCubed F1 over ten orders 0.848 at 1, 0.858 at 2, 0.873 at 3, 0.877 at 4, 0.862 at 5.
  double number_weight = 3.0;
  // A story (storyline) not joined while the stream clock moved this many days on is no
  // longer a candidate and is freed from memory; 0 = never. See the class comment.
  int story_memory_days = 10;
  int storyline_memory_days = 578;
  uint32_t memory_articles = 50000;  // a cluster joined by one of the last this-many stays
};

// What the store persists for one story or storyline (rows of the stories/storylines tables).
struct ClusterRecord {
  uint32_t index = 0;  // 0-based creation order
  std::string id;      // "st-<article id>" / "sl-<article id>" of the first article
  std::string parent;  // storyline id (stories only)
  int64_t first_day = EventTime::kUnknown;
  int64_t last_day = EventTime::kUnknown;
  uint32_t count = 0;    // articles (stories) or stories (storylines)
  std::string headline;  // stories: the first article's title
  std::string state;     // opaque centroid and flags
};

class StoryClusterer {
 public:
  struct Assignment {
    std::string story_id;
    std::string storyline_id;
    bool new_story = false;
    bool new_storyline = false;
  };

  explicit StoryClusterer(ClusterOptions options = {});
  ~StoryClusterer();

  // Reads back a freed story (story = true) or storyline record by index, as last taken by
  // TakeDirtyStories/TakeDirtyStorylines. Without a loader, a duplicate of an article whose
  // story was freed is clustered as a new article.
  using RecordLoader = std::function<Status(bool story, uint32_t index, ClusterRecord* out)>;
  void SetRecordLoader(RecordLoader loader);

  // Clusters one article. `seq` is its store sequence number (> every earlier one);
  // `duplicate_of` the seq of its original, 0 when none.
  Assignment Add(const Article& article, const EventTime& time, uint32_t seq,
                 uint32_t duplicate_of);

  // Persistence: the records changed since the last call, and the document-frequency delta
  // (opaque) since then. The store writes them in the transaction of the batch.
  std::vector<ClusterRecord> TakeDirtyStories();
  std::vector<ClusterRecord> TakeDirtyStorylines();
  std::string TakeFrequencyDelta();

  // Frees the stories and storylines that can no longer be joined (see the class comment).
  // REQUIRES: their records were taken (and saved) since they last changed.
  void EvictStale();
  size_t stories_in_memory() const;
  size_t storylines_in_memory() const;

  // Rebuilding at Open: first, for each stored article in seq order, its event day and story
  // index (LoadArticle); then every storyline, story and frequency delta ever saved, in
  // order. Records that are stale at the final clock are not kept in memory.
  void LoadArticle(uint32_t seq, int64_t day, uint32_t story_index);
  Status LoadStoryline(const ClusterRecord& record);
  Status LoadStory(const ClusterRecord& record);
  Status LoadFrequencyDelta(std::string_view delta);

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace kabar

#endif  // KABAR_CLUSTER_H_
