// Event time of an article: see include/kabar/cluster.h.
#include <cstdio>
#include <string>

#include "common/civil_days.h"
#include "kabar/cluster.h"

namespace kabar {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (s.size() < pos + n) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

int64_t ParseDay(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (!Digits(iso, 0, 4, &y) || iso.size() < 10 || iso[4] != '-' || iso[7] != '-' ||
      !Digits(iso, 5, 2, &m) || !Digits(iso, 8, 2, &d)) {
    return EventTime::kUnknown;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900) return EventTime::kUnknown;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string FormatDay(int64_t day) {
  if (day == EventTime::kUnknown) return "";
  int64_t y = 0;
  unsigned m = 0, d = 0;
  CivilFromDays(day, &y, &m, &d);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

EventTime ArticleEventTime(const Article& article) {
  EventTime t;
  const int64_t fetched = ParseDay(article.fetched_at);
  int64_t day = ParseDay(article.published);
  // A page cannot be published after it was fetched; a day of slack covers a local publication
  // date ahead of a UTC fetch date. A later date is a misread and must not move the stream clock.
  if (day != EventTime::kUnknown && fetched != EventTime::kUnknown && day > fetched + 1) {
    day = EventTime::kUnknown;
  }
  if (day != EventTime::kUnknown) {
    t.day = day;
    t.basis = "published";
  } else {
    int64_t best = EventTime::kUnknown;
    for (const std::string& m : article.dates_mentioned) {
      int64_t d = ParseDay(m);
      if (d == EventTime::kUnknown) continue;
      if (fetched != EventTime::kUnknown && d > fetched) continue;
      if (best == EventTime::kUnknown || d > best) best = d;
    }
    if (best != EventTime::kUnknown) {
      t.day = best;
      t.basis = "mentioned";
    } else if (fetched != EventTime::kUnknown) {
      t.day = fetched;
      t.basis = "fetched";
    }
  }
  t.date = FormatDay(t.day);
  return t;
}

}  // namespace kabar
