#!/usr/bin/env bash
# Load test of /api/search: generate PAGES pages (bench corpus generator), ingest them into a
# store, serve it on loopback and run wrk with 64 connections for SECONDS, rotating through a
# list of realistic queries (bench/search_load.lua). Not run by CI.
# Usage: bench/search_load.sh [PAGES=20000] [SECONDS=60] [OUT=bench/out/load]
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-20000}" seconds="${2:-60}" out="${3:-bench/out/load}"
mkdir -p "$out"
if [ ! -f "$out/kabar.db" ]; then
  rm -rf "$out/corpus"
  build/kabar_gen --out "$out/corpus" --pages "$pages" --seed 1 >/dev/null
  /usr/bin/time -f "ingest: %e s, %M KB max RSS" \
    build/kabar ingest --db "$out/kabar.db" -j 2 "$out/corpus" 2>&1 | tail -2
fi
build/kabar serve --db "$out/kabar.db" --port 0 --threads 64 2>"$out/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  port=$(grep -o '127.0.0.1:[0-9]*' "$out/serve.log" | cut -d: -f2 || true)
  [ -n "$port" ] && break
  sleep 0.2
done
echo "articles: $(sqlite3 "$out/kabar.db" 'SELECT count(*) FROM articles' 2>/dev/null || echo '?')"
wrk -t 2 -c 64 -d "${seconds}s" --latency -s bench/search_load.lua "http://127.0.0.1:$port"
