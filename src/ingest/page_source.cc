// PageSource over files, directories and standard input.
//
// Every path expands to a list of files (directories recursively, sorted by name). Each file
// is handed to the record reader for its format; a plain text or HTML file is one record.
// Errors (missing path, unreadable file, file over the size limit) become rejects.
#include "kabar/page_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "ingest/content_sniff.h"
#include "ingest/file_time.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;

IngestItem ErrorItem(const std::string& path, Status error) {
  IngestItem item;
  item.page.source.path = path;
  item.error = std::move(error);
  return item;
}

// Expands a directory into everything under it that is not a directory (recursively, without
// following symbolic links to directories), sorted by path. Non-regular entries are listed
// too, so reading them produces a reject that names them; directories that cannot be listed
// become error items.
void ListDirectory(const std::string& root, std::deque<std::string>* files,
                   std::deque<IngestItem>* errors) {
  std::vector<std::string> found;
  std::vector<fs::path> dirs = {root};
  while (!dirs.empty()) {
    fs::path dir = std::move(dirs.back());
    dirs.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
        dirs.push_back(it->path());
      } else {
        found.push_back(it->path().string());
      }
    }
    if (ec)
      errors->push_back(
          ErrorItem(dir.string(), Status::IOError("cannot list directory: " + ec.message())));
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
}

const char* FileKindName(mode_t mode) {
  if (S_ISDIR(mode)) return "a symbolic link to a directory (not followed)";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

// Reads the regular file open on `fd` (whose size was `size` when checked) into *out, but
// never more than `limit` bytes: a file that grows past the limit is rejected.
Status ReadDescriptor(int fd, uint64_t size, size_t limit, std::string* out) {
  out->resize(static_cast<size_t>(size) + 1);
  size_t got = 0;
  while (true) {
    if (got == out->size()) {
      if (out->size() > limit) break;
      out->resize(std::min(out->size() * 2, limit + 1));
    }
    ssize_t n = ::read(fd, out->data() + got, out->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IOError(std::string("read failed: ") + std::strerror(errno));
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  if (got > limit) {
    return Status::ResourceExhausted("file grew past the limit of " + std::to_string(limit) +
                                     " bytes while being read");
  }
  out->resize(got);
  return Status::OK();
}

Status ReadStream(std::istream& in, size_t limit, std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out->append(buf, static_cast<size_t>(in.gcount()));
    if (out->size() > limit) {
      return Status::ResourceExhausted("record larger than the limit of " + std::to_string(limit) +
                                       " bytes");
    }
  }
  if (in.bad()) return Status::IOError("read failed");
  return Status::OK();
}

class FileSystemPageSource final : public PageSource {
 public:
  FileSystemPageSource(std::vector<std::string> paths, const IngestOptions& options)
      : options_(options) {
    for (auto& p : paths) pending_paths_.push_back(std::move(p));
  }

  std::optional<IngestItem> Next() override {
    while (true) {
      if (!errors_.empty()) return Pop(&errors_);
      if (!files_.empty()) {
        std::string file = std::move(files_.front());
        files_.pop_front();
        return ReadFile(file);
      }
      if (pending_paths_.empty()) return std::nullopt;
      std::string path = std::move(pending_paths_.front());
      pending_paths_.pop_front();
      Expand(path);
    }
  }

  uint64_t bytes_read() const override { return bytes_read_; }

 private:
  static IngestItem Pop(std::deque<IngestItem>* q) {
    IngestItem item = std::move(q->front());
    q->pop_front();
    return item;
  }

  void Expand(const std::string& path) {
    if (path == "-") {
      files_.push_back(path);
      return;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      struct stat lst;
      bool dangling = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
      errors_.push_back(ErrorItem(path, Status::NotFound(dangling ? "dangling symbolic link"
                                                                  : "no such file or directory")));
    } else if (fs::is_directory(st)) {
      ListDirectory(path, &files_, &errors_);
    } else {
      files_.push_back(path);
    }
  }

  IngestItem ReadFile(const std::string& path) {
    IngestItem item;
    item.page.source.path = path;
    item.error = path == "-" ? ReadStdin(&item.page) : ReadRegularFile(path, &item.page);
    item.page.source.length = item.page.bytes.size();
    bytes_read_ += item.page.bytes.size();
    if (item.error.ok()) item.error = CheckTextPayload(item.page.bytes);
    if (item.error.ok()) item.page.kind = SniffContentKind(path, item.page.bytes);
    return item;
  }

  Status ReadStdin(RawPage* page) {
    page->fetched_at = CurrentTimeIso8601();
    return ReadStream(std::cin, options_.max_record_bytes, &page->bytes);
  }

  Status ReadRegularFile(const std::string& path, RawPage* page) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      int err = errno;
      struct stat lst;
      if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        return Status::NotFound("dangling symbolic link");
      }
      return Status::IOError(std::string("cannot stat: ") + std::strerror(err));
    }
    if (!S_ISREG(st.st_mode)) return Status::Unsupported(FileKindName(st.st_mode));
    Status s = CheckSize(st.st_size);
    if (!s.ok()) return s;
    page->fetched_at = FileTimeIso8601(st);
    // O_NONBLOCK: if the path was swapped for a FIFO since stat, open must not wait for a
    // writer; fstat below then rejects it.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return Status::Unsupported("not a regular file");
    }
    s = CheckSize(st.st_size);
    if (s.ok())
      s = ReadDescriptor(fd, static_cast<uint64_t>(st.st_size), options_.max_record_bytes,
                         &page->bytes);
    ::close(fd);
    return s;
  }

  Status CheckSize(off_t size) const {
    if (static_cast<uint64_t>(size) <= options_.max_record_bytes) return Status::OK();
    return Status::ResourceExhausted(
        "file of " + std::to_string(size) + " bytes is larger than the limit of " +
        std::to_string(options_.max_record_bytes) + " bytes (not read)");
  }

  IngestOptions options_;
  std::deque<std::string> pending_paths_;
  std::deque<std::string> files_;
  std::deque<IngestItem> errors_;
  uint64_t bytes_read_ = 0;
};

}  // namespace

std::unique_ptr<PageSource> PageSource::Open(std::vector<std::string> paths,
                                             const IngestOptions& options) {
  return std::make_unique<FileSystemPageSource>(std::move(paths), options);
}

}  // namespace kabar
