// Event dates a story names without a year or by their distance from the publication day:
// "said on Nov 19" and "on 19 November" (English, a month and day after "on") and "hari ini"
// (Indonesian and Malay: today).
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_RELATIVE_DATES_H_
#define KABAR_EXTRACT_RELATIVE_DATES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

// Appends to *out (without duplicates) the YYYY-MM-DD dates `text` names relative to
// `published` (ISO 8601; nothing when it has no date):
//   "announced on Nov 19", "on Wednesday, November 19", "on 19 November"
//                                   the latest such day up to three months after the
//                                   publication, in a year where it falls on the weekday
//                                   named (a year written after it is FindMentionedDates'
//                                   to read);
//   "hari ini" (today)              the publication day, narrated (outside quotations),
//                                   unless "hingga"/"sampai" (until) or "beberapa" comes
//                                   before ("hari-hari ini": these days), or a weekday or a date
//                                   follows ("hari ini, Rabu (11/10)": FindWeekdayDates reads it).
// ("kemarin" / "yesterday" are FindYesterdayDates'.)
void FindRelativeDates(std::string_view text, std::string_view published,
                       std::vector<std::string>* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_RELATIVE_DATES_H_
