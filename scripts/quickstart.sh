#!/usr/bin/env bash
# Quick start: install dependencies, build, and run kabar's main job on the bundled sample:
# ingest the sample pages into the embedded store (build/sample.db), list the stories and print
# the timeline of the first storyline.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
db=build/sample.db
build/kabar ingest --db "$db" sample/pages
build/kabar stories --db "$db"
storyline=$(build/kabar stories --db "$db" --json | head -n 1 |
  sed -n 's/.*"storyline_id":"\([^"]*\)".*/\1/p')
echo
echo "Timeline of storyline $storyline:"
build/kabar timeline --db "$db" --storyline "$storyline"
