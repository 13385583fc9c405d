// Entity queries over the store's entities / article_entities / quotes tables.
#include <sqlite3.h>

#include <algorithm>

#include "kabar/entity_query.h"
#include "kabar/store.h"
#include "store/sqlite_util.h"

namespace kabar {

using store::Stmt;

namespace {

constexpr size_t kMaxLimit = 1000;
constexpr int kMaxAliases = 20;

bool IsDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

Status CheckPage(size_t limit) {
  if (limit < 1 || limit > kMaxLimit) {
    return Status::InvalidArgument("limit must be between 1 and " + std::to_string(kMaxLimit));
  }
  return Status::OK();
}

// Splits on white space; LIKE wildcards are dropped (the words are matched literally).
std::vector<std::string> LikeWords(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!w.empty()) words.push_back("%" + w + "%");
      w.clear();
    } else if (c != '%' && c != '_') {
      w.push_back(c);
    }
  }
  return words;
}

std::string Placeholders(size_t n) {
  std::string p;
  for (size_t i = 0; i < n; ++i) p += i ? ",?" : "?";
  return p;
}

Status LoadAliases(sqlite3* db, int64_t entity_id, std::vector<std::string>* out) {
  Stmt st;
  Status s = st.Prepare(db,
                        "SELECT DISTINCT j.value FROM article_entities ae, json_each(ae.aliases) j "
                        "WHERE ae.entity_id = ? ORDER BY j.value LIMIT ?");
  if (!s.ok()) return s;
  st.BindInt(1, entity_id);
  st.BindInt(2, kMaxAliases);
  while (st.Step(&s)) out->push_back(st.Text(0));
  return s;
}

}  // namespace

Result<std::unique_ptr<Store>> OpenForEntityQueries(const std::string& path) {
  Result<std::unique_ptr<Store>> store = Store::OpenReadOnly(path);
  if (!store.ok() || (*store)->schema_version() >= kStoreSchemaVersion) return store;
  store = Store::Open(path);  // migrates
  if (!store.ok()) return store;
  store->reset();
  return Store::OpenReadOnly(path);
}

std::vector<std::string> EntityKeys(std::string_view name, const Understander* aliases) {
  std::vector<std::string> keys;
  std::string key = EntityKey(name);
  if (key.empty()) return keys;
  keys.push_back(key);
  if (aliases != nullptr) {
    std::string canonical, type;
    aliases->Canonical(name, &canonical, &type);
    std::string k = EntityKey(canonical);
    if (!k.empty() && k != key) keys.push_back(k);
  }
  return keys;
}

Result<std::vector<EntitySummary>> ListEntities(sqlite3* db, const EntityFilter& f) {
  Status s = CheckPage(f.limit);
  if (!s.ok()) return s;
  if (!f.type.empty() && f.type != "PER" && f.type != "ORG" && f.type != "LOC") {
    return Status::InvalidArgument("entity type must be PER, ORG or LOC, not '" + f.type + "'");
  }
  if (!f.since.empty() && !IsDate(f.since)) {
    return Status::InvalidArgument("date must be YYYY-MM-DD, not '" + f.since + "'");
  }
  std::string sql =
      "SELECT e.id, e.name, e.type, count(*) AS n, sum(ae.mentions) AS m "
      "FROM article_entities ae JOIN entities e ON e.id = ae.entity_id ";
  if (!f.since.empty()) sql += "JOIN articles a ON a.id = ae.article_id AND a.event_date >= ?1 ";
  sql +=
      "WHERE ?2 IS NULL OR e.type = ?2 GROUP BY e.id ORDER BY m DESC, n DESC, e.name "
      "LIMIT ?3 OFFSET ?4";
  Stmt st;
  s = st.Prepare(db, sql.c_str());
  if (!s.ok()) return s;
  if (!f.since.empty()) st.Bind(1, f.since);
  st.Bind(2, f.type);
  st.BindInt(3, static_cast<int64_t>(f.limit));
  st.BindInt(4, static_cast<int64_t>(f.offset));
  std::vector<EntitySummary> out;
  std::vector<int64_t> ids;
  while (st.Step(&s)) {
    EntitySummary e;
    ids.push_back(st.Int(0));
    e.name = st.Text(1);
    e.type = st.Text(2);
    e.articles = static_cast<uint64_t>(st.Int(3));
    e.mentions = static_cast<uint64_t>(st.Int(4));
    out.push_back(std::move(e));
  }
  if (!s.ok()) return s;
  for (size_t i = 0; i < out.size(); ++i) {
    s = LoadAliases(db, ids[i], &out[i].aliases);
    if (!s.ok()) return s;
  }
  return out;
}

Result<std::vector<QuoteHit>> FindQuotes(sqlite3* db, const QuoteFilter& f,
                                         const Understander* aliases) {
  Status s = CheckPage(f.limit);
  if (!s.ok()) return s;
  std::vector<std::string> binds;
  std::string sql =
      "SELECT q.article_id, a.event_date, coalesce(a.outlet, a.site), a.title, q.speaker, "
      "q.text, q.verb, q.paragraph, q.direct FROM quotes q JOIN articles a ON a.id = "
      "q.article_id WHERE 1";
  if (!f.speaker.empty()) {
    std::vector<std::string> keys = EntityKeys(f.speaker, aliases);
    if (keys.empty()) return std::vector<QuoteHit>();
    sql += " AND q.speaker_key IN (" + Placeholders(keys.size()) + ")";
    binds.insert(binds.end(), keys.begin(), keys.end());
  }
  for (std::string& w : LikeWords(f.query)) {
    sql += " AND q.text LIKE ?";
    binds.push_back(std::move(w));
  }
  sql += " ORDER BY a.event_date IS NULL, a.event_date, a.seq, q.idx LIMIT ? OFFSET ?";
  Stmt st;
  s = st.Prepare(db, sql.c_str());
  if (!s.ok()) return s;
  int i = 1;
  for (const std::string& b : binds) st.BindText(i++, b);
  st.BindInt(i++, static_cast<int64_t>(f.limit));
  st.BindInt(i++, static_cast<int64_t>(f.offset));
  std::vector<QuoteHit> out;
  while (st.Step(&s)) {
    QuoteHit q;
    q.article_id = st.Text(0);
    q.date = st.Text(1);
    q.outlet = st.Text(2);
    q.title = st.Text(3);
    q.speaker = st.Text(4);
    q.text = st.Text(5);
    q.verb = st.Text(6);
    q.paragraph = static_cast<int>(st.Int(7));
    q.direct = st.Int(8) != 0;
    out.push_back(std::move(q));
  }
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<StorySummary>> Store::EntityStories(const std::vector<std::string>& keys) {
  if (keys.empty()) return Status::InvalidArgument("empty entity name");
  std::string sql =
      "SELECT a.story_id FROM articles a JOIN article_entities ae ON ae.article_id "
      "= a.id JOIN entities e ON e.id = ae.entity_id WHERE a.story_id IS NOT NULL "
      "AND e.key IN (" +
      Placeholders(keys.size()) + ")";
  return StoriesIn(sql, keys);
}

}  // namespace kabar
