// Progress: a one-line progress report on stderr, drawn only when stderr is a terminal
// (and never under CI), so pipes and logs stay quiet.
#ifndef KABAR_COMMON_PROGRESS_H_
#define KABAR_COMMON_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace kabar {

class Progress {
 public:
  // `enabled` false makes every call a no-op; true still draws only on a terminal.
  explicit Progress(bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Redraws at most a few times a second: "<items> <what>, <MB> MB, <MB/s> MB/s".
  void Update(uint64_t items, uint64_t bytes, const char* what);
  // Clears the progress line.
  void Finish();

  // True when stderr is a terminal and the CI variable is unset.
  static bool StderrIsInteractive();

 private:
  bool active_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace kabar

#endif  // KABAR_COMMON_PROGRESS_H_
