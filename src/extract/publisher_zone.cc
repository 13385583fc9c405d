// PublisherTimeZone: a table of country codes; InZone: ICU's zone rules (daylight saving
// included) for the offset at the instant.
#include "extract/publisher_zone.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <ctime>
#include <memory>

#include "common/ascii_case.h"

namespace kabar {
namespace {

struct CountryZone {
  const char* code;  // ISO 3166 alpha-2, lower case ("uk" for the TLD of "gb")
  const char* zone;
};

// Countries whose top-level domain is used mostly by their own publishers (not .co, .io,
// .me, .tv, .fm, .ly, ...), each with the zone most of its people live in.
constexpr CountryZone kZones[] = {
    {"us", "America/New_York"},
    {"ca", "America/Toronto"},
    {"mx", "America/Mexico_City"},
    {"br", "America/Sao_Paulo"},
    {"ar", "America/Argentina/Buenos_Aires"},
    {"cl", "America/Santiago"},
    {"pe", "America/Lima"},
    {"ve", "America/Caracas"},
    {"ec", "America/Guayaquil"},
    {"uy", "America/Montevideo"},
    {"uk", "Europe/London"},
    {"gb", "Europe/London"},
    {"ie", "Europe/Dublin"},
    {"fr", "Europe/Paris"},
    {"de", "Europe/Berlin"},
    {"it", "Europe/Rome"},
    {"es", "Europe/Madrid"},
    {"pt", "Europe/Lisbon"},
    {"nl", "Europe/Amsterdam"},
    {"be", "Europe/Brussels"},
    {"ch", "Europe/Zurich"},
    {"at", "Europe/Vienna"},
    {"pl", "Europe/Warsaw"},
    {"cz", "Europe/Prague"},
    {"sk", "Europe/Bratislava"},
    {"hu", "Europe/Budapest"},
    {"ro", "Europe/Bucharest"},
    {"md", "Europe/Chisinau"},
    {"bg", "Europe/Sofia"},
    {"gr", "Europe/Athens"},
    {"tr", "Europe/Istanbul"},
    {"ru", "Europe/Moscow"},
    {"ua", "Europe/Kiev"},
    {"by", "Europe/Minsk"},
    {"ba", "Europe/Sarajevo"},
    {"rs", "Europe/Belgrade"},
    {"hr", "Europe/Zagreb"},
    {"si", "Europe/Ljubljana"},
    {"se", "Europe/Stockholm"},
    {"no", "Europe/Oslo"},
    {"dk", "Europe/Copenhagen"},
    {"fi", "Europe/Helsinki"},
    {"ee", "Europe/Tallinn"},
    {"lv", "Europe/Riga"},
    {"lt", "Europe/Vilnius"},
    {"il", "Asia/Jerusalem"},
    {"eg", "Africa/Cairo"},
    {"sa", "Asia/Riyadh"},
    {"ae", "Asia/Dubai"},
    {"qa", "Asia/Qatar"},
    {"kw", "Asia/Kuwait"},
    {"jo", "Asia/Amman"},
    {"lb", "Asia/Beirut"},
    {"ir", "Asia/Tehran"},
    {"pk", "Asia/Karachi"},
    {"in", "Asia/Kolkata"},
    {"bd", "Asia/Dhaka"},
    {"lk", "Asia/Colombo"},
    {"np", "Asia/Kathmandu"},
    {"cn", "Asia/Shanghai"},
    {"hk", "Asia/Hong_Kong"},
    {"tw", "Asia/Taipei"},
    {"jp", "Asia/Tokyo"},
    {"kr", "Asia/Seoul"},
    {"sg", "Asia/Singapore"},
    {"my", "Asia/Kuala_Lumpur"},
    {"id", "Asia/Jakarta"},
    {"ph", "Asia/Manila"},
    {"th", "Asia/Bangkok"},
    {"vn", "Asia/Ho_Chi_Minh"},
    {"au", "Australia/Sydney"},
    {"nz", "Pacific/Auckland"},
    {"za", "Africa/Johannesburg"},
    {"ng", "Africa/Lagos"},
    {"ke", "Africa/Nairobi"},
    {"gh", "Africa/Accra"},
    {"ma", "Africa/Casablanca"},
    {"dz", "Africa/Algiers"},
    {"tn", "Africa/Tunis"},
};

const char* ZoneOf(std::string_view code) {
  for (const CountryZone& c : kZones) {
    if (code == c.code) return c.zone;
  }
  return nullptr;
}

std::string_view Host(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  while (!url.empty() && url.back() == '.') url.remove_suffix(1);
  return url;
}

}  // namespace

std::string PublisherTimeZone(std::string_view host_or_url, std::string_view locale) {
  std::string host = AsciiLower(Host(host_or_url));
  size_t dot = host.rfind('.');
  if (dot != std::string::npos && host.size() - dot == 3) {
    if (const char* z = ZoneOf(std::string_view(host).substr(dot + 1))) return z;
  }
  std::string l = AsciiLower(locale);
  // "ar_AR": Facebook's locale for Arabic names no country (not Argentina, whose locale is
  // "es_AR").
  if (l == "ar_ar" || l == "ar-ar") return "";
  size_t sep = l.find_first_of("-_");
  if (sep != std::string::npos && l.size() - sep == 3) {
    if (const char* z = ZoneOf(std::string_view(l).substr(sep + 1))) return z;
  }
  return "";
}

std::string InZone(const std::string& iso, const std::string& zone) {
  if (zone.empty() || iso.size() != 25) return iso;
  int y, mo, d, h, mi, s, oh, om;
  char sign;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c%2d:%2d", &y, &mo, &d, &h, &mi, &s, &sign,
                  &oh, &om) != 9 ||
      (sign != '+' && sign != '-')) {
    return iso;
  }
  struct tm tm = {};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  long long utc =
      static_cast<long long>(timegm(&tm)) - (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  if (tz == nullptr || *tz == icu::TimeZone::getUnknown()) return iso;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz->getOffset(static_cast<UDate>(utc) * 1000.0, false, raw, dst, status);
  if (U_FAILURE(status)) return iso;
  int offset = (raw + dst) / 60000;  // minutes east of UTC
  time_t local = static_cast<time_t>(utc + offset * 60LL);
  struct tm lt;
  if (gmtime_r(&local, &lt) == nullptr) return iso;
  int a = offset < 0 ? -offset : offset;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", lt.tm_year + 1900,
                lt.tm_mon + 1, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec, offset < 0 ? '-' : '+',
                a / 60, a % 60);
  return buf;
}

std::string WithZoneOffset(const std::string& local, const std::string& zone) {
  if (zone.empty() || local.size() != 19 || local[10] != 'T') return local;
  struct tm tm = {};
  if (strptime(local.c_str(), "%Y-%m-%dT%H:%M:%S", &tm) == nullptr) return local;
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  if (tz == nullptr || *tz == icu::TimeZone::getUnknown()) return local;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  // The wall-clock time read as UTC, asked for as local time.
  tz->getOffset(static_cast<UDate>(timegm(&tm)) * 1000.0, /*local=*/true, raw, dst, status);
  if (U_FAILURE(status)) return local;
  int offset = (raw + dst) / 60000;
  int a = offset < 0 ? -offset : offset;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset < 0 ? '-' : '+', a / 60, a % 60);
  return local + buf;
}

}  // namespace kabar
