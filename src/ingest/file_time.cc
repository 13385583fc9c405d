#include "ingest/file_time.h"

#include <ctime>

namespace kabar {
namespace {

std::string FormatUtc(time_t t) {
  struct tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
  return buf;
}

}  // namespace

std::string FileTimeIso8601(const struct stat& st) { return FormatUtc(st.st_mtime); }

std::string CurrentTimeIso8601() { return FormatUtc(time(nullptr)); }

}  // namespace kabar
