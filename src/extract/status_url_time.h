// The creation time a social post's URL encodes.
//
// Twitter/X status ids are "snowflake" ids: their top 42 bits count milliseconds since
// 2010-11-04T01:42:54.657Z. So https://twitter.com/<user>/status/<id> (also x.com,
// mobile.twitter.com, /i/web/status/<id>, a trailing /photo/1) says exactly when the post was
// written, in UTC, whatever local time the saved page showed its viewer. Ids from before
// snowflakes (small numbers) carry no time.
#ifndef KABAR_EXTRACT_STATUS_URL_TIME_H_
#define KABAR_EXTRACT_STATUS_URL_TIME_H_

#include <string>
#include <string_view>

namespace kabar {

// "YYYY-MM-DDTHH:MM:SS+00:00" for a status URL of the hosts above, else "".
std::string TimeFromStatusUrl(std::string_view url);

}  // namespace kabar

#endif  // KABAR_EXTRACT_STATUS_URL_TIME_H_
