// Store: the read side (stories, storylines, timelines, figures).
#include <sqlite3.h>

#include <algorithm>
#include <set>

#include "kabar/store.h"
#include "store/sqlite_util.h"

namespace kabar {

using store::Stmt;

namespace {

constexpr const char* kStoryColumns =
    "SELECT s.id, s.first_date, s.last_date, s.headline, s.storyline_id FROM stories s ";

// Runs a story query (columns as kStoryColumns) and fills outlets and article ids.
Result<std::vector<StorySummary>> RunStoryQuery(sqlite3* db, const std::string& sql,
                                                const std::vector<std::string>& binds) {
  Stmt st;
  Status s = st.Prepare(db, sql.c_str());
  if (!s.ok()) return s;
  for (size_t i = 0; i < binds.size(); ++i) st.Bind(static_cast<int>(i + 1), binds[i]);
  std::vector<StorySummary> out;
  while (st.Step(&s)) {
    StorySummary sum;
    sum.id = st.Text(0);
    sum.first_date = st.Text(1);
    sum.last_date = st.Text(2);
    sum.headline = st.Text(3);
    sum.storyline_id = st.Text(4);
    out.push_back(std::move(sum));
  }
  if (!s.ok()) return s;
  Stmt arts;
  s = arts.Prepare(db,
                   "SELECT id, coalesce(outlet, site) FROM articles WHERE story_id = ? "
                   "ORDER BY seq");
  if (!s.ok()) return s;
  for (StorySummary& sum : out) {
    arts.Reset();
    arts.Bind(1, sum.id);
    std::set<std::string> outlets;
    while (arts.Step(&s)) {
      sum.article_ids.push_back(arts.Text(0));
      std::string o = arts.Text(1);
      if (!o.empty()) outlets.insert(o);
    }
    if (!s.ok()) return s;
    sum.outlets.assign(outlets.begin(), outlets.end());
  }
  return out;
}

constexpr const char* kOldestFirst =
    " ORDER BY s.first_date IS NULL, s.first_date, s.last_date, s.seq";

}  // namespace

Result<std::vector<StorySummary>> Store::ListStories(const StoryFilter& filter) {
  std::string sql = std::string(kStoryColumns) + "WHERE 1";
  std::vector<std::string> binds;
  if (!filter.since.empty()) {
    sql += " AND s.last_date >= ?";
    binds.push_back(filter.since.substr(0, 10));
  }
  if (!filter.until.empty()) {
    sql += " AND s.first_date <= ?";
    binds.push_back(filter.until.substr(0, 10));
  }
  sql += kOldestFirst;
  return RunStoryQuery(handle(), sql, binds);
}

Result<std::vector<StorySummary>> Store::StorylineStories(std::string_view storyline_id) {
  std::string sql = std::string(kStoryColumns) + "WHERE s.storyline_id = ?" + kOldestFirst;
  Result<std::vector<StorySummary>> r = RunStoryQuery(handle(), sql, {std::string(storyline_id)});
  if (r.ok() && r->empty()) return Status::NotFound("no storyline " + std::string(storyline_id));
  return r;
}

Result<std::vector<StorySummary>> Store::StoriesWithIds(const std::vector<std::string>& ids) {
  if (ids.empty()) return std::vector<StorySummary>();
  if (ids.size() > kMaxStoryIds) {
    return Status::InvalidArgument("too many story ids (" + std::to_string(ids.size()) + ")");
  }
  std::string placeholders = "?";
  for (size_t i = 1; i < ids.size(); ++i) placeholders += ",?";
  return StoriesIn(placeholders, ids);
}

Result<std::vector<StorySummary>> Store::StoriesIn(const std::string& story_ids_sql,
                                                   const std::vector<std::string>& binds) {
  std::string sql =
      std::string(kStoryColumns) + "WHERE s.id IN (" + story_ids_sql + ")" + kOldestFirst;
  return RunStoryQuery(handle(), sql, binds);
}

Result<StoreStats> Store::Stats() {
  StoreStats st;
  struct Q {
    const char* sql;
    uint64_t* out;
  } qs[] = {
      {"SELECT count(*) FROM articles", &st.articles},
      {"SELECT count(*) FROM article_sources", &st.sources},
      {"SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL", &st.duplicates},
      {"SELECT count(*) FROM stories", &st.stories},
      {"SELECT count(*) FROM storylines", &st.storylines},
      {"SELECT count(*) FROM rejects", &st.rejects},
  };
  for (const Q& q : qs) {
    Stmt s;
    Status status = s.Prepare(handle(), q.sql);
    if (status.ok() && s.Step(&status)) *q.out = static_cast<uint64_t>(s.Int(0));
    if (!status.ok()) return status;
  }
  return st;
}

}  // namespace kabar
