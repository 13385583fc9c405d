// The publisher's local time zone, for turning a UTC timestamp into the date its readers saw.
//
// Metadata often gives the publication instant in UTC ("2020-08-25T00:23:33Z") while the page,
// its URL and any reader date the story by the publisher's own calendar (24 August in
// Montreal). The zone comes from the country of the site: its country-code top-level domain
// (".ca", ".com.au", ".it"), or for generic domains the region of the page's declared locale
// ("en_US", "pt-BR"). Countries with several zones map to their most populous one.
#ifndef KABAR_EXTRACT_PUBLISHER_ZONE_H_
#define KABAR_EXTRACT_PUBLISHER_ZONE_H_

#include <string>
#include <string_view>

namespace kabar {

// The IANA zone of the country `host_or_url` (a host or URL) belongs to, else of the region of
// `locale` ("en_US", "fr-CA", "id"); "" when neither names a known country.
std::string PublisherTimeZone(std::string_view host_or_url, std::string_view locale);

// `iso` (html_date.h form with a zone offset, e.g. "2020-08-25T00:23:33+00:00") as the same
// instant in `zone` ("2020-08-24T20:23:33-04:00"); `iso` unchanged when it has no offset or
// the zone is unknown.
std::string InZone(const std::string& iso, const std::string& zone);

// `local` ("YYYY-MM-DDTHH:MM:SS", a wall-clock time without offset) with the offset `zone`
// has at that time ("2024-06-20T14:05:00+07:00"); `local` unchanged when it is not of that
// form or the zone is unknown.
std::string WithZoneOffset(const std::string& local, const std::string& zone);

}  // namespace kabar

#endif  // KABAR_EXTRACT_PUBLISHER_ZONE_H_
