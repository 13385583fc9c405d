// HTTP response parsing for WARC records: tolerant of LF-only line ends, folded headers and
// broken chunking, as crawls contain all of these.
#include "ingest/http_response.h"

#include "common/ascii_case.h"
#include "ingest/byte_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace kabar {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Splits off the next line of `rest` (without its CR LF / LF). False when no line end is left.
bool NextLine(std::string_view* rest, std::string_view* line) {
  size_t nl = rest->find('\n');
  if (nl == std::string_view::npos) return false;
  *line = rest->substr(0, nl);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  rest->remove_prefix(nl + 1);
  return true;
}

int ParseStatus(std::string_view line) {
  // "HTTP/1.1 200 OK"
  if (line.substr(0, 5) != "HTTP/") return 0;
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos || sp + 4 > line.size()) return 0;
  int code = 0;
  for (size_t i = sp + 1; i < sp + 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(line[i]))) return 0;
    code = code * 10 + (line[i] - '0');
  }
  return code;
}

// Decodes chunked transfer coding. Stops at the last chunk or where the coding breaks.
std::string Dechunk(std::string_view body) {
  std::string out;
  std::string_view rest = body;
  std::string_view line;
  while (NextLine(&rest, &line)) {
    line = Trim(line.substr(0, line.find(';')));
    if (line.empty()) continue;
    size_t size = 0;
    bool ok = true;
    for (char c : line) {
      int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
              : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                          : -1;
      if (d < 0 || size > (SIZE_MAX >> 5)) {
        ok = false;
        break;
      }
      size = size * 16 + static_cast<size_t>(d);
    }
    if (!ok || size == 0) break;
    size = std::min(size, rest.size());
    out.append(rest.substr(0, size));
    rest.remove_prefix(size);
  }
  return out;
}

Status InflateWith(std::string_view data, size_t max, int window_bits, std::string* out) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, window_bits) != Z_OK) return Status::Internal("inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(data.size(), UINT32_MAX));
  char buf[1 << 16];
  int rc = Z_OK;
  Status status;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out->append(buf, sizeof buf - z.avail_out);
    if (out->size() > max) {
      status = Status::ResourceExhausted("decoded body larger than the limit of " +
                                         std::to_string(max) + " bytes");
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) {
      status = Status::Corruption("compressed body cut short");
      break;
    }
  }
  if (status.ok() && rc != Z_STREAM_END) status = Status::Corruption("damaged compressed body");
  inflateEnd(&z);
  return status;
}

}  // namespace

std::string HttpResponse::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return "";
}

std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trim(content_type.substr(0, content_type.find(';'))));
}

std::string CharsetParam(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view v = std::string_view(lower).substr(at + 8);
  v = v.substr(0, v.find_first_of(";, \t"));
  while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.remove_suffix(1);
  return std::string(v);
}

Status Inflate(std::string_view data, size_t max, std::string* out) {
  out->clear();
  Status s = InflateWith(data, max, 15 + 32, out);
  if (s.ok() || !out->empty() || s.code() == Status::Code::kResourceExhausted) return s;
  out->clear();
  return InflateWith(data, max, -15, out);
}

Result<HttpResponse> ParseHttpResponse(std::string_view block, size_t max_body) {
  HttpResponse r;
  std::string_view rest = block;
  std::string_view line;
  if (!NextLine(&rest, &line) || (r.status = ParseStatus(line)) == 0) {
    return Status::Corruption("no HTTP status line in the response record");
  }
  while (true) {
    if (!NextLine(&rest, &line)) {  // headers without an end: no body
      rest = {};
      break;
    }
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !r.headers.empty()) {
      r.headers.back().second += " " + std::string(Trim(line));
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    r.headers.emplace_back(AsciiLower(Trim(line.substr(0, colon))),
                           std::string(Trim(line.substr(colon + 1))));
  }
  std::string body = AsciiLower(r.Header("transfer-encoding")).find("chunked") != std::string::npos
                         ? Dechunk(rest)
                         : std::string(rest);
  std::string coding = AsciiLower(r.Header("content-encoding"));
  bool compressed =
      coding.find("gzip") != std::string::npos || coding.find("deflate") != std::string::npos;
  // Many archivers store the payload already decoded but keep the header; trust the bytes.
  bool looks_compressed = body.size() >= 2 && (LooksGzipped(body) || body[0] == 0x78);
  if (compressed && looks_compressed) {
    Status s = Inflate(body, max_body, &r.body);
    if (s.code() == Status::Code::kResourceExhausted) return s;
  } else {
    r.body = std::move(body);
  }
  if (r.body.size() > max_body) {
    return Status::ResourceExhausted("HTTP body larger than the limit of " +
                                     std::to_string(max_body) + " bytes");
  }
  return r;
}

}  // namespace kabar
