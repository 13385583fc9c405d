// ResponseCache: the server's cache of API replies, keyed by route and parameters.
//
// Replies are computed from the database, which `kabar ingest` may change while the server
// runs. Every entry carries the database generation it was computed at (Api bumps the
// generation whenever one of its connections sees a commit of another process); an entry of
// an older generation is never returned. Entries are evicted least recently used once their
// bytes exceed the budget. Concurrent misses of one key are computed once ("single flight"):
// the other callers wait for that reply instead of running the same query again.
//
// Only replies with status 200 are kept; a budget of 0 turns the cache off.
//
// Thread safety: all methods may be called from many threads at once.
#ifndef KABAR_SERVE_RESPONSE_CACHE_H_
#define KABAR_SERVE_RESPONSE_CACHE_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "kabar/server.h"

namespace kabar::serve {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The cached reply for `key` at `generation`, else compute() (called at most once per key
  // and generation by concurrent callers) stored and returned.
  HttpReply GetOrCompute(const std::string& key, uint64_t generation,
                         const std::function<HttpReply()>& compute);

  size_t bytes() const;
  uint64_t hits() const;

 private:
  struct Entry {
    std::string key;
    uint64_t generation;
    HttpReply reply;
  };
  struct Flight {
    bool done = false;
    HttpReply reply;
  };

  bool Lookup(const std::string& key, uint64_t generation, HttpReply* reply);
  void Insert(const std::string& key, uint64_t generation, const HttpReply& reply);
  void EraseLocked(std::list<Entry>::iterator it);

  const size_t max_bytes_;
  mutable std::mutex mu_;
  std::condition_variable flight_done_;
  std::list<Entry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::unordered_map<std::string, std::shared_ptr<Flight>> flights_;  // key + generation
  size_t bytes_ = 0;
  uint64_t hits_ = 0;
};

}  // namespace kabar::serve

#endif  // KABAR_SERVE_RESPONSE_CACHE_H_
