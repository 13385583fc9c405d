// Store: opening, locking, loading the in-memory dedup/cluster state, and batched writes.
#include "kabar/store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <deque>
#include <set>
#include <unordered_map>

#include "common/flat_u64_map.h"
#include "kabar/article_json.h"
#include "kabar/cluster.h"
#include "kabar/dedup.h"
#include "store/entity_tables.h"
#include "store/schema.h"
#include "store/sqlite_util.h"
#include "store/state_codec.h"

namespace kabar {

using store::Exec;
using store::SqliteStatus;
using store::Stmt;

namespace {

constexpr size_t kShingleCacheSize = 20000;

// Stage timings are the calling thread's CPU time: honest on a loaded machine, where wall
// time also counts other processes' turns.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};
double Seconds(double a, double b) { return b - a; }

uint64_t ParseHex(const std::string& s) { return std::strtoull(s.c_str(), nullptr, 16); }

// XXH3 of `a`, a NUL, then `b` ASCII lower-cased (built in a reused buffer, written through a
// pointer: no allocation, no per-byte append).
uint64_t KeyHash(std::string_view a, std::string_view b) {
  thread_local std::string k;
  k.resize(a.size() + 1 + b.size());
  char* o = k.data();
  if (!a.empty()) std::memcpy(o, a.data(), a.size());
  o += a.size();
  *o++ = '\0';
  for (char c : b) *o++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return XXH3_64bits(k.data(), k.size());
}

// Records `key -> seq` unless `key` is recorded already (the first original wins).
void KeepFirst(FlatU64Map<uint32_t>* map, uint64_t key, uint32_t seq) {
  bool inserted = false;
  uint32_t* v = map->Upsert(key, &inserted);
  if (inserted) *v = seq;
}

}  // namespace

struct Store::Rep {
  std::string path;
  sqlite3* db = nullptr;
  int lock_fd = -1;
  bool read_only = false;
  int version = 0;  // schema version of the file
  Status poisoned;
  std::vector<StoreHook*> hooks;

  // In-memory state, rebuilt from the database at Open (writable stores only).
  uint32_t next_seq = 1;
  FlatU64Map<uint32_t> id_to_seq;
  std::vector<uint64_t> seq_ids;  // seq -> article id (index 0 unused)
  DuplicateIndex dups;
  FlatU64Map<uint32_t> by_url;         // url hash -> original seq
  FlatU64Map<uint32_t> by_site_title;  // site+title hash -> original seq
  std::unordered_map<uint32_t, std::vector<uint64_t>> shingle_cache;
  std::deque<uint32_t> shingle_fifo;
  std::unique_ptr<StoryClusterer> clusterer;

  Stmt insert_article, insert_source, select_json, select_story, select_line;
  store::EntityWriter entity_writer;  // entities, mentions and quotes of added articles

  ~Rep() {
    insert_article.Finalize();
    insert_source.Finalize();
    select_json.Finalize();
    select_story.Finalize();
    select_line.Finalize();
    entity_writer.Finalize();
    if (db != nullptr) sqlite3_close_v2(db);
    if (lock_fd >= 0) close(lock_fd);  // after SQLite closed: see store.h on locking
  }

  std::string IdHex(uint32_t seq) const {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(seq_ids[seq]));
    return hex;
  }

  void CacheShingles(uint32_t seq, std::vector<uint64_t> shingles) {
    if (shingle_cache.size() >= kShingleCacheSize) {
      shingle_cache.erase(shingle_fifo.front());
      shingle_fifo.pop_front();
    }
    shingle_cache[seq] = std::move(shingles);
    shingle_fifo.push_back(seq);
  }

  std::vector<uint64_t> LoadShingles(uint32_t seq) {
    auto it = shingle_cache.find(seq);
    if (it != shingle_cache.end()) return it->second;
    select_json.Reset();
    select_json.BindInt(1, seq);
    Status s;
    if (!select_json.Step(&s)) return {};
    Result<Article> a = ArticleFromJson(select_json.Text(0));
    select_json.Reset();
    if (!a.ok()) return {};
    return ComputeDedupFeatures(a->body, dups.options()).shingles;
  }

