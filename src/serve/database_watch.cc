#include "serve/database_watch.h"

#include <sys/stat.h>

namespace kabar::serve {
namespace {

void StatFile(const std::string& path, int64_t* size, int64_t* mtime_ns) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    *size = *mtime_ns = -1;  // absent (no log yet, or removed after the last connection)
    return;
  }
  *size = st.st_size;
  *mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

}  // namespace

DatabaseWatch::DatabaseWatch(std::string db_path, Clock::duration settle)
    : db_path_(std::move(db_path)),
      settle_(settle),
      last_(Stat()),
      last_change_(Clock::now() - settle) {}

DatabaseWatch::Files DatabaseWatch::Stat() const {
  Files f;
  StatFile(db_path_, &f.db_size, &f.db_mtime_ns);
  StatFile(db_path_ + "-wal", &f.wal_size, &f.wal_mtime_ns);
  return f;
}

DatabaseWatch::State DatabaseWatch::Check() {
  Files now = Stat();
  Clock::time_point t = Clock::now();
  std::lock_guard<std::mutex> lock(mu_);
  if (!(now == last_)) {
    last_ = now;
    ++generation_;
    last_change_ = t;
  }
  return {generation_, t - last_change_ >= settle_};
}

}  // namespace kabar::serve
