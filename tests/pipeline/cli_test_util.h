// Helpers for integration tests that run build/kabar as a user would.
#ifndef KABAR_TESTS_PIPELINE_CLI_TEST_UTIL_H_
#define KABAR_TESTS_PIPELINE_CLI_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace kabar::testing {

inline std::string ReadFileOrEmpty(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// A fresh temporary directory, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kabar-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct CliRun {
  int exit_code = -1;
  std::string out, err, rejects;
  long inputs = -1, articles = -1, rejected = -1;  // from the summary line
};

// Runs `kabar extract ARGS --rejects <tmp>/rejects.jsonl` with stdout and stderr captured.
inline CliRun RunExtract(const std::string& args, const std::filesystem::path& tmp) {
  auto out = tmp / "stdout", err = tmp / "stderr", rej = tmp / "rejects.jsonl";
  std::string cmd = std::string("'") + KABAR_BINARY + "' extract --rejects '" + rej.string() +
                    "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
  CliRun r;
  int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrEmpty(out);
  r.err = ReadFileOrEmpty(err);
  r.rejects = ReadFileOrEmpty(rej);
  std::smatch m;
  static const std::regex kSummary(R"((\d+) inputs, (\d+) articles, (\d+) rejected)");
  if (std::regex_search(r.err, m, kSummary)) {
    r.inputs = std::stol(m[1]);
    r.articles = std::stol(m[2]);
    r.rejected = std::stol(m[3]);
  }
  return r;
}

inline std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace kabar::testing

#endif  // KABAR_TESTS_PIPELINE_CLI_TEST_UTIL_H_