  Status Open(const StoreOptions& options);
  Status LoadState();
  Status LoadClusters();
  Status LoadRecord(bool story, uint32_t index, ClusterRecord* out);
  Status SaveClusters();
  // What Add carries from one phase to the next for one article.
  struct Pending {
    uint32_t seq = 0;  // 0: stored already
    DedupFeatures features;
    DuplicateMatch match;
    std::string kind;
    EventTime time;
  };
  Status DedupOne(Article* a, AddCounts* counts, Pending* p);
  void ClusterOne(Article* a, AddCounts* counts, Pending* p);
  Status WriteSource(const Article& a);
  Status WriteOne(const Article& a, const Pending& p);
};

Store::Store(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Store::~Store() = default;
sqlite3* Store::handle() { return rep_->db; }
int Store::schema_version() const { return rep_->version; }

Status Store::Rep::Open(const StoreOptions& options) {
  if (!read_only) {
    lock_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd < 0) return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
    if (flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
      return Status::IOError(path + " is locked by another kabar writer (an ingest is running)");
    }
  } else {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return Status::NotFound(path + ": no such database");
  }
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "opening " + path);
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  bool empty = false;
  Status s = store::CheckSchema(db, path, &empty, &version);
  if (!s.ok()) return s;
  if (read_only) {
    if (empty) return Status::Corruption(path + " is not a kabar database (empty)");
    return Status::OK();
  }
  s = Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;");
  if (!s.ok()) return s;
  if (options.max_page_count > 0) {
    std::string sql = "PRAGMA max_page_count=" + std::to_string(options.max_page_count);
    s = Exec(db, sql.c_str());
    if (!s.ok()) return s;
  }
  s = store::CreateOrMigrate(db, empty, version);
  if (!s.ok()) return s;
  version = kStoreSchemaVersion;
  s = insert_article.Prepare(
      db,
      "INSERT INTO articles(seq, id, site, outlet, language, url, canonical_url, title, "
      "published, event_date, event_basis, body_hash, duplicate_of, duplicate_kind, "
      "duplicate_similarity, story_id, dedup_state, cluster_state, json) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (s.ok()) {
    s = insert_source.Prepare(db,
                              "INSERT OR IGNORE INTO article_sources(article_id, path, offset, "
                              "length, record_id, url, fetched_at) VALUES(?,?,?,?,?,?,?)");
  }
  if (s.ok()) s = select_json.Prepare(db, "SELECT json FROM articles WHERE seq = ?");
  if (s.ok()) {
    s = select_line.Prepare(db,
                            "SELECT seq, id, first_date, last_date, story_count, state "
                            "FROM storylines WHERE seq = ?");
  }
  if (s.ok()) {
    s = select_story.Prepare(db,
                             "SELECT seq, id, first_date, last_date, article_count, state, "
                             "storyline_id, headline FROM stories WHERE seq = ?");
  }
  dups = DuplicateIndex(options.dedup);
  clusterer = std::make_unique<StoryClusterer>(options.cluster);
  clusterer->SetRecordLoader([this](bool story, uint32_t index, ClusterRecord* out) {
    return LoadRecord(story, index, out);
  });
  if (s.ok()) s = entity_writer.Prepare(db);
  if (s.ok()) s = LoadState();
  return s;
}

