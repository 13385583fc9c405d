// search_latency: in-process cost of Searcher::Search per query (no HTTP), for tuning.
// Runs every query of bench/search_load.lua's mix (read from the file) ROUNDS times on one
// read-only connection and prints the median and max wall and CPU time per query.
// Usage: search_latency DB [ROUNDS=5] [RANK_WINDOW=1000] [LUA=bench/search_load.lua]
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "kabar/search.h"
#include "kabar/store.h"

namespace {

double CpuNow() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The quoted Lua strings between "local queries = {" and the closing "}".
std::vector<std::string> Queries(const std::string& path) {
  std::ifstream in(path);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t begin = text.find("local queries = {"), end = text.find("\n}", begin);
  std::string list = text.substr(begin, end - begin);
  std::vector<std::string> out;
  std::regex quoted(R"re("((?:[^"\\]|\\.)*)")re");
  std::string body;
  for (std::string line; !list.empty();) {
    size_t nl = list.find('\n');
    line = list.substr(0, nl);
    list = nl == std::string::npos ? "" : list.substr(nl + 1);
    if (line.find("--") != std::string::npos) line.resize(line.find("--"));
    body += line + "\n";
  }
  for (std::sregex_iterator it(body.begin(), body.end(), quoted), e; it != e; ++it) {
    std::string q = (*it)[1];
    std::string unescaped;
    for (size_t i = 0; i < q.size(); ++i) {
      if (q[i] == '\\' && i + 1 < q.size()) ++i;
      unescaped.push_back(q[i]);
    }
    out.push_back(unescaped);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: search_latency DB [ROUNDS] [RANK_WINDOW] [LUA]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
  kabar::SearchLimits limits;
  if (argc > 3) limits.max_candidates = static_cast<size_t>(std::atol(argv[3]));
  std::vector<std::string> queries = Queries(argc > 4 ? argv[4] : "bench/search_load.lua");
  auto store = kabar::Store::OpenReadOnly(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  sqlite3_exec((*store)->handle(), "PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -8192",
               nullptr, nullptr, nullptr);
  auto searcher = kabar::Searcher::Open((*store)->handle(), limits);
  if (!searcher.ok()) return 1;
  double total_cpu = 0;
  std::printf("%-40s %9s %9s %9s %8s\n", "query", "cpu ms", "wall ms", "max ms", "ranked");
  for (const std::string& q : queries) {
    std::vector<double> cpu, wall;
    size_t ranked = 0;
    for (int r = 0; r < rounds; ++r) {
      kabar::SearchRequest request;
      request.query = q;
      double c0 = CpuNow();
      auto w0 = std::chrono::steady_clock::now();
      auto res = (*searcher)->Search(request);
      wall.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count());
      cpu.push_back((CpuNow() - c0) * 1000);
      if (!res.ok()) {
        std::fprintf(stderr, "%s: %s\n", q.c_str(), res.status().ToString().c_str());
        break;
      }
      ranked = res->candidates;
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    total_cpu += cpu[cpu.size() / 2];
    std::printf("%-40s %9.2f %9.2f %9.2f %8zu\n", q.c_str(), cpu[cpu.size() / 2],
                wall[wall.size() / 2], wall.back(), ranked);
  }
  std::printf("mean of medians: %.2f ms CPU per query\n", total_cpu / queries.size());
  return 0;
}
