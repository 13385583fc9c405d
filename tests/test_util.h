// Helpers shared by tests: temporary files, gzip, raw SQL on a database file, running the
// ingest stage over a path.
#ifndef KABAR_TESTS_TEST_UTIL_H_
#define KABAR_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "kabar/page_source.h"

namespace kabar::testing {

// Paths of the files WriteTempFile made; they are removed when the test program exits, so
// that runs leave nothing behind in the temporary directory.
class TempFiles {
 public:
  static TempFiles& Get() {
    static TempFiles files;
    return files;
  }
  void Keep(const std::string& path) { paths_.push_back(path); }
  ~TempFiles() {
    for (const std::string& p : paths_) std::remove(p.c_str());
  }

 private:
  std::vector<std::string> paths_;
};

// A file under the test's temporary directory holding `bytes`; returns its path. The file
// lives until the test program exits.
inline std::string WriteTempFile(const std::string& name, const std::string& bytes) {
  std::string path = ::testing::TempDir() + "/" + std::to_string(::getpid()) + "_" + name;
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  TempFiles::Get().Keep(path);
  return path;
}

// One gzip member holding `data`.
inline std::string Gzip(const std::string& data) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Runs `sql` on the SQLite database file at `path` directly, as an older kabar or a foreign
// program would (tests use it to build old-schema or foreign databases). True on success.
inline bool ExecSqlOnFile(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open(path.c_str(), &db) == SQLITE_OK &&
            sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_close(db);
  return ok;
}

// Every item the ingest stage yields for `paths`.
inline std::vector<IngestItem> ReadAll(const std::vector<std::string>& paths,
                                       IngestOptions options = {}) {
  std::vector<IngestItem> items;
  auto source = PageSource::Open(paths, options);
  while (auto item = source->Next()) items.push_back(std::move(*item));
  return items;
}

}  // namespace kabar::testing

#endif  // KABAR_TESTS_TEST_UTIL_H_