// The articles first (dedup replay, the clock and each article's story), then the stories:
// records stale at the final clock are not kept in memory.
Status Store::Rep::LoadState() {
  seq_ids.assign(1, 0);
  Stmt st;
  Status s = st.Prepare(db,
                        "SELECT a.seq, a.id, a.duplicate_of, a.url, a.canonical_url, a.site, "
                        "a.title, a.dedup_state, a.story_id, a.event_date, s.seq FROM articles a "
                        "LEFT JOIN stories s ON s.id = a.story_id ORDER BY a.seq");
  if (!s.ok()) return s;
  while (st.Step(&s)) {
    uint32_t seq = static_cast<uint32_t>(st.Int(0));
    if (seq != next_seq) return Status::Corruption(path + ": article sequence has a gap");
    ++next_seq;
    uint64_t id = ParseHex(st.Text(1));
    seq_ids.push_back(id);
    *id_to_seq.Upsert(id) = seq;
    int64_t day = st.IsNull(9) ? EventTime::kUnknown : ParseDay(st.Text(9));
    dups.Advance(seq, day);
    if (!st.IsNull(8)) {
      if (st.IsNull(10)) return Status::Corruption(path + ": article of unknown story");
      clusterer->LoadArticle(seq, day, static_cast<uint32_t>(st.Int(10)));
    }
    if (!st.IsNull(2)) continue;  // duplicates are not indexed
    DedupFeatures f;
    if (!store::DecodeDedupState(st.Blob(7), &f)) {
      return Status::Corruption(path + ": bad dedup state of article " + st.Text(1));
    }
    dups.Add(seq, f);
    if (!st.IsNull(3)) KeepFirst(&by_url, KeyHash("", st.Text(3)), seq);
    if (!st.IsNull(4)) KeepFirst(&by_url, KeyHash("", st.Text(4)), seq);
    if (!st.IsNull(6)) KeepFirst(&by_site_title, KeyHash(st.Text(5), st.Text(6)), seq);
  }
  if (!s.ok()) return s;
  return LoadClusters();
}

namespace {

// A row of the stories (8 columns) or storylines (6) SELECTs below.
ClusterRecord RecordOf(Stmt* st, bool story) {
  ClusterRecord rec;
  rec.index = static_cast<uint32_t>(st->Int(0));
  rec.id = st->Text(1);
  rec.first_day = ParseDay(st->Text(2));
  rec.last_day = ParseDay(st->Text(3));
  rec.count = static_cast<uint32_t>(st->Int(4));
  rec.state = std::string(st->Blob(5));
  if (story) {
    rec.parent = st->Text(6);
    rec.headline = st->Text(7);
  }
  return rec;
}

Status LoadRecords(sqlite3* db, const char* sql, bool stories, StoryClusterer* c) {
  Stmt st;
  Status s = st.Prepare(db, sql);
  if (!s.ok()) return s;
  while (st.Step(&s)) {
    ClusterRecord rec = RecordOf(&st, stories);
    s = stories ? c->LoadStory(rec) : c->LoadStoryline(rec);
    if (!s.ok()) return Status::Corruption("bad cluster state: " + s.message());
  }
  return s;
}

Status SaveRecords(sqlite3* db, const std::vector<ClusterRecord>& recs, bool stories) {
  if (recs.empty()) return Status::OK();
  Stmt st;
  Status s = st.Prepare(
      db, stories ? "INSERT OR REPLACE INTO stories(seq, id, first_date, last_date, "
                    "article_count, state, storyline_id, headline) VALUES(?,?,?,?,?,?,?,?)"
                  : "INSERT OR REPLACE INTO storylines(seq, id, first_date, last_date, "
                    "story_count, state) VALUES(?,?,?,?,?,?)");
  for (size_t i = 0; s.ok() && i < recs.size(); ++i) {
    const ClusterRecord& r = recs[i];
    st.Reset();
    st.BindInt(1, r.index);
    st.Bind(2, r.id);
    st.Bind(3, FormatDay(r.first_day));
    st.Bind(4, FormatDay(r.last_day));
    st.BindInt(5, r.count);
    st.BindBlob(6, r.state.data(), r.state.size());
    if (stories) {
      st.Bind(7, r.parent);
      st.Bind(8, r.headline);
    }
    s = st.Run();
  }
  return s;
}

}  // namespace

