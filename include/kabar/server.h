// The HTTP server of `kabar serve`: a JSON API over the store and the web reader.
//
// Routes (GET only; every response carries a strict Content-Security-Policy and nosniff):
//   /                          the web reader (single page; static files embedded in the binary)
//   /app.js, /app.css, ...     its assets, looked up by exact name (no file system access)
//   /api/search?q=&limit=&offset=&outlet=&site=&lang=&from=&to=&story=&duplicates=1
//   /api/articles/{id}         the article, its provenance and its duplicates
//   /api/stories?since=&until=&offset=&limit=
//   /api/stories/{id}          the story: every outlet's article, duplicates folded
//   /api/timeline?storyline=ID | ?q=QUERY | ?entity=NAME, &offset=&limit=
//   /api/entities?type=PER|ORG|LOC&since=YYYY-MM-DD&offset=&limit=
//   /api/quotes?speaker=NAME&q=WORDS&offset=&limit=
// README.md documents the JSON shapes with example requests. Errors are JSON
// {"error": message} with 400 (bad request), 404 (unknown id or route), 413/414 (too large)
// or 500 (database).
//
// The database is opened read-only (query_only), so the server can run while `kabar ingest`
// writes. Client connections are served by `threads` threads, but at most `db_connections`
// requests run database work at once; the others wait for a free connection. (64 queries
// running at once on 2 cores thrash malloc, the kernel's memory map lock and 64 cold page
// caches: a burst of 64 first requests took 5.5 s instead of 0.4 s.) API replies are cached
// (ServeOptions:: cache_bytes); a change of the database files drops every cached reply before the
// next request, and replies computed within a second of a change are not cached.
//
// Thread safety: Api::Handle may be called from many threads at once.
#ifndef KABAR_SERVER_H_
#define KABAR_SERVER_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "kabar/search.h"
#include "kabar/status.h"
#include "kabar/understand.h"

namespace kabar {

struct ServeOptions {
  std::string db_path = "kabar.db";
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0 = any free port
  // Threads serving client connections. A client connection holds a thread while it stays
  // open (idle ones close after 5 s): more concurrent clients than threads wait.
  int threads = 64;
  // Read-only database connections, each used by one request at a time: the number of
  // queries that run at once. 0 = one per CPU core.
  int db_connections = 0;
  SearchLimits limits;                   // query length, page size, paging depth
  size_t max_request_bytes = 16 * 1024;  // request bodies larger than this are refused
  // Budget of the reply cache (API replies by route and parameters, dropped when the
  // database changes); 0 turns it off.
  size_t cache_bytes = 64 << 20;
  // Alias table for entity and speaker names (UnderstandOptions::aliases_file: empty means
  // KABAR_ALIASES, else the built-in table).
  std::string aliases_file;
};

struct HttpReply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// The request handling of the server, without the network (tests call it directly).
class Api {
 public:
  // Checks that `options.db_path` is a kabar store with a search index and loads the alias
  // table (kIOError / kCorruption naming a bad alias file). Further connections are opened
  // when requests need them, up to `options.db_connections`.
  static Result<std::unique_ptr<Api>> Open(const ServeOptions& options);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Answers GET `path` (already URL-decoded, without the query string) with `params`.
  HttpReply Handle(std::string_view path, const std::multimap<std::string, std::string>& params);

 private:
  struct Rep;
  explicit Api(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

// Runs the server until the process is stopped. Calls `on_listening(port)` once bound (port
// is the actual one when options.port is 0). IOError when the address cannot be bound.
Status Serve(const ServeOptions& options, const std::function<void(int port)>& on_listening);

}  // namespace kabar

#endif  // KABAR_SERVER_H_
