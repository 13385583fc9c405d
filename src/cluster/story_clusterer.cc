// StoryClusterer: first cut. Duplicates join their original's story; every other article
// opens its own story and storyline. Replaced by similarity clustering next.
#include <algorithm>
#include <unordered_map>

#include "kabar/cluster.h"

namespace kabar {

struct StoryClusterer::Rep {
  ClusterOptions options;
  std::vector<ClusterRecord> stories;
  std::vector<ClusterRecord> storylines;
  std::unordered_map<std::string, uint32_t> story_index;
  std::vector<uint32_t> seq_story;  // seq -> story index + 1 (0 = none)
  std::vector<uint32_t> dirty_stories, dirty_storylines;
};

StoryClusterer::StoryClusterer(ClusterOptions options) : rep_(std::make_unique<Rep>()) {
  rep_->options = options;
}
StoryClusterer::~StoryClusterer() = default;

StoryClusterer::Assignment StoryClusterer::Add(const Article& article, const EventTime& time,
                                               uint32_t seq, uint32_t duplicate_of) {
  Rep& r = *rep_;
  Assignment a;
  uint32_t story = 0;
  if (duplicate_of != 0 && duplicate_of < r.seq_story.size() && r.seq_story[duplicate_of] != 0) {
    story = r.seq_story[duplicate_of] - 1;
  } else {
    story = static_cast<uint32_t>(r.stories.size());
    ClusterRecord line;
    line.index = static_cast<uint32_t>(r.storylines.size());
    line.id = "sl-" + article.id;
    line.count = 1;
    line.first_day = line.last_day = time.day;
    r.storylines.push_back(line);
    r.dirty_storylines.push_back(line.index);
    ClusterRecord rec;
    rec.index = story;
    rec.id = "st-" + article.id;
    rec.parent = line.id;
    rec.headline = article.title;
    r.stories.push_back(rec);
    r.story_index[rec.id] = story;
    a.new_story = a.new_storyline = true;
  }
  ClusterRecord& rec = r.stories[story];
  ++rec.count;
  if (time.day != EventTime::kUnknown) {
    if (rec.first_day == EventTime::kUnknown || time.day < rec.first_day) rec.first_day = time.day;
    if (rec.last_day == EventTime::kUnknown || time.day > rec.last_day) rec.last_day = time.day;
  }
  r.dirty_stories.push_back(story);
  if (r.seq_story.size() <= seq) r.seq_story.resize(seq + 1, 0);
  r.seq_story[seq] = story + 1;
  a.story_id = rec.id;
  a.storyline_id = rec.parent;
  return a;
}

namespace {
std::vector<ClusterRecord> TakeDirty(std::vector<uint32_t>* dirty,
                                     const std::vector<ClusterRecord>& all) {
  std::sort(dirty->begin(), dirty->end());
  dirty->erase(std::unique(dirty->begin(), dirty->end()), dirty->end());
  std::vector<ClusterRecord> out;
  for (uint32_t i : *dirty) out.push_back(all[i]);
  dirty->clear();
  return out;
}
}  // namespace

std::vector<ClusterRecord> StoryClusterer::TakeDirtyStories() {
  return TakeDirty(&rep_->dirty_stories, rep_->stories);
}
std::vector<ClusterRecord> StoryClusterer::TakeDirtyStorylines() {
  return TakeDirty(&rep_->dirty_storylines, rep_->storylines);
}
std::string StoryClusterer::TakeFrequencyDelta() { return ""; }

Status StoryClusterer::LoadStoryline(const ClusterRecord& record) {
  if (record.index != rep_->storylines.size()) return Status::Corruption("storyline order");
  rep_->storylines.push_back(record);
  return Status::OK();
}
Status StoryClusterer::LoadStory(const ClusterRecord& record) {
  if (record.index != rep_->stories.size()) return Status::Corruption("story order");
  rep_->stories.push_back(record);
  rep_->story_index[record.id] = record.index;
  return Status::OK();
}
Status StoryClusterer::LoadFrequencyDelta(std::string_view) { return Status::OK(); }
Status StoryClusterer::LoadArticleStory(uint32_t seq, std::string_view story_id) {
  auto it = rep_->story_index.find(std::string(story_id));
  if (it == rep_->story_index.end()) return Status::Corruption("article of unknown story");
  if (rep_->seq_story.size() <= seq) rep_->seq_story.resize(seq + 1, 0);
  rep_->seq_story[seq] = it->second + 1;
  return Status::OK();
}

}  // namespace kabar