Status Store::Rep::LoadRecord(bool story, uint32_t index, ClusterRecord* out) {
  Stmt& st = story ? select_story : select_line;
  st.Reset();
  st.BindInt(1, index);
  Status s;
  if (!st.Step(&s)) {
    st.Reset();
    return s.ok() ? Status::NotFound("no cluster record " + std::to_string(index)) : s;
  }
  *out = RecordOf(&st, story);
  st.Reset();
  return Status::OK();
}

Status Store::Rep::LoadClusters() {
  Status s = LoadRecords(db,
                         "SELECT seq, id, first_date, last_date, story_count, state "
                         "FROM storylines ORDER BY seq",
                         false, clusterer.get());
  if (s.ok()) {
    s = LoadRecords(db,
                    "SELECT seq, id, first_date, last_date, article_count, state, "
                    "storyline_id, headline FROM stories ORDER BY seq",
                    true, clusterer.get());
  }
  if (!s.ok()) return s;
  Stmt st;
  s = st.Prepare(db, "SELECT delta FROM cluster_df ORDER BY batch");
  while (s.ok() && st.Step(&s)) {
    s = clusterer->LoadFrequencyDelta(st.Blob(0));
  }
  return s;
}

Status Store::Rep::SaveClusters() {
  Status s = SaveRecords(db, clusterer->TakeDirtyStorylines(), false);
  if (s.ok()) s = SaveRecords(db, clusterer->TakeDirtyStories(), true);
  std::string delta = clusterer->TakeFrequencyDelta();
  if (!s.ok() || delta.empty()) return s;
  Stmt st;
  s = st.Prepare(db, "INSERT INTO cluster_df(batch, docs, delta) VALUES(?,?,?)");
  if (!s.ok()) return s;
  st.BindInt(1, next_seq);
  st.BindInt(2, 0);
  st.BindBlob(3, delta.data(), delta.size());
  return st.Run();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->path = path;
  Status s = rep->Open(options);
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(new Store(std::move(rep)));
}

Result<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path,
                                                   const StoreOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->path = path;
  rep->read_only = true;
  Status s = rep->Open(options);
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(new Store(std::move(rep)));
}

Status Store::AddHook(StoreHook* hook) {
  if (rep_->read_only) return Status::InvalidArgument("store opened read-only");
  Status s = Exec(rep_->db, "BEGIN IMMEDIATE");
  if (s.ok()) s = hook->Migrate(rep_->db);
  if (!s.ok()) {
    (void)Exec(rep_->db, "ROLLBACK");
    return s;
  }
  s = Exec(rep_->db, "COMMIT");
  if (s.ok()) rep_->hooks.push_back(hook);
  return s;
}

// Phase 1 of Add for one article: content id, duplicate search. Sets `p->seq` to 0 when the
// article was stored already.
Status Store::Rep::DedupOne(Article* a, AddCounts* counts, Pending* p) {
  a->id = ContentId(*a);
  uint64_t id = ParseHex(a->id);
  p->seq = 0;
  if (id_to_seq.Find(id) != nullptr) {
    ++counts->already_stored;
    return Status::OK();
  }
  uint32_t seq = next_seq++;
  p->seq = seq;
  *id_to_seq.Upsert(id) = seq;
  seq_ids.push_back(id);
  p->time = ArticleEventTime(*a);
  dups.Advance(seq, p->time.day);

  DedupFeatures& f = p->features;
  f = ComputeDedupFeatures(a->body, dups.options());
  DuplicateMatch& m = p->match;
  auto loader = [this](uint32_t q) { return LoadShingles(q); };
  if (!a->syndicated_from.site.empty()) {
    uint32_t orig = 0;
    if (!a->syndicated_from.url.empty()) {
      if (const uint32_t* o = by_url.Find(KeyHash("", a->syndicated_from.url))) orig = *o;
    }
    if (orig == 0 && !a->syndicated_from.title.empty()) {
      const uint32_t* o =
          by_site_title.Find(KeyHash(a->syndicated_from.site, a->syndicated_from.title));
      if (o != nullptr) orig = *o;
    }
    if (orig != 0) {
      std::vector<uint64_t> theirs = LoadShingles(orig);
      m = {DuplicateMatch::Kind::kNear, orig,
           std::max(ExactJaccard(f.shingles, theirs), ExactContainment(f.shingles, theirs))};
      ++counts->syndicated;
    }
  }
  if (m.kind == DuplicateMatch::Kind::kNone) m = dups.Find(f, loader);
  p->kind = DuplicateKindName(m.kind);
  if (m.kind != DuplicateMatch::Kind::kNone) {
    a->duplicate_of = IdHex(m.original);
    a->duplicate_similarity = m.similarity;
    if (m.kind == DuplicateMatch::Kind::kExact) ++counts->exact_duplicates;
    if (m.kind == DuplicateMatch::Kind::kNear || m.kind == DuplicateMatch::Kind::kContained) {
      if (a->syndicated_from.site.empty() || counts->syndicated == 0) ++counts->near_duplicates;
    }
    if (!a->syndicated_from.site.empty() && p->kind == "near") p->kind = "syndicated";
  } else {
    dups.Add(seq, f);
    if (!a->url.empty()) KeepFirst(&by_url, KeyHash("", a->url), seq);
    if (!a->canonical_url.empty()) KeepFirst(&by_url, KeyHash("", a->canonical_url), seq);
    if (!a->title.empty()) KeepFirst(&by_site_title, KeyHash(a->site, a->title), seq);
    CacheShingles(seq, std::move(f.shingles));  // WriteOne stores no shingles
  }
  return Status::OK();
}

