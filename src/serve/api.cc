// Api: GET path + parameters -> JSON (or an embedded asset). Read-only Store + Searcher
// contexts are kept in a bounded pool (server.h: db_connections); a request takes one only
// when its reply is not cached. Handlers only parse parameters, call the library and format
// JSON. Replies go through the ResponseCache, invalidated by the
// DatabaseWatch's generation, which moves whenever the database files change.
#include <sqlite3.h>

#include <charconv>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "kabar/article_json.h"
#include "kabar/entity_query.h"
#include "kabar/search_json.h"
#include "kabar/server.h"
#include "kabar/store.h"
#include "serve/assets.h"
#include "serve/database_watch.h"
#include "serve/response_cache.h"
#include "serve/story_reader.h"

namespace kabar {

using nlohmann::json;
using Params = std::multimap<std::string, std::string>;

namespace {

constexpr size_t kMaxStoryArticles = 200;

// One thread's database connection and searcher.
struct Context {
  std::unique_ptr<Store> store;
  std::unique_ptr<Searcher> searcher;
};

// How long after the database files change replies are not cached (database_watch.h).
constexpr std::chrono::seconds kSettle{1};

// The cache key: route and every parameter (the multimap keeps them sorted by name).
std::string CacheKey(std::string_view path, const Params& params) {
  std::string key(path);
  for (const auto& [name, value] : params) {
    key += '\0';
    key += name;
    key += '=';
    key += value;
  }
  return key;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

HttpReply Json(int status, const json& body) { return {status, "application/json", Dump(body)}; }

HttpReply Error(int status, const std::string& message) {
  return Json(status, {{"error", message}});
}

HttpReply FromStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
      return Error(400, s.message());
    case Status::Code::kNotFound:
      return Error(404, s.message());
    default:
      return Error(500, "database error");  // details stay in the server's log
  }
}

std::string Param(const Params& params, const std::string& key) {
  auto it = params.find(key);
  return it == params.end() ? "" : it->second;
}

std::vector<std::string> Params_(const Params& params, const std::string& key) {
  std::vector<std::string> out;
  auto [first, last] = params.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (!it->second.empty()) out.push_back(it->second);
  }
  return out;
}

// Reads a non-negative integer parameter; InvalidArgument when malformed.
Status SizeParam(const Params& params, const std::string& key, size_t* value) {
  std::string v = Param(params, key);
  if (v.empty()) return Status::OK();
  size_t out = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || ptr != v.data() + v.size() || v.size() > 9) {
    return Status::InvalidArgument(key + " must be a non-negative integer");
  }
  *value = out;
  return Status::OK();
}

Status Paging(const Params& params, const SearchLimits& limits, size_t default_limit,
              size_t* offset, size_t* limit) {
  *offset = 0;
  *limit = default_limit;
  Status s = SizeParam(params, "offset", offset);
  if (s.ok()) s = SizeParam(params, "limit", limit);
  if (!s.ok()) return s;
  if (*limit == 0 || *limit > limits.max_page_size) {
    return Status::InvalidArgument("limit must be between 1 and " +
                                   std::to_string(limits.max_page_size));
  }
  if (*offset > limits.max_offset) {
    return Status::InvalidArgument("offset must be at most " + std::to_string(limits.max_offset));
  }
  return Status::OK();
}

