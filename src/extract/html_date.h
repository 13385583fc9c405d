// Dates as HTML metadata writes them, to ISO 8601.
//
// Accepts ISO 8601 and its common variants ("2024-06-19T10:37:00.000Z", "2024-06-19 10:37",
// "20240619"), RFC 2822 ("Wed, 19 Jun 2024 10:37:00 GMT"), numeric Y/M/D, CJK year-month-day
// ("2020年7月3日", "2020년 7월 3일"), and dates with month names in English, Indonesian and
// the major languages of the world's news sites ("June 19, 2024", "19 Juni 2024 10:37 WIB",
// "martes 17 de marzo de 2020", "20 июня 2020", "2020. június 4.", "07 أكتوبر 2020 - 12:09 م").
// Returns "YYYY-MM-DDTHH:MM:SS+hh:mm" when time and zone are known, "YYYY-MM-DDTHH:MM:SS" with a
// time but no zone, "YYYY-MM-DD" with neither; "" when `text` holds no plausible date
// (years 1990..2100).
#ifndef KABAR_EXTRACT_HTML_DATE_H_
#define KABAR_EXTRACT_HTML_DATE_H_

#include <string>
#include <string_view>

namespace kabar {

std::string ParseHtmlDate(std::string_view text);

// True when `text` has four ASCII digits in a row: every date ParseHtmlDate reads holds its
// year so (or an eight-digit or epoch number), so text without them needs no parse.
bool MayHoldHtmlDate(std::string_view text);

// A date in a URL path ("/2024/06/19/", "/20240619/", "-2024-06-19-"), as "YYYY-MM-DD", or "".
std::string DateFromUrl(std::string_view url);

}  // namespace kabar

#endif  // KABAR_EXTRACT_HTML_DATE_H_
