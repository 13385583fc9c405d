#include "ingest/file_time.h"

#include <ctime>

#include "common/civil_days.h"

namespace kabar {
namespace {

// Writes `v` as `width` decimal digits (zero-padded) at p.
char* PutDigits(char* p, int64_t v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return p + width;
}

std::string FormatUtc(time_t t) {
  // Years 1000..9999 (every file time in practice) are written here, digit by digit: what
  // strftime writes for them, without its locale and time zone machinery. Others go to
  // strftime, whose %Y writes them unpadded or signed.
  constexpr int64_t kDay = 86400;
  int64_t days = (t >= 0 ? t : t - (kDay - 1)) / kDay;  // floor
  int64_t secs = t - days * kDay;
  int64_t year = 0;
  unsigned month = 0, day = 0;
  CivilFromDays(days, &year, &month, &day);
  if (year >= 1000 && year <= 9999) {
    char buf[32];
    char* p = PutDigits(buf, year, 4);
    *p++ = '-';
    p = PutDigits(p, month, 2);
    *p++ = '-';
    p = PutDigits(p, day, 2);
    *p++ = 'T';
    p = PutDigits(p, secs / 3600, 2);
    *p++ = ':';
    p = PutDigits(p, secs / 60 % 60, 2);
    *p++ = ':';
    p = PutDigits(p, secs % 60, 2);
    for (char c : {'+', '0', '0', ':', '0', '0'}) *p++ = c;
    return std::string(buf, p);
  }
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