// Phase 2: story and storyline.
void Store::Rep::ClusterOne(Article* a, AddCounts* counts, Pending* p) {
  StoryClusterer::Assignment asg = clusterer->Add(
      *a, p->time, p->seq, p->match.kind == DuplicateMatch::Kind::kNone ? 0 : p->match.original);
  a->story_id = asg.story_id;
  a->storyline_id = asg.storyline_id;
  if (asg.new_story) ++counts->new_stories;
  if (asg.new_storyline) ++counts->new_storylines;
}

// Phase 3, for every article (stored already or not): where it was read from.
Status Store::Rep::WriteSource(const Article& a) {
  insert_source.Reset();
  insert_source.Bind(1, a.id);
  insert_source.Bind(2, a.source.path);
  insert_source.BindInt(3, static_cast<int64_t>(a.source.offset));
  insert_source.BindInt(4, static_cast<int64_t>(a.source.length));
  insert_source.BindText(5, a.source.record_id);
  insert_source.Bind(6, a.url);
  insert_source.Bind(7, a.fetched_at);
  return insert_source.Run();
}

// Phase 3: the article row.
Status Store::Rep::WriteOne(const Article& a, const Pending& p) {
  const DedupFeatures& f = p.features;
  Stmt& ins = insert_article;
  ins.Reset();
  ins.BindInt(1, p.seq);
  ins.Bind(2, a.id);
  ins.Bind(3, a.site);
  ins.Bind(4, a.outlet);
  ins.Bind(5, a.language);
  ins.Bind(6, a.url);
  ins.Bind(7, a.canonical_url);
  ins.Bind(8, a.title);
  ins.Bind(9, a.published);
  ins.Bind(10, p.time.date);
  ins.Bind(11, p.time.basis);
  if (f.body_hash != 0) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(f.body_hash));
    ins.Bind(12, hex);
  }
  ins.Bind(13, a.duplicate_of);
  ins.Bind(14, p.kind);
  if (!a.duplicate_of.empty()) ins.BindDouble(15, a.duplicate_similarity);
  ins.Bind(16, a.story_id);
  std::string dedup_blob;
  if (a.duplicate_of.empty()) {
    dedup_blob = store::EncodeDedupState(f);
    ins.BindBlob(17, dedup_blob.data(), dedup_blob.size());
  }
  std::string json = ArticleToJson(a);
  ins.Bind(19, json);
  Status s = ins.Run();
  if (s.ok()) s = entity_writer.Write(a);
  return s;
}

