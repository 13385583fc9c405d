#!/usr/bin/env bash
# Load test of /api/search: ARTICLES generated articles (build/search_corpus: IndoSum sentences,
# real vocabulary) in a store with its search index, served on loopback, wrk with 64 connections
# for SECONDS cycling through the query mix of bench/search_load.lua. Not run by CI.
# Usage: [RANK_WINDOW=1000] [CACHE_MB=64] [ZIPF=1] [WARMUP=10] bench/search_load.sh [ARTICLES=100000] [SECONDS=60]
#        [OUT=bench/out/load]          (CACHE_MB=0: every request runs its query)
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-100000}" seconds="${2:-60}" out="${3:-bench/out/load}"
mkdir -p "$out"
db="$out/search-$articles.db"
if [ ! -f "$db" ]; then
  /usr/bin/time -f "generate + store + index: %e s, %M KB max RSS" \
    build/search_corpus "$articles" "$db"
fi
build/kabar serve --db "$db" --port 0 --threads 64 --rank-window "${RANK_WINDOW:-1000}" \
  --cache-mb "${CACHE_MB:-64}" 2>"$out/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  port=$(grep -o '127.0.0.1:[0-9]*' "$out/serve.log" | cut -d: -f2 || true)
  [ -n "$port" ] && break
  sleep 0.2
done
echo "articles: $(sqlite3 "$db" 'SELECT count(*) FROM articles') in $db ($(du -h "$db" | cut -f1))"
echo "machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# wrk corrects for coordinated omission: a stall of every connection counts as the requests
# they would have sent meanwhile. A fresh server's first requests all miss the reply cache and
# wait while the mix's 34 queries run once on cold connections (about half a second), which
# alone moves p99 of a 60 s run. So the first WARMUP seconds are reported on their own, and the
# measured run starts on the warmed server (as a server that has been up for a while is).
echo "fresh server, first ${WARMUP:-10} s (warm-up, reported apart):"
wrk -t 2 -c 64 -d "${WARMUP:-10}s" --latency -s bench/search_load.lua "http://127.0.0.1:$port" |
  grep -E "Requests/sec|50%|99%|errors|timeout"
echo "measured run, ${seconds} s:"
wrk -t 2 -c 64 -d "${seconds}s" --latency -s bench/search_load.lua \
  "http://127.0.0.1:$port"
# A second mix: 3,303 two-word queries from IndoSum titles with Zipf frequencies, most of them
# rare (bench/search_load_zipf.lua): the reply cache helps less, and the first request of every
# query runs it.
if [ -n "${ZIPF:-}" ]; then
  python3 bench/search_queries.py "${INDOSUM:-../shared/data/indonesian/indosum-dev}" \
    >"$out/queries.txt"
  echo "zipf mix: $(wc -l <"$out/queries.txt") queries, ${seconds} s"
  QUERIES="$out/queries.txt" wrk -t 2 -c 64 -d "${seconds}s" --latency \
    -s bench/search_load_zipf.lua "http://127.0.0.1:$port"
fi
# Reference in the same run: the same server and connections serving the embedded home page
# (no database), so that figures from a busy machine can be read as a ratio.
sleep 1  # the queries still queued when wrk stopped finish first
echo "reference: GET / (embedded asset), 10 s"
wrk -t 2 -c 64 -d 10s --latency "http://127.0.0.1:$port/" | grep -E "Requests/sec|50%|99%|errors"
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
