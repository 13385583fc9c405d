// kabar serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--threads N] [--db-connections N]
// [--cache-mb 64] The JSON API and the web reader over a store (read-only).
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "kabar/server.h"
#include "understand_flags.h"

namespace kabar::cli {

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON API and the web reader");
  cmd->add_option("--db", options->db_path, "Store database file (default kabar.db)");
  cmd->add_option("--host", options->host,
                  "Address to bind (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", options->port, "Port (default 8080; 0 = any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--rank-window", options->limits.max_candidates,
                  "Matches ranked per full-text query, newest first (default 1000)")
      ->check(CLI::Range(10, 100000));
  cmd->add_option("--threads", options->threads,
                  "Worker threads = concurrent client connections served (default 64)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--db-connections", options->db_connections,
                  "Database connections = queries run at once (default: one per CPU core)")
      ->check(CLI::Range(1, 256));
  auto cache_mb = std::make_shared<size_t>(options->cache_bytes >> 20);
  cmd->add_option("--cache-mb", *cache_mb,
                  "Reply cache in MiB, dropped when the database changes (default 64; 0 = off)")
      ->check(CLI::Range(0, 65536));
  AddAliasesFlag(cmd, &options->aliases_file);
  cmd->callback([options, cache_mb, exit_code] {
    options->cache_bytes = *cache_mb << 20;
    Status s = Serve(*options, [&](int port) {
      std::cerr << "kabar: serving " << options->db_path << " on http://" << options->host << ":"
                << port << "/" << std::endl;
    });
    if (!s.ok()) {
      std::cerr << "kabar: " << s.ToString() << "\n";
      *exit_code = 1;
    }
  });
}

}  // namespace kabar::cli
