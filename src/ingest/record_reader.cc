// OpenRecordReader (format dispatch) and the whole-document reader.
#include "ingest/record_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "common/ascii_case.h"
#include "ingest/content_sniff.h"
#include "ingest/file_time.h"

namespace kabar {
namespace {

// Replays `head` (bytes already read from `rest`) before the rest of the stream.
class PrefixedStream final : public ByteStream {
 public:
  PrefixedStream(std::string head, std::unique_ptr<ByteStream> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  size_t Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      n = std::min(n, head_.size() - pos_);
      std::memcpy(buf, head_.data() + pos_, n);
      pos_ += n;
      return n;
    }
    return rest_->Read(buf, n);
  }
  const Status& status() const override { return rest_->status(); }
  uint64_t StoredOffset(uint64_t pos) const override { return pos; }
  uint64_t stored_bytes_read() const override { return rest_->stored_bytes_read(); }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<ByteStream> rest_;
};

std::string_view WithoutGz(std::string_view path) {
  return EndsWithIgnoreCase(path, ".gz") ? path.substr(0, path.size() - 3) : path;
}

enum class Format { kWarc, kJsonLines, kDocument };

Format DetectFormat(std::string_view path, std::string_view head) {
  if (head.substr(0, 7) == "WARC/1.") return Format::kWarc;
  std::string_view name = WithoutGz(path);
  if (EndsWithIgnoreCase(name, ".warc") || EndsWithIgnoreCase(name, ".arc") ||
      EndsWithIgnoreCase(name, ".wet")) {
    return Format::kWarc;
  }
  if (EndsWithIgnoreCase(name, ".jsonl") || EndsWithIgnoreCase(name, ".ndjson"))
    return Format::kJsonLines;
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i != std::string_view::npos && head[i] == '{' && !EndsWithIgnoreCase(name, ".html") &&
      !EndsWithIgnoreCase(name, ".htm") && !EndsWithIgnoreCase(name, ".txt")) {
    return Format::kJsonLines;
  }
  return Format::kDocument;
}

// Empty and binary payloads are not pages. HTML tolerates stray NUL bytes (Gumbo replaces
// them); text dumps do not.
Status CheckPayload(const RawPage& page) {
  if (page.kind != ContentKind::kHtml) return CheckTextPayload(page.bytes);
  std::string_view head = std::string_view(page.bytes).substr(0, 64 << 10);
  if (head.find('\0') == std::string_view::npos) return CheckTextPayload(head);
  std::string sample(head);
  sample.erase(std::remove(sample.begin(), sample.end(), '\0'), sample.end());
  return CheckTextPayload(sample.empty() && !page.bytes.empty() ? std::string(" ") : sample);
}

class DocumentReader final : public RecordReader {
 public:
  DocumentReader(InputFile input, const IngestOptions& options)
      : in_(std::move(input)), options_(options) {}

  std::optional<IngestItem> Next() override {
    if (done_) return std::nullopt;
    done_ = true;
    IngestItem item;
    item.page.source.path = in_.path;
    item.page.fetched_at = in_.mtime;
    size_t limit = options_.max_record_bytes;
    in_.reader->Read(limit + 1, &item.page.bytes);
    item.page.source.length = in_.stream->stored_bytes_read();
    if (item.page.bytes.size() > limit) {
      item.error = Status::ResourceExhausted("record larger than the limit of " +
                                             std::to_string(limit) + " bytes");
      item.page.bytes.clear();
    } else if (!in_.reader->status().ok()) {
      item.error = in_.reader->status();
    } else {
      item.page.kind = SniffContentKind(WithoutGz(in_.path), item.page.bytes);
      item.error = CheckPayload(item.page);
    }
    return item;
  }

  uint64_t bytes_read() const override { return in_.stream->stored_bytes_read(); }

 private:
  InputFile in_;
  IngestOptions options_;
  bool done_ = false;
};

// Regular files up to this size are read whole, with one read: a plain file then reaches
// its reader without a copy, and a gzip file of one member (the usual .html.gz or .jsonl.gz)
// is decoded in one call by libdeflate, about twice as fast as zlib streaming it.
constexpr uint64_t kHeldFileBytes = uint64_t{64} << 20;

// Appends the rest of `raw` to *bytes (`size` is the file's size from fstat). False when the
// file turns out larger than kHeldFileBytes or a read fails; *bytes then holds what was read.
// A read that comes back short once `size` bytes are in is the end of the file, without a
// further read that returns nothing (a file that grows while it is read is a race either way).
bool ReadWhole(ByteStream* raw, uint64_t size, std::string* bytes) {
  size_t got = bytes->size();
  bytes->resize(std::max<size_t>(size, got) + 1);  // one byte more, to see the end
  while (true) {
    if (got == bytes->size()) {
      if (got > kHeldFileBytes) break;
      bytes->resize(2 * got);
    }
    size_t want = bytes->size() - got;
    size_t n = raw->Read(bytes->data() + got, want);
    if (n == 0) break;
    got += n;
    if (n < want && got == size) break;
  }
  bytes->resize(got);
  return got <= kHeldFileBytes && raw->status().ok();
}

// The first two bytes of `raw` (fewer at its end): enough to tell gzip.
std::string ReadMagic(ByteStream* raw) {
  std::string magic(2, '\0');
  size_t got = 0;
  while (got < 2) {
    size_t n = raw->Read(magic.data() + got, 2 - got);
    if (n == 0) break;
    got += n;
  }
  magic.resize(got);
  return magic;
}

