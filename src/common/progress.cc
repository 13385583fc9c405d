#include "common/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace kabar {

bool Progress::StderrIsInteractive() {
  return isatty(STDERR_FILENO) && std::getenv("CI") == nullptr;
}

Progress::Progress(bool enabled)
    : active_(enabled && StderrIsInteractive()),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t items, uint64_t bytes, const char* what) {
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr, "\r\033[K%llu %s, %.1f MB, %.1f MB/s",
               static_cast<unsigned long long>(items), what, mb, secs > 0 ? mb / secs : 0.0);
  drawn_ = true;
}

void Progress::Finish() {
  if (!active_ || !drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace kabar
