// Status URL -> creation time (see the header).
#include "extract/status_url_time.h"

#include <cstdint>

#include "extract/dates.h"

namespace kabar {
namespace {

constexpr int64_t kSnowflakeEpochMs = 1288834974657;  // 2010-11-04T01:42:54.657Z
// The first snowflake ids were near 2.9e16; older statuses counted up from 1.
constexpr uint64_t kFirstSnowflake = 20000000000000000ULL;

bool IsStatusHost(std::string_view host) {
  for (std::string_view h : {"twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com",
                             "www.x.com", "mobile.x.com"}) {
    if (host == h) return true;
  }
  return false;
}

// The digits right after "/status/" or "/statuses/" in `path`, as a number (0 when none or
// when they do not fit).
uint64_t StatusId(std::string_view path) {
  for (std::string_view key : {"/status/", "/statuses/"}) {
    size_t at = path.find(key);
    if (at == std::string_view::npos) continue;
    uint64_t id = 0;
    size_t i = at + key.size(), digits = 0;
    for (; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i, ++digits) {
      if (digits == 19) return 0;  // beyond 64 bits' reach
      id = id * 10 + static_cast<uint64_t>(path[i] - '0');
    }
    bool ends = i == path.size() || path[i] == '/' || path[i] == '?' || path[i] == '#';
    return ends ? id : 0;
  }
  return 0;
}

}  // namespace

std::string TimeFromStatusUrl(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t slash = rest.find('/');
  if (slash == std::string_view::npos || !IsStatusHost(rest.substr(0, slash))) return "";
  uint64_t id = StatusId(rest.substr(slash));
  if (id < kFirstSnowflake) return "";
  int64_t ms = static_cast<int64_t>(id >> 22) + kSnowflakeEpochMs;
  extract::TimePoint posted;
  posted.epoch_seconds = ms / 1000;
  posted.valid = true;
  return extract::FormatIsoTime(posted);  // offset 0: "+00:00"
}

}  // namespace kabar
