#!/usr/bin/env bash
# Browser tests of the web reader (CTest label "browser"): installs playwright-core with
# `npm ci` (locked by package-lock.json), then drives the system Chromium (Debian package
# `chromium`). Usage: run.sh KABAR_BINARY SEEDS_DIR SCREENSHOT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kabar="$1" seeds="$2" shots="$3"
chromium="${KABAR_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "browser test: $chromium is missing (scripts/setup.sh installs it)" >&2
  exit 1
fi
cd "$here"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
mkdir -p "$shots"
KABAR_BIN="$kabar" KABAR_SEEDS="$seeds" KABAR_SHOTS="$shots" KABAR_CHROMIUM="$chromium" \
  node reader_test.mjs
