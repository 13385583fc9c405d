// PageSource over files, directories and standard input.
//
// Every path expands to a list of files (directories recursively, sorted by name). Each file
// is handed to the record reader for its format (record_reader.h): a WARC file gives one
// record per WARC record, a JSON Lines file one per line, any other file is one record.
// Errors (missing path, unreadable file, record over the size limit) become rejects.
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

#include "ingest/record_reader.h"

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

class FileSystemPageSource final : public PageSource {
 public:
  FileSystemPageSource(std::vector<std::string> paths, const IngestOptions& options)
      : options_(options) {
    for (auto& p : paths) pending_paths_.push_back(std::move(p));
  }

  std::optional<IngestItem> Next() override {
    while (true) {
      if (!errors_.empty()) return Pop(&errors_);
      if (reader_ != nullptr) {
        std::optional<IngestItem> item = reader_->Next();
        if (item) return item;
        done_bytes_ += reader_->bytes_read();
        reader_.reset();
      }
      if (!files_.empty()) {
        std::string file = std::move(files_.front());
        files_.pop_front();
        Result<std::unique_ptr<RecordReader>> reader = OpenRecordReader(file, options_);
        if (!reader.ok()) return ErrorItem(file, reader.status());
        reader_ = std::move(*reader);
        continue;
      }
      if (pending_paths_.empty()) return std::nullopt;
      std::string path = std::move(pending_paths_.front());
      pending_paths_.pop_front();
      Expand(path);
    }
  }

  uint64_t bytes_read() const override {
    return done_bytes_ + (reader_ != nullptr ? reader_->bytes_read() : 0);
  }

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

  IngestOptions options_;
  std::deque<std::string> pending_paths_;
  std::deque<std::string> files_;
  std::deque<IngestItem> errors_;
  std::unique_ptr<RecordReader> reader_;
  uint64_t done_bytes_ = 0;
};

}  // namespace

std::unique_ptr<PageSource> PageSource::Open(std::vector<std::string> paths,
                                             const IngestOptions& options) {
  return std::make_unique<FileSystemPageSource>(std::move(paths), options);
}

}  // namespace kabar
