#include "serve/story_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>

#include "store/sqlite_util.h"

namespace kabar::serve {

using nlohmann::json;
using store::Stmt;

namespace {

json OrNull(const std::string& s) { return s.empty() ? json() : json(s); }

// The fields of an article a story page shows, from the stored JSON.
json StoryArticle(const json& a) {
  json out = json::object();
  for (const char* key : {"id", "title", "outlet", "site", "url", "canonical_url", "published",
                          "language", "lead", "authors", "dateline", "body"}) {
    out[key] = a.contains(key) ? a[key] : json();
  }
  out["duplicates"] = json::array();
  return out;
}

}  // namespace

json StoryJson(const StorySummary& s) {
  return {{"id", s.id},
          {"first_date", OrNull(s.first_date)},
          {"last_date", OrNull(s.last_date)},
          {"headline", OrNull(s.headline)},
          {"outlets", s.outlets},
          {"article_ids", s.article_ids},
          {"storyline_id", OrNull(s.storyline_id)}};
}

Result<json> StoryDetail(Store* store, const std::string& id, size_t max_articles) {
  sqlite3* db = store->handle();
  Result<std::vector<StorySummary>> summary = store->StoriesWithIds({id});
  if (!summary.ok()) return summary.status();
  if (summary->empty()) return Status::NotFound("no story " + id);
  Stmt arts;
  Status s = arts.Prepare(db,
                          "SELECT id, json, duplicate_of, duplicate_kind, duplicate_similarity "
                          "FROM articles WHERE story_id = ? ORDER BY seq");
  if (!s.ok()) return s;
  arts.Bind(1, id);
  json articles = json::array();
  std::map<std::string, size_t> position;  // original id -> index in `articles`
  bool truncated = false;
  while (arts.Step(&s)) {
    json a = json::parse(arts.Text(1), nullptr, false);
    if (a.is_discarded()) continue;
    std::string original = arts.Text(2);
    auto it = position.find(original);
    if (!original.empty() && it != position.end()) {
      articles[it->second]["duplicates"].push_back({{"id", arts.Text(0)},
                                                    {"outlet", a.value("outlet", json())},
                                                    {"site", a.value("site", json())},
                                                    {"url", a.value("url", json())},
                                                    {"kind", OrNull(arts.Text(3))},
                                                    {"similarity", arts.Double(4)}});
      continue;
    }
    if (articles.size() >= max_articles) {
      truncated = true;
      continue;
    }
    json entry = StoryArticle(a);
    entry["duplicate_of"] = OrNull(original);
    position[arts.Text(0)] = articles.size();
    articles.push_back(std::move(entry));
  }
  if (!s.ok()) return s;
  return json{
      {"story", StoryJson((*summary)[0])}, {"articles", articles}, {"truncated", truncated}};
}

Result<json> ArticleRelations(sqlite3* db, const std::string& id) {
  Stmt sources, dups, self;
  Status s = sources.Prepare(db,
                             "SELECT path, offset, length, record_id, url, fetched_at "
                             "FROM article_sources WHERE article_id = ? ORDER BY path, offset");
  if (s.ok()) {
    s = dups.Prepare(db,
                     "SELECT id, outlet, site, url, duplicate_kind, duplicate_similarity "
                     "FROM articles WHERE duplicate_of = ? ORDER BY seq LIMIT 100");
  }
  if (s.ok()) s = self.Prepare(db, "SELECT duplicate_kind FROM articles WHERE id = ?");
  if (!s.ok()) return s;
  json out = {{"sources", json::array()}, {"duplicates", json::array()}};
  sources.Bind(1, id);
  while (sources.Step(&s)) {
    out["sources"].push_back({{"path", sources.Text(0)},
                              {"offset", sources.Int(1)},
                              {"length", sources.Int(2)},
                              {"record_id", OrNull(sources.Text(3))},
                              {"url", OrNull(sources.Text(4))},
                              {"fetched_at", OrNull(sources.Text(5))}});
  }
  dups.Bind(1, id);
  while (s.ok() && dups.Step(&s)) {
    out["duplicates"].push_back({{"id", dups.Text(0)},
                                 {"outlet", OrNull(dups.Text(1))},
                                 {"site", OrNull(dups.Text(2))},
                                 {"url", OrNull(dups.Text(3))},
                                 {"kind", OrNull(dups.Text(4))},
                                 {"similarity", dups.Double(5)}});
  }
  self.Bind(1, id);
  out["duplicate_kind"] = s.ok() && self.Step(&s) ? OrNull(self.Text(0)) : json();
  if (!s.ok()) return s;
  return out;
}

}  // namespace kabar::serve
