#include "serve/response_cache.h"

namespace kabar::serve {
namespace {

// What an entry costs: its key twice (list and index), its reply and bookkeeping.
size_t EntryBytes(const std::string& key, const HttpReply& reply) {
  return 2 * key.size() + reply.body.size() + reply.content_type.size() + 128;
}

}  // namespace

HttpReply ResponseCache::GetOrCompute(const std::string& key, uint64_t generation,
                                      const std::function<HttpReply()>& compute) {
  if (max_bytes_ == 0) return compute();
  HttpReply reply;
  std::string flight_key = key + '\n' + std::to_string(generation);
  std::shared_ptr<Flight> flight;
  {
    std::unique_lock<std::mutex> lock(mu_);
    if (Lookup(key, generation, &reply)) return reply;
    auto it = flights_.find(flight_key);
    if (it != flights_.end()) {
      std::shared_ptr<Flight> other = it->second;
      flight_done_.wait(lock, [&] { return other->done; });
      ++hits_;
      return other->reply;
    }
    flight = std::make_shared<Flight>();
    flights_.emplace(flight_key, flight);
  }
  reply = compute();
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (reply.status == 200) Insert(key, generation, reply);
    flight->reply = reply;
    flight->done = true;
    flights_.erase(flight_key);
  }
  flight_done_.notify_all();
  return reply;
}

bool ResponseCache::Lookup(const std::string& key, uint64_t generation, HttpReply* reply) {
  auto it = index_.find(key);
  if (it == index_.end()) return false;
  if (it->second->generation != generation) {
    EraseLocked(it->second);
    return false;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  *reply = it->second->reply;
  ++hits_;
  return true;
}

void ResponseCache::Insert(const std::string& key, uint64_t generation, const HttpReply& reply) {
  size_t cost = EntryBytes(key, reply);
  if (cost > max_bytes_ / 8) return;  // one reply may not push out most of the cache
  if (auto it = index_.find(key); it != index_.end()) EraseLocked(it->second);
  lru_.push_front({key, generation, reply});
  index_.emplace(key, lru_.begin());
  bytes_ += cost;
  while (bytes_ > max_bytes_ && !lru_.empty()) EraseLocked(std::prev(lru_.end()));
}

void ResponseCache::EraseLocked(std::list<Entry>::iterator it) {
  bytes_ -= EntryBytes(it->key, it->reply);
  index_.erase(it->key);
  lru_.erase(it);
}

size_t ResponseCache::bytes() const {
  std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

uint64_t ResponseCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

}  // namespace kabar::serve
