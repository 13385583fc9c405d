#!/usr/bin/env bash
# Installs the peer extractors kabar is benchmarked against (bench/peers/README in
# bench/README.md). They are benchmark tools, not dependencies of kabar:
#   - Mozilla Readability 0.6.0 with jsdom 26 (npm), into bench/peers/node_modules (git-ignored);
#   - readability-lxml (Debian package python3-readability).
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")"
if ! dpkg-query -W -f='${Status}' python3-readability 2>/dev/null | grep -q "install ok installed"; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    python3-readability >/dev/null
fi
if [ ! -d node_modules/@mozilla/readability ] || [ ! -d node_modules/jsdom ]; then
  npm install --no-audit --no-fund --silent --prefix . @mozilla/readability@0.6.0 jsdom@26 >/dev/null
fi
echo "peers ready: $(node -e 'console.log(require("./node_modules/@mozilla/readability/package.json").version)') readability.js, jsdom $(node -e 'console.log(require("./node_modules/jsdom/package.json").version)'), readability-lxml $(dpkg-query -W -f='${Version}' python3-readability)"