// The decoded bytes of the file `raw` reads from its start; `st` is the regular file's stat,
// or null for standard input (always streamed). Sets *gz when the file is gzipped. A regular
// file up to kHeldFileBytes is read whole at once (its first bytes tell gzip), others stream
// after their first two bytes are read.
std::unique_ptr<ByteStream> OpenDecoded(std::unique_ptr<ByteStream> raw, const struct stat* st,
                                        bool* gz) {
  std::string head;
  if (st != nullptr && static_cast<uint64_t>(st->st_size) <= kHeldFileBytes) {
    std::string bytes;
    bool whole = ReadWhole(raw.get(), static_cast<uint64_t>(st->st_size), &bytes);
    *gz = LooksGzipped(bytes);
    if (whole) {
      uint64_t stored = bytes.size();
      if (!*gz) return NewHeldFileStream(std::move(bytes), stored, false);
      std::string decoded;
      if (GunzipOneMember(bytes, kHeldFileBytes, &decoded)) {
        return NewHeldFileStream(std::move(decoded), stored, true);
      }
    }
    head = std::move(bytes);  // several members, damage, a read error: stream as before
  } else {
    head = ReadMagic(raw.get());
    *gz = LooksGzipped(head);
  }
  std::unique_ptr<ByteStream> stream =
      std::make_unique<PrefixedStream>(std::move(head), std::move(raw));
  return *gz ? NewGzipStream(std::move(stream)) : std::move(stream);
}

const char* FileKindName(mode_t mode) {
  if (S_ISDIR(mode)) return "a symbolic link to a directory (not followed)";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Opens `path`, a regular file when stat looked, and checks with fstat that it still is.
Result<std::unique_ptr<ByteStream>> OpenAndCheckRegular(const std::string& path, struct stat* st) {
  // O_NONBLOCK: if the path was swapped for a FIFO since stat, open must not wait for a
  // writer; fstat below then rejects it.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
  if (::fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
    ::close(fd);
    return Status::Unsupported("not a regular file");
  }
  return NewFdStream(fd);
}

// Opens a regular file for reading; non-regular files (FIFOs, sockets, devices, links to
// directories) are refused without being opened, dangling links are named as such. A file a
// directory listing gave as regular (`listed_regular`) is opened at once, without the stat:
// fstat after the open checks it. Should that fail, the file has changed since the listing,
// and the checks as for any path name what it is now.
Result<std::unique_ptr<ByteStream>> OpenRegularFile(const std::string& path, bool listed_regular,
                                                    struct stat* st) {
  if (listed_regular) {
    Result<std::unique_ptr<ByteStream>> stream = OpenAndCheckRegular(path, st);
    if (stream.ok()) return stream;
  }
  if (::stat(path.c_str(), st) != 0) {
    int err = errno;
    struct stat lst;
    if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
      return Status::NotFound("dangling symbolic link");
    }
    return Status::IOError(std::string("cannot stat: ") + std::strerror(err));
  }
  if (!S_ISREG(st->st_mode)) return Status::Unsupported(FileKindName(st->st_mode));
  return OpenAndCheckRegular(path, st);
}

}  // namespace

Result<std::unique_ptr<RecordReader>> OpenRecordReader(const std::string& path,
                                                       const IngestOptions& options,
                                                       bool listed_regular) {
  InputFile in;
  in.path = path;
  struct stat st = {};
  Result<std::unique_ptr<ByteStream>> raw =
      path == "-" ? OpenFileStream("-") : OpenRegularFile(path, listed_regular, &st);
  if (!raw.ok()) return raw.status();
  in.mtime = path == "-" ? CurrentTimeIso8601() : FileTimeIso8601(st);
  bool gz = false;
  in.stream = OpenDecoded(std::move(*raw), path == "-" ? nullptr : &st, &gz);
  in.reader = std::make_unique<StreamReader>(in.stream.get());
  std::string_view head = in.reader->Peek(4096);
  if (head.size() < 4096 && in.reader->status().ok() &&
      head.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return Status::NotFound("empty file");  // in any format: no record to read or reject
  }
  switch (DetectFormat(path, head)) {
    case Format::kWarc:
      return NewWarcReader(std::move(in), options);
    case Format::kJsonLines:
      return NewJsonLinesReader(std::move(in), options);
    case Format::kDocument:
      break;
  }
  if (!gz && static_cast<uint64_t>(st.st_size) > options.max_record_bytes) {
    return Status::ResourceExhausted(
        "file of " + std::to_string(st.st_size) + " bytes is larger than the limit of " +
        std::to_string(options.max_record_bytes) + " bytes (not read)");
  }
  return NewDocumentReader(std::move(in), options);
}

std::unique_ptr<RecordReader> NewDocumentReader(InputFile input, const IngestOptions& options) {
  return std::make_unique<DocumentReader>(std::move(input), options);
}

std::optional<IngestItem> TakeStreamEndError(const InputFile& input, bool* reported) {
  const Status& s = input.reader->status();
  if (s.ok() || *reported) return std::nullopt;
  *reported = true;
  IngestItem item;
  item.page.source.path = input.path;
  item.page.source.offset = input.reader->StoredOffset(input.reader->position());
  item.error = s;
  return item;
}

}  // namespace kabar
