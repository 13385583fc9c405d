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
// Thread safety: not thread-safe.
#ifndef KABAR_CLUSTER_H_
#define KABAR_CLUSTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

// The time an article is about: its publication date, else the latest date it mentions that
// is not after its fetch date, else its fetch date.
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
  int article_terms = 80;        // terms kept per article vector
  int centroid_terms = 160;      // terms kept per story centroid
  // Weight factor of terms holding a digit (counts, scores, model numbers, years): they tell
  // two events of one kind apart (23 vs 26 pirates captured, Curve 8900 vs Q10). ECB+ mean
  // BCubed F1 over ten orders 0.848 at 1, 0.858 at 2, 0.873 at 3, 0.877 at 4, 0.862 at 5.
  double number_weight = 3.0;
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

  // Clusters one article. `seq` is its store sequence number (> every earlier one);
  // `duplicate_of` the seq of its original, 0 when none.
  Assignment Add(const Article& article, const EventTime& time, uint32_t seq,
                 uint32_t duplicate_of);

  // Persistence: the records changed since the last call, and the document-frequency delta
  // (opaque) since then. The store writes them in the transaction of the batch.
  std::vector<ClusterRecord> TakeDirtyStories();
  std::vector<ClusterRecord> TakeDirtyStorylines();
  std::string TakeFrequencyDelta();

  // Rebuilding at Open: every storyline, story and frequency delta ever saved, in order,
  // then the story of each stored article in seq order.
  Status LoadStoryline(const ClusterRecord& record);
  Status LoadStory(const ClusterRecord& record);
  Status LoadFrequencyDelta(std::string_view delta);
  Status LoadArticleStory(uint32_t seq, std::string_view story_id);

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

}  // namespace kabar

#endif  // KABAR_CLUSTER_H_
