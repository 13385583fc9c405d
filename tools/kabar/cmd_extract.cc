// kabar extract [--now ISO8601] [--rejects FILE] [-j N] PATH...
// Writes one JSON article per line to stdout, rejects to --rejects (JSON Lines) and a
// one-line summary to stderr.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "kabar/article_json.h"
#include "kabar/extract_run.h"
#include "understand_flags.h"

namespace kabar::cli {
namespace {

class JsonLinesSink final : public ArticleSink {
 public:
  JsonLinesSink(std::FILE* out, std::ostream* rejects) : out_(out), rejects_(rejects) {}

  Status OnArticle(Article&& article) override {
    return OnRendered(std::move(article), Render(article));
  }

  // JSON is formatted on the worker threads; only the write is serial.
  std::string Render(const Article& article) const override {
    std::string line = ArticleToJson(article);
    line.push_back('\n');
    return line;
  }

  Status OnRendered(Article&& /*article*/, std::string&& line) override {
    if (std::fwrite(line.data(), 1, line.size(), out_) != line.size()) {
      return Status::IOError("cannot write to standard output");
    }
    return Status::OK();
  }

  Status OnReject(const Reject& reject) override {
    std::cerr << "kabar: rejected " << Describe(reject.source) << ": " << reject.reason << "\n";
    if (rejects_ == nullptr) return Status::OK();
    nlohmann::json j = {{"source",
                         {{"path", reject.source.path},
                          {"offset", reject.source.offset},
                          {"record_id", reject.source.record_id}}},
                        {"reason", reject.reason}};
    *rejects_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return *rejects_ ? Status::OK() : Status::IOError("cannot write the rejects file");
  }

 private:
  static std::string Describe(const SourceRef& s) {
    std::string d = s.path;
    if (!s.record_id.empty()) d += " record " + s.record_id;
    if (s.offset != 0) d += " at byte " + std::to_string(s.offset);
    return d;
  }

  std::FILE* out_;
  std::ostream* rejects_;
};

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string now;
  std::string rejects_path;
  int jobs = 1;
  bool no_understand = false;
  std::string aliases;
};

// Gives standard output a large buffer when it is not a terminal (a terminal keeps its line
// buffering). A JSON line (~5 KB for a news page) is longer than stdio's 4 KiB buffer, so each
// line was a write call of its own; this buffer holds about fifty. It is static: stdout uses
// it until the program exits.
void BufferStdout() {
  static char buffer[256 << 10];
  if (!isatty(fileno(stdout))) std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
}

int RunExtractCommand(const ExtractArgs& args) {
  PrepareBatchHeap();  // a batch: each page's buffers reuse memory already mapped
  BufferStdout();      // before anything is written to it, as setvbuf requires
  std::unique_ptr<std::ofstream> rejects;
  if (!args.rejects_path.empty()) {
    rejects = std::make_unique<std::ofstream>(args.rejects_path);
    if (!*rejects) {
      std::cerr << "kabar: cannot open rejects file " << args.rejects_path << "\n";
      return 2;
    }
  }
  RunOptions options;
  std::unique_ptr<Understander> understander;
  options.understand = !args.no_understand;
  if (options.understand) {
    options.understander = LoadUnderstander(args.aliases, &understander);
    if (options.understander == nullptr) return 2;
  }
  options.extract.now = args.now;
  options.jobs = args.jobs;
  options.progress = true;
  options.batch_heap = true;
  JsonLinesSink sink(stdout, rejects.get());
  Result<RunCounts> counts = RunExtract(args.paths, options, &sink);
  std::fflush(stdout);
  if (!counts.ok()) {
    std::cerr << "kabar: " << counts.status().ToString() << "\n";
    return 1;
  }
  std::cerr << counts->inputs << " inputs, " << counts->articles << " articles, "
            << counts->rejected << " rejected\n";
  return 0;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract articles from pages as JSON Lines");
  cmd->add_option("paths", args->paths, "Files, directories or - for standard input")->required();
  cmd->add_option("--now", args->now,
                  "Reference time (ISO 8601) for relative dates such as '8 jam lalu'");
  cmd->add_option("--rejects", args->rejects_path, "Write rejected records here (JSON Lines)");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads")->check(CLI::Range(1, 256));
  cmd->add_flag("--no-understand", args->no_understand,
                "Skip entities and quotes (extraction only)");
  AddAliasesFlag(cmd, &args->aliases);
  cmd->callback([args, exit_code] { *exit_code = RunExtractCommand(*args); });
}

}  // namespace kabar::cli