// A page of stories as {"stories": [...], "offset", "limit", "total", "has_more"}.
json StoryPage(const std::vector<StorySummary>& all, size_t offset, size_t limit) {
  json stories = json::array();
  for (size_t i = offset; i < all.size() && i < offset + limit; ++i) {
    stories.push_back(serve::StoryJson(all[i]));
  }
  return {{"stories", stories},
          {"offset", offset},
          {"limit", limit},
          {"total", all.size()},
          {"has_more", offset + limit < all.size()}};
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

struct Api::Rep {
  ServeOptions options;
  std::unique_ptr<Understander> understander;  // alias table for entity and speaker names
  // The connection pool. A request waiting for a connection gets the next one released, in
  // the order the requests came (first come, first served: no request waits behind later ones).
  struct Waiter {
    std::condition_variable handed_over;
    bool woken = false;
    std::unique_ptr<Context> context;  // null when woken to open one itself
  };
  std::mutex mu;
  std::vector<std::unique_ptr<Context>> idle;
  std::deque<Waiter*> waiters;  // oldest first
  size_t open = 0;              // contexts in existence, idle or in use; at most max_open
  size_t max_open = 1;
  std::unique_ptr<serve::DatabaseWatch> watch;  // its generation keys the cache
  std::unique_ptr<serve::ResponseCache> cache;

  Result<std::unique_ptr<Context>> Acquire();
  void Release(std::unique_ptr<Context> c);
  // Hands `c` (or nothing) to the oldest waiter, if any. Called with mu held.
  void WakeNext(std::unique_ptr<Context> c);

  HttpReply Search(Context* c, const Params& p);
  HttpReply Article(Context* c, const std::string& id);
  HttpReply Stories(Context* c, const Params& p);
  HttpReply Story(Context* c, const std::string& id);
  HttpReply Timeline(Context* c, const Params& p);
  HttpReply Entities(Context* c, const Params& p);
  HttpReply Quotes(Context* c, const Params& p);
  HttpReply Route(Context* c, std::string_view path, const Params& p);
  // Route on a pooled context.
  HttpReply Compute(std::string_view path, const Params& p);
};

namespace {

// Opens a read-only connection and its searcher.
Result<std::unique_ptr<Context>> OpenContext(const ServeOptions& options) {
  Result<std::unique_ptr<Store>> store = Store::OpenReadOnly(options.db_path);
  if (!store.ok()) return store.status();
  // Read-only; pages shared through the OS cache by memory mapping (as far as SQLite's
  // compiled limit allows: 2 GiB in Debian), and a private page cache for the rest.
  sqlite3_exec((*store)->handle(), "PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -32768",
               nullptr, nullptr, nullptr);
  Result<std::unique_ptr<Searcher>> searcher = Searcher::Open((*store)->handle(), options.limits);
  if (!searcher.ok()) return searcher.status();
  // After Searcher::Open, which sets up its temp-schema vocabulary table.
  sqlite3_exec((*store)->handle(), "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
  auto c = std::make_unique<Context>();
  c->store = std::move(store).value();
  c->searcher = std::move(searcher).value();
  return c;
}

}  // namespace

// An idle context, else a new one while fewer than max_open exist, else the next one released
// (waiting in line).
Result<std::unique_ptr<Context>> Api::Rep::Acquire() {
  std::unique_lock<std::mutex> lock(mu);
  for (;;) {
    if (!idle.empty() && waiters.empty()) {
      std::unique_ptr<Context> c = std::move(idle.back());
      idle.pop_back();
      return c;
    }
    if (open < max_open) break;
    Waiter w;
    waiters.push_back(&w);
    w.handed_over.wait(lock, [&w] { return w.woken; });
    if (w.context != nullptr) return std::move(w.context);
  }
  ++open;
  lock.unlock();
  Result<std::unique_ptr<Context>> c = OpenContext(options);
  if (!c.ok()) {
    lock.lock();
    --open;
    WakeNext(nullptr);  // the next in line may try to open one
  }
  return c;
}

void Api::Rep::Release(std::unique_ptr<Context> c) {
  std::lock_guard<std::mutex> lock(mu);
  if (waiters.empty()) {
    idle.push_back(std::move(c));
  } else {
    WakeNext(std::move(c));
  }
}

void Api::Rep::WakeNext(std::unique_ptr<Context> c) {
  if (waiters.empty()) return;
  Waiter* w = waiters.front();
  waiters.pop_front();
  w->context = std::move(c);
  w->woken = true;
  w->handed_over.notify_one();  // under mu: w stays alive until its owner relocks
}

HttpReply Api::Rep::Compute(std::string_view path, const Params& p) {
  Result<std::unique_ptr<Context>> c = Acquire();
  if (!c.ok()) return Error(500, "database unavailable");
  HttpReply reply = Route(c->get(), path, p);
  Release(std::move(c).value());
  return reply;
}

HttpReply Api::Rep::Search(Context* c, const Params& p) {
  SearchRequest request;
  request.query = Param(p, "q");
  request.filters.outlets = Params_(p, "outlet");
  request.filters.sites = Params_(p, "site");
  request.filters.languages = Params_(p, "lang");
  request.filters.from = Param(p, "from");
  request.filters.to = Param(p, "to");
  request.filters.story = Param(p, "story");
  request.include_duplicates = Param(p, "duplicates") == "1";
  Status s = Paging(p, options.limits, 10, &request.offset, &request.limit);
  if (!s.ok()) return FromStatus(s);
  Result<SearchResponse> r = c->searcher->Search(request);
  if (!r.ok()) return FromStatus(r.status());
  return {200, "application/json", SearchResponseToJson(request, *r)};
}

HttpReply Api::Rep::Article(Context* c, const std::string& id) {
  if (!ValidId(id)) return Error(404, "no article " + id);
  Result<kabar::Article> a = c->store->GetArticle(id);
  if (!a.ok()) return FromStatus(a.status());
  Result<json> relations = serve::ArticleRelations(c->store->handle(), id);
  if (!relations.ok()) return FromStatus(relations.status());
  json article = json::parse(ArticleToJson(*a), nullptr, false);
  return Json(200, {{"article", article},
                    {"sources", (*relations)["sources"]},
                    {"duplicates", (*relations)["duplicates"]},
                    {"duplicate_kind", (*relations)["duplicate_kind"]}});
}

HttpReply Api::Rep::Stories(Context* c, const Params& p) {
  StoryFilter filter;
  filter.since = Param(p, "since");
  filter.until = Param(p, "until");
  for (const auto& [kind, value] : {std::pair{"from", filter.since}, {"to", filter.until}}) {
    if (value.empty()) continue;
    Status s = ValidateFilterValue(kind, value);
    if (!s.ok()) return FromStatus(s);
  }
  size_t offset, limit;
  Status s = Paging(p, options.limits, 20, &offset, &limit);
  if (!s.ok()) return FromStatus(s);
  Result<std::vector<StorySummary>> all = c->store->ListStories(filter);
  if (!all.ok()) return FromStatus(all.status());
  // Newest first for browsing.
  std::reverse(all->begin(), all->end());
  return Json(200, StoryPage(*all, offset, limit));
}

HttpReply Api::Rep::Story(Context* c, const std::string& id) {
  if (!ValidId(id)) return Error(404, "no story " + id);
  Result<json> story = serve::StoryDetail(c->store.get(), id, kMaxStoryArticles);
  if (!story.ok()) return FromStatus(story.status());
  return Json(200, *story);
}

HttpReply Api::Rep::Timeline(Context* c, const Params& p) {
  std::string storyline = Param(p, "storyline");
  std::string q = Param(p, "q");
  size_t offset, limit;
  Status s = Paging(p, options.limits, 50, &offset, &limit);
  if (!s.ok()) return FromStatus(s);
  Result<std::vector<StorySummary>> stories = Status::InvalidArgument("");
  json head;
  if (!storyline.empty()) {
    if (!ValidId(storyline)) return Error(404, "no storyline " + storyline);
    stories = c->store->StorylineStories(storyline);
    head = {{"storyline", storyline}, {"query", nullptr}};
  } else if (std::string entity = Param(p, "entity"); !entity.empty()) {
    if (entity.size() > options.limits.query.max_bytes) return Error(400, "entity name too long");
    stories = c->store->EntityStories(EntityKeys(entity, understander.get()));
    head = {{"storyline", nullptr}, {"query", nullptr}, {"entity", entity}};
  } else if (!q.empty()) {
    Result<std::vector<std::string>> ids = c->searcher->StoryIdsFor(q, 200);
    if (!ids.ok()) return FromStatus(ids.status());
    stories = c->store->StoriesWithIds(*ids);
    head = {{"storyline", nullptr}, {"query", q}};
  } else {
    return Error(400, "timeline needs storyline=ID, q=QUERY or entity=NAME");
  }
  if (!stories.ok()) return FromStatus(stories.status());
  json page = StoryPage(*stories, offset, limit);
  page.update(head);
  return Json(200, page);
}

HttpReply Api::Rep::Entities(Context* c, const Params& p) {
  EntityFilter filter;
  filter.type = Param(p, "type");
  filter.since = Param(p, "since");
  Status s = Paging(p, options.limits, 50, &filter.offset, &filter.limit);
  if (!s.ok()) return FromStatus(s);
  size_t limit = filter.limit;
  ++filter.limit;  // one more tells whether another page exists
  Result<std::vector<EntitySummary>> r = ListEntities(c->store->handle(), filter);
  if (!r.ok()) return FromStatus(r.status());
  json entities = json::array();
  for (size_t i = 0; i < r->size() && i < limit; ++i) {
    const EntitySummary& e = (*r)[i];
    entities.push_back({{"name", e.name},
                        {"type", e.type},
                        {"articles", e.articles},
                        {"mentions", e.mentions},
                        {"aliases", e.aliases}});
  }
  return Json(200, {{"entities", entities},
                    {"offset", filter.offset},
                    {"limit", limit},
                    {"has_more", r->size() > limit}});
}

HttpReply Api::Rep::Quotes(Context* c, const Params& p) {
  QuoteFilter filter;
  filter.speaker = Param(p, "speaker");
  filter.query = Param(p, "q");
  if (filter.speaker.size() + filter.query.size() > options.limits.query.max_bytes) {
    return Error(400, "speaker or query too long");
  }
  Status s = Paging(p, options.limits, 20, &filter.offset, &filter.limit);
  if (!s.ok()) return FromStatus(s);
  size_t limit = filter.limit;
  ++filter.limit;
  Result<std::vector<QuoteHit>> r = FindQuotes(c->store->handle(), filter, understander.get());
  if (!r.ok()) return FromStatus(r.status());
  auto or_null = [](const std::string& v) { return v.empty() ? json() : json(v); };
  json quotes = json::array();
  for (size_t i = 0; i < r->size() && i < limit; ++i) {
    const QuoteHit& q = (*r)[i];
    quotes.push_back({{"article_id", q.article_id},
                      {"date", or_null(q.date)},
                      {"outlet", or_null(q.outlet)},
                      {"title", or_null(q.title)},
                      {"speaker", or_null(q.speaker)},
                      {"text", q.text},
                      {"verb", or_null(q.verb)},
                      {"paragraph", q.paragraph},
                      {"direct", q.direct}});
  }
  return Json(200, {{"quotes", quotes},
                    {"offset", filter.offset},
                    {"limit", limit},
                    {"has_more", r->size() > limit}});
}

HttpReply Api::Rep::Route(Context* c, std::string_view path, const Params& p) {
  auto tail = [&](std::string_view prefix) { return std::string(path.substr(prefix.size())); };
  if (path == "/api/search") return Search(c, p);
  if (path == "/api/stories") return Stories(c, p);
  if (path == "/api/timeline") return Timeline(c, p);
  if (path == "/api/entities") return Entities(c, p);
  if (path == "/api/quotes") return Quotes(c, p);
  if (path.rfind("/api/articles/", 0) == 0) return Article(c, tail("/api/articles/"));
  if (path.rfind("/api/stories/", 0) == 0) return Story(c, tail("/api/stories/"));
  return Error(404, "no such API route");
}

Api::Api(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Api::~Api() = default;

Result<std::unique_ptr<Api>> Api::Open(const ServeOptions& options) {
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  UnderstandOptions understand_options;
  understand_options.aliases_file = options.aliases_file;
  Result<std::unique_ptr<Understander>> u = Understander::Create(understand_options);
  if (!u.ok()) return u.status();
  rep->understander = std::move(u).value();
  rep->watch = std::make_unique<serve::DatabaseWatch>(options.db_path, kSettle);
  rep->cache = std::make_unique<serve::ResponseCache>(options.cache_bytes);
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  rep->max_open = options.db_connections > 0 ? options.db_connections : cores;
  Result<std::unique_ptr<Context>> first = rep->Acquire();  // checks the database now
  if (!first.ok()) return first.status();
  rep->Release(std::move(first).value());
  return std::unique_ptr<Api>(new Api(std::move(rep)));
}

HttpReply Api::Handle(std::string_view path, const Params& params) {
  if (path.rfind("/api/", 0) != 0) {
    std::string_view name = path == "/" ? "index.html" : path.substr(1);
    const serve::Asset* asset = serve::FindAsset(name);
    if (asset == nullptr) return Error(404, "not found");
    return {200, asset->content_type, std::string(asset->data)};
  }
  auto compute = [&] { return rep_->Compute(path, params); };
  if (rep_->options.cache_bytes == 0) return compute();  // nothing to key or keep fresh
  serve::DatabaseWatch::State db = rep_->watch->Check();
  return db.settled ? rep_->cache->GetOrCompute(CacheKey(path, params), db.generation, compute)
                    : compute();
}

}  // namespace kabar
