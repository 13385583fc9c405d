// DatabaseWatch: notices that another process changed the database, without touching SQLite.
//
// The server caches replies (response_cache.h) and must drop them when `kabar ingest`
// commits. Asking SQLite (PRAGMA data_version) costs a read transaction per request, and
// 64 connections starting read transactions at once contend for the WAL's read locks (p99
// of a cached reply 384 ms against 51 ms without). Instead the watch compares the size and
// modification time of the database file and its write-ahead log (two stat calls): every
// commit writes the log, every checkpoint the database file.
//
// A commit is written to the log a moment before readers can see it, so a reply computed
// right after a change may still predate it: for `settle` after the last change it saw, the
// watch says replies must not be cached.
//
// Thread safety: all methods may be called from many threads at once.
#ifndef KABAR_SERVE_DATABASE_WATCH_H_
#define KABAR_SERVE_DATABASE_WATCH_H_

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace kabar::serve {

class DatabaseWatch {
 public:
  using Clock = std::chrono::steady_clock;

  DatabaseWatch(std::string db_path, Clock::duration settle);

  struct State {
    uint64_t generation;  // moves whenever the files changed since the previous Check
    bool settled;         // false within `settle` of the last change: do not cache
  };
  State Check();

 private:
  struct Files {
    int64_t db_size = -1, db_mtime_ns = -1, wal_size = -1, wal_mtime_ns = -1;
    bool operator==(const Files&) const = default;
  };
  Files Stat() const;

  const std::string db_path_;
  const Clock::duration settle_;
  std::mutex mu_;
  Files last_;
  uint64_t generation_ = 0;
  Clock::time_point last_change_;
};

}  // namespace kabar::serve

#endif  // KABAR_SERVE_DATABASE_WATCH_H_
