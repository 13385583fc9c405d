#include "store/entity_tables.h"

#include "common/json_writer.h"
#include "kabar/article_json.h"
#include "kabar/understand.h"

namespace kabar::store {

const char* const kEntityTablesSql = R"sql(
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  UNIQUE(key, type));
CREATE TABLE article_entities(
  entity_id INTEGER NOT NULL, article_id TEXT NOT NULL,
  mentions INTEGER NOT NULL, aliases TEXT NOT NULL,
  PRIMARY KEY(entity_id, article_id)) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities(article_id);
CREATE TABLE quotes(
  article_id TEXT NOT NULL, idx INTEGER NOT NULL,
  speaker TEXT, speaker_key TEXT, entity_id INTEGER,
  text TEXT NOT NULL, verb TEXT, paragraph INTEGER NOT NULL, direct INTEGER NOT NULL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX quotes_entity ON quotes(entity_id);
)sql";

Status EntityWriter::Prepare(sqlite3* db) {
  db_ = db;
  Status s = find_entity_.Prepare(db, "SELECT id, name FROM entities WHERE key = ? AND type = ?");
  if (s.ok()) s = rename_entity_.Prepare(db, "UPDATE entities SET name = ? WHERE id = ?");
  if (s.ok()) {
    s = insert_entity_.Prepare(db, "INSERT INTO entities(key, type, name) VALUES(?,?,?)");
  }
  if (s.ok()) {
    s = insert_mention_.Prepare(db,
                                "INSERT OR REPLACE INTO article_entities(entity_id, article_id, "
                                "mentions, aliases) VALUES(?,?,?,?)");
  }
  if (s.ok()) {
    s = insert_quote_.Prepare(db,
                              "INSERT OR REPLACE INTO quotes(article_id, idx, speaker, "
                              "speaker_key, entity_id, text, verb, paragraph, direct) "
                              "VALUES(?,?,?,?,?,?,?,?,?)");
  }
  return s;
}

void EntityWriter::Finalize() {
  find_entity_.Finalize();
  insert_entity_.Finalize();
  rename_entity_.Finalize();
  insert_mention_.Finalize();
  insert_quote_.Finalize();
}

namespace {

// True when `name` has no ASCII lower-case letter.
bool AllCaps(std::string_view name) {
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

}  // namespace

Result<int64_t> EntityWriter::EntityId(const std::string& key, const std::string& type,
                                       const std::string& name) {
  std::string cache_key = key + "\t" + type;
  auto it = ids_.find(cache_key);
  if (it != ids_.end()) {
    // A name in capitals (a dateline, a headline in capitals) gives way to the first one
    // written in mixed case.
    if (it->second.caps && !AllCaps(name)) {
      rename_entity_.Reset();
      rename_entity_.BindText(1, name);
      rename_entity_.BindInt(2, it->second.id);
      Status s = rename_entity_.Run();
      if (!s.ok()) return s;
      it->second.caps = false;
    }
    return it->second.id;
  }
  find_entity_.Reset();
  find_entity_.BindText(1, key);
  find_entity_.BindText(2, type);
  Status s;
  int64_t id = 0;
  bool caps = AllCaps(name);
  if (find_entity_.Step(&s)) {
    id = find_entity_.Int(0);
    caps = AllCaps(find_entity_.Text(1));
  } else {
    if (!s.ok()) return s;
    insert_entity_.Reset();
    insert_entity_.BindText(1, key);
    insert_entity_.BindText(2, type);
    insert_entity_.BindText(3, name);
    s = insert_entity_.Run();
    if (!s.ok()) return s;
    id = sqlite3_last_insert_rowid(db_);
  }
  find_entity_.Reset();
  ids_.emplace(std::move(cache_key), Cached{id, caps});
  return EntityId(key, type, name);  // cached now; renames a name in capitals if need be
}

Status EntityWriter::Write(const Article& a) {
  std::unordered_map<std::string, int64_t> by_name;  // canonical name -> entity id
  for (const EntityMention& e : a.entities) {
    std::string key = EntityKey(e.name);
    if (key.empty()) continue;
    Result<int64_t> id = EntityId(key, e.type, e.name);
    if (!id.ok()) return id.status();
    by_name.emplace(e.name, *id);
    std::string aliases;
    JsonWriter(&aliases).Strings(e.aliases);
    insert_mention_.Reset();
    insert_mention_.BindInt(1, *id);
    insert_mention_.BindText(2, a.id);
    insert_mention_.BindInt(3, e.mentions);
    insert_mention_.BindText(4, aliases);
    Status s = insert_mention_.Run();
    if (!s.ok()) return s;
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    insert_quote_.Reset();
    insert_quote_.BindText(1, a.id);
    insert_quote_.BindInt(2, static_cast<int64_t>(i));
    insert_quote_.Bind(3, q.speaker);
    insert_quote_.Bind(4, EntityKey(q.speaker));
    auto it = by_name.find(q.speaker);
    if (it != by_name.end()) insert_quote_.BindInt(5, it->second);
    insert_quote_.BindText(6, q.text);
    insert_quote_.Bind(7, q.verb);
    insert_quote_.BindInt(8, q.paragraph);
    insert_quote_.BindInt(9, q.direct ? 1 : 0);
    Status s = insert_quote_.Run();
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status BackfillEntityTables(sqlite3* db) {
  EntityWriter writer;
  Status s = writer.Prepare(db);
  if (!s.ok()) return s;
  Stmt st;
  s = st.Prepare(db, "SELECT id, json FROM articles ORDER BY seq");
  if (!s.ok()) return s;
  while (st.Step(&s)) {
    Result<Article> a = ArticleFromJson(st.Text(1));
    if (!a.ok()) {
      return Status::Corruption("article " + st.Text(0) + ": " + a.status().message());
    }
    a->id = st.Text(0);
    s = writer.Write(*a);
    if (!s.ok()) return s;
  }
  return s;
}

}  // namespace kabar::store
