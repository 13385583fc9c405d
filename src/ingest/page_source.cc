// PageSource over files, directories and standard input.
//
// Every path expands to a list of files (directories recursively, sorted by name). Each file
// is handed to the record reader for its format; a plain text or HTML file is one record.
// Errors (missing path, unreadable file, file over the size limit) become rejects.
#include "kabar/page_source.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "ingest/content_sniff.h"
#include "ingest/file_time.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;

// Expands a directory into its regular files (recursively), sorted by path.
// Entries that cannot be listed become error items.
void ListDirectory(const std::string& dir, std::deque<std::string>* files,
                   std::deque<IngestItem>* errors) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_directory(type_ec)) continue;
    found.push_back(it->path().string());
  }
  if (ec) {
    IngestItem item;
    item.page.source.path = dir;
    item.error = Status::IOError("cannot list directory: " + ec.message());
    errors->push_back(std::move(item));
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
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
      IngestItem item;
      item.page.source.path = path;
      item.error = Status::NotFound("no such file or directory");
      errors_.push_back(std::move(item));
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
      return Status::IOError(std::string("cannot stat: ") + std::strerror(errno));
    }
    if (!S_ISREG(st.st_mode)) return Status::Unsupported("not a regular file");
    if (static_cast<uint64_t>(st.st_size) > options_.max_record_bytes) {
      return Status::ResourceExhausted("file of " + std::to_string(st.st_size) +
                                       " bytes is larger than the limit of " +
                                       std::to_string(options_.max_record_bytes) + " bytes");
    }
    page->fetched_at = FileTimeIso8601(st);
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
    return ReadStream(in, options_.max_record_bytes, &page->bytes);
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
