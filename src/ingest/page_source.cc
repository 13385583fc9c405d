// PageSource over files, directories and standard input.
//
// Every path expands to a list of files (directories recursively, sorted by name). Each file
// is handed to the record reader for its format (record_reader.h): a WARC file gives one
// record per WARC record, a JSON Lines file one per line, any other file is one record.
// Errors (missing path, unreadable file, record over the size limit) become rejects.
#include "kabar/page_source.h"

#include <dirent.h>
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
#include <string_view>
#include <system_error>

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

// Whether the entry `path` (from a directory listing of type `d_type`) is a directory to
// descend into: a directory, not a symbolic link to one. As std::filesystem's directory_entry
// decides it: the listing's type when it has one, else lstat (an error counts as not a
// directory).
bool IsRealDirectory(const std::string& path, unsigned char d_type) {
  if (d_type != DT_UNKNOWN) return d_type == DT_DIR;
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// A file to read, and whether a directory listing gave it as a regular file.
struct FileToRead {
  std::string path;
  bool listed_regular = false;
};

// Adds the entries of directory `dir` (not "." or "..") as paths `dir`/name: directories (not
// symbolic links to them) to *dirs, everything else to *found. Returns 0, or the errno of a
// directory that cannot be opened or read (the entries read before a read error are kept).
int ReadDirectory(const std::string& dir, std::vector<std::string>* dirs,
                  std::vector<FileToRead>* found) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return errno;
  // As std::filesystem::path's operator/: a separator unless `dir` ends with one.
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + '/';
  int err = 0;
  while (true) {
    errno = 0;
    const struct dirent* e = ::readdir(d);
    if (e == nullptr) {
      err = errno;
      break;
    }
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    std::string path = prefix;
    path += name;
    if (IsRealDirectory(path, e->d_type)) {
      dirs->push_back(std::move(path));
    } else {
      found->push_back({std::move(path), e->d_type == DT_REG});
    }
  }
  ::closedir(d);
  return err;
}

// Expands a directory into everything under it that is not a directory (recursively, without
// following symbolic links to directories), sorted by path. Non-regular entries are listed
// too, so reading them produces a reject that names them; directories that cannot be listed
// become error items. (readdir rather than std::filesystem::directory_iterator, which costs
// ~3.4k instructions an entry in path objects.)
void ListDirectory(const std::string& root, std::deque<FileToRead>* files,
                   std::deque<IngestItem>* errors) {
  std::vector<FileToRead> found;
  std::vector<std::string> dirs = {root};
  while (!dirs.empty()) {
    std::string dir = std::move(dirs.back());
    dirs.pop_back();
    int err = ReadDirectory(dir, &dirs, &found);
    if (err != 0) {
      errors->push_back(ErrorItem(
          dir, Status::IOError("cannot list directory: " + std::generic_category().message(err))));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const FileToRead& a, const FileToRead& b) { return a.path < b.path; });
  files->insert(files->end(), std::make_move_iterator(found.begin()),
                std::make_move_iterator(found.end()));
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
        FileToRead file = std::move(files_.front());
        files_.pop_front();
        Result<std::unique_ptr<RecordReader>> reader =
            OpenRecordReader(file.path, options_, file.listed_regular);
        if (!reader.ok()) return ErrorItem(file.path, reader.status());
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
      files_.push_back({path});
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
      files_.push_back({path});
    }
  }

  IngestOptions options_;
  std::deque<std::string> pending_paths_;
  std::deque<FileToRead> files_;
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
