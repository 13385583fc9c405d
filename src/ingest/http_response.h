// The HTTP response inside a WARC `response` record: status line, headers, and the body with
// its transfer coding (chunked) and content coding (gzip, deflate) removed.
#ifndef KABAR_INGEST_HTTP_RESPONSE_H_
#define KABAR_INGEST_HTTP_RESPONSE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kabar/status.h"

namespace kabar {

struct HttpResponse {
  int status = 0;                                            // 200, 301, ...
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;                                          // decoded payload

  // The first header named `name` (lower case), or "".
  std::string Header(std::string_view name) const;
};

// Parses `block` (status line, headers, blank line, body). kCorruption when there is no
// status line. A body that cannot be dechunked or inflated completely keeps what was decoded
// (best effort); a body that grows past `max_body` is kResourceExhausted.
Result<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body);

// The media type of a Content-Type value, lower case, without parameters ("text/html").
std::string MediaType(std::string_view content_type);
// The charset parameter of a Content-Type value, or "".
std::string CharsetParam(std::string_view content_type);

// Inflates gzip or zlib data (raw deflate as a fallback) into *out, at most `max` bytes.
// Returns kCorruption when the data is damaged or cut short (*out keeps what was decoded).
Status Inflate(std::string_view data, size_t max, std::string* out);

}  // namespace kabar

#endif  // KABAR_INGEST_HTTP_RESPONSE_H_