// The batch goes through the three phases in turn (each over every article, in order: the
// result is the same as one article at a time), so that the stage timings cost eight clock
// reads per batch. Writing the story records happens between clustering and eviction; it is
// timed as writing (it is SQLite work), as are the provenance rows.
Result<AddCounts> Store::Add(std::vector<Article>* articles) {
  Rep& r = *rep_;
  if (r.read_only) return Status::InvalidArgument("store " + r.path + " is open read-only");
  if (!r.poisoned.ok()) return r.poisoned;
  AddCounts counts;
  std::vector<Article*> added;
  std::vector<Rep::Pending> pending(articles->size());
  Status s = Exec(r.db, "BEGIN IMMEDIATE");
  Clock::time_point t0 = Clock::now();
  for (size_t i = 0; s.ok() && i < articles->size(); ++i) {
    s = r.DedupOne(&(*articles)[i], &counts, &pending[i]);
  }
  Clock::time_point t1 = Clock::now();
  for (size_t i = 0; s.ok() && i < articles->size(); ++i) {
    if (pending[i].seq != 0) r.ClusterOne(&(*articles)[i], &counts, &pending[i]);
  }
  Clock::time_point t2 = Clock::now();
  if (s.ok()) s = r.SaveClusters();  // timed as writing: SQLite inserts of story records
  Clock::time_point t3 = Clock::now();
  if (s.ok()) r.clusterer->EvictStale();
  counts.stories_in_memory = r.clusterer->stories_in_memory();
  counts.storylines_in_memory = r.clusterer->storylines_in_memory();
  counts.dedup_keys_in_memory = r.dups.band_keys();
  Clock::time_point t4 = Clock::now();
  for (size_t i = 0; s.ok() && i < articles->size(); ++i) {
    s = r.WriteSource((*articles)[i]);
    if (!s.ok() || pending[i].seq == 0) continue;
    s = r.WriteOne((*articles)[i], pending[i]);
    ++counts.added;
    added.push_back(&(*articles)[i]);
  }
  pending.clear();
  Clock::time_point t5 = Clock::now();
  if (s.ok() && !r.hooks.empty()) {
    std::vector<const Article*> view(added.begin(), added.end());
    for (StoreHook* h : r.hooks) {
      s = h->OnArticlesAdded(r.db, view);
      if (!s.ok()) break;
    }
  }
  Clock::time_point t6 = Clock::now();
  if (s.ok()) s = Exec(r.db, "COMMIT");
  counts.dedup_seconds += Seconds(t0, t1);
  counts.cluster_seconds += Seconds(t1, t2) + Seconds(t3, t4);
  counts.write_seconds += Seconds(t2, t3) + Seconds(t4, t5) + Seconds(t6, Clock::now());
  counts.hook_seconds += Seconds(t5, t6);
  if (!s.ok()) {
    (void)Exec(r.db, "ROLLBACK");
    r.entity_writer.ClearCache();
    r.poisoned = s;
    return s;
  }
  return counts;
}

Status Store::AddReject(const SourceRef& source, const std::string& reason) {
  if (rep_->read_only) return Status::InvalidArgument("store is open read-only");
  Stmt st;
  Status s = st.Prepare(rep_->db,
                        "INSERT OR REPLACE INTO rejects(path, offset, record_id, reason) "
                        "VALUES(?,?,?,?)");
  if (!s.ok()) return s;
  st.Bind(1, source.path);
  st.BindInt(2, static_cast<int64_t>(source.offset));
  st.BindText(3, source.record_id);
  st.Bind(4, reason);
  return st.Run();
}

Result<Article> Store::GetArticle(std::string_view id) {
  Stmt st;
  Status s = st.Prepare(rep_->db, "SELECT json FROM articles WHERE id = ?");
  if (!s.ok()) return s;
  st.Bind(1, id);
  if (!st.Step(&s)) {
    if (!s.ok()) return s;
    return Status::NotFound("no article " + std::string(id));
  }
  return ArticleFromJson(st.Text(0));
}

}  // namespace kabar
