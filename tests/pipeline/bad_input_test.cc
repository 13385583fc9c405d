// Bad input through the CLI: each case is rejected (or repaired) with a message that names
// the input and the reason, on stderr and in --rejects; the run goes on and
// inputs = articles + rejected.
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "pipeline/cli_test_util.h"

namespace kabar {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::Lines;
using testing::RunExtract;
using testing::TempDir;
using testing::WriteFile;

const std::string kGoodPage =
    "Pemerintah Umumkan Kebijakan Baru\n\nJakarta - Pemerintah mengumumkan kebijakan baru "
    "pada Senin kemarin karena harga bahan pokok naik tajam.\n\nMenteri mengatakan kebijakan "
    "tersebut akan berlaku bulan depan dan bisa membantu masyarakat.\n";

// The input is rejected with `reason` (a substring), named on stderr and in the rejects file.
void ExpectRejected(const CliRun& r, const std::string& path, const std::string& reason) {
  EXPECT_NE(r.err.find("kabar: rejected " + path + ": "), std::string::npos) << r.err;
  bool found = false;
  for (const std::string& line : Lines(r.rejects)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    if (j["source"]["path"] == path) {
      found = true;
      EXPECT_NE(j["reason"].get<std::string>().find(reason), std::string::npos) << line;
    }
  }
  EXPECT_TRUE(found) << path << " not in rejects:\n" << r.rejects;
}

void ExpectCountsAddUp(const CliRun& r, long inputs) {
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.inputs, inputs) << r.err;
  EXPECT_EQ(r.inputs, r.articles + r.rejected) << r.err;
  EXPECT_EQ(static_cast<long>(Lines(r.out).size()), r.articles);
  EXPECT_EQ(static_cast<long>(Lines(r.rejects).size()), r.rejected);
}

TEST(BadInput, EmptyFile) {
  TempDir t;
  auto empty = t.path() / "empty.txt", blank = t.path() / "blank.txt";
  WriteFile(empty, "");
  WriteFile(blank, " \n\t\r\n");
  CliRun r = RunExtract("'" + empty.string() + "' '" + blank.string() + "'", t.path());
  ExpectCountsAddUp(r, 2);
  ExpectRejected(r, empty.string(), "not-found: empty file");
  ExpectRejected(r, blank.string(), "not-found: empty file");
}

TEST(BadInput, BinaryFile) {
  TempDir t;
  auto nul = t.path() / "image.jpg", noisy = t.path() / "noise.txt";
  std::string bytes = "\xFF\xD8\xFF\xE0";
  bytes += std::string("\0\x10JFIF\0", 8);
  WriteFile(nul, bytes + kGoodPage);
  std::string noise;  // control and non-UTF-8 bytes but no NUL
  for (int i = 0; i < 4000; ++i) noise += static_cast<char>(1 + (i * 37) % 255);
  WriteFile(noisy, noise);
  CliRun r = RunExtract("'" + nul.string() + "' '" + noisy.string() + "'", t.path());
  ExpectCountsAddUp(r, 2);
  ExpectRejected(r, nul.string(), "corruption: binary data (NUL bytes)");
  ExpectRejected(r, noisy.string(), "corruption: binary data");
}

TEST(BadInput, InvalidUtf8IsRepairedAndCounted) {
  TempDir t;
  auto p = t.path() / "latin1.txt";
  std::string page = kGoodPage;
  page.insert(page.find("Jakarta"), "Caf\xE9 \xC0\xAF ");  // Latin-1 é, overlong '/'
  WriteFile(p, page);
  CliRun r = RunExtract("'" + p.string() + "'", t.path());
  ExpectCountsAddUp(r, 1);
  ASSERT_EQ(r.articles, 1);
  auto j = nlohmann::json::parse(Lines(r.out)[0]);
  EXPECT_EQ(j["repaired_utf8"], 3);
  EXPECT_NE(j.dump().find("Caf\xEF\xBF\xBD"), std::string::npos);
}

TEST(BadInput, HugeFileIsRejectedUnread) {
  TempDir t;
  auto p = t.path() / "huge.txt";
  int fd = ::open(p.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::ftruncate(fd, off_t{100} << 20), 0);  // sparse: no 100 MB written to disk
  ::close(fd);
  auto good = t.path() / "good.txt";
  WriteFile(good, kGoodPage);
  CliRun r = RunExtract("'" + p.string() + "' '" + good.string() + "'", t.path());
  ExpectCountsAddUp(r, 2);
  EXPECT_EQ(r.articles, 1);
  ExpectRejected(r, p.string(), "resource-exhausted: file of 104857600 bytes is larger");
}

TEST(BadInput, OneMegabyteSingleLine) {
  TempDir t;
  auto p = t.path() / "oneline.txt";
  std::string line;
  while (line.size() < (1 << 20)) line += "kata demi kata tanpa akhir ";
  WriteFile(p, line);
  CliRun r = RunExtract("'" + p.string() + "'", t.path());
  ExpectCountsAddUp(r, 1);
  // Either outcome is clear: an article whose source names the file, or a named reject.
  if (r.articles == 1) {
    auto j = nlohmann::json::parse(Lines(r.out)[0]);
    EXPECT_EQ(j["source"]["path"], p.string());
  } else {
    ExpectRejected(r, p.string(), "");
  }
}

TEST(BadInput, DirectoryWithUnreadableEntries) {
  TempDir t;
  fs::path d = t.path() / "in";
  fs::create_directories(d / "sub");
  WriteFile(d / "sub" / "good.txt", kGoodPage);
  fs::create_symlink("/nonexistent/kabar", d / "dangling");
  ASSERT_EQ(::mkfifo((d / "fifo").c_str(), 0644), 0);  // reading it would block forever
  int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string sp = (d / "sock").string();
  ASSERT_LT(sp.size(), sizeof addr.sun_path);
  std::copy(sp.begin(), sp.end(), addr.sun_path);
  ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  fs::create_directory_symlink(t.path(), d / "loop");  // would recurse forever if followed
  CliRun r = RunExtract("'" + d.string() + "'", t.path());
  ::close(sock);
  ExpectCountsAddUp(r, 5);
  EXPECT_EQ(r.articles, 1);
  ExpectRejected(r, (d / "dangling").string(), "dangling symbolic link");
  ExpectRejected(r, (d / "fifo").string(), "unsupported: a FIFO");
  ExpectRejected(r, (d / "sock").string(), "unsupported: a socket");
  ExpectRejected(r, (d / "loop").string(), "symbolic link to a directory");
}

TEST(BadInput, MissingPath) {
  TempDir t;
  auto missing = t.path() / "no-such-file.txt";
  auto good = t.path() / "good.txt";
  WriteFile(good, kGoodPage);
  CliRun r = RunExtract("'" + missing.string() + "' '" + good.string() + "'", t.path());
  ExpectCountsAddUp(r, 2);
  EXPECT_EQ(r.articles, 1);
  ExpectRejected(r, missing.string(), "not-found: no such file or directory");
}

}  // namespace
}  // namespace kabar
