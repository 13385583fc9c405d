// kabar_read_lines: the reference for the end-to-end benchmark. Reads every file under the
// given paths (directories recursively, in name order, as kabar does) and splits it into
// lines, touching every line; prints files, lines and bytes. Nothing smarter than this can
// happen to the same bytes, so kabar's throughput is reported as a ratio to it.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

static std::vector<std::string> ListFiles(const std::vector<std::string>& roots) {
  std::vector<std::string> files;
  for (const std::string& root : roots) {
    if (!fs::is_directory(root)) {
      files.push_back(root);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (e.is_regular_file()) found.push_back(e.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

int main(int argc, char** argv) {
  std::vector<std::string> roots(argv + 1, argv + argc);
  auto start = std::chrono::steady_clock::now();
  uint64_t bytes = 0, lines = 0, checksum = 0;
  std::string buf;
  std::vector<std::string_view> split;
  std::vector<std::string> files = ListFiles(roots);
  for (const std::string& path : files) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0) continue;
    buf.resize(static_cast<size_t>(st.st_size));
    ssize_t n = ::read(fd, buf.data(), buf.size());
    ::close(fd);
    if (n < 0) continue;
    buf.resize(static_cast<size_t>(n));
    bytes += buf.size();
    split.clear();
    for (size_t at = 0; at < buf.size();) {
      const char* nl =
          static_cast<const char*>(std::memchr(buf.data() + at, '\n', buf.size() - at));
      size_t end = nl ? static_cast<size_t>(nl - buf.data()) : buf.size();
      split.emplace_back(buf.data() + at, end - at);
      at = end + 1;
    }
    lines += split.size();
    for (std::string_view l : split) checksum += l.size() ^ (l.empty() ? 0 : l[0]);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files=%zu lines=%llu bytes=%llu seconds=%.3f MBps=%.1f checksum=%llu\n",
              files.size(), static_cast<unsigned long long>(lines),
              static_cast<unsigned long long>(bytes), secs, bytes / 1e6 / secs,
              static_cast<unsigned long long>(checksum));
  return 0;
}
