#!/usr/bin/env bash
# Installs everything kabar needs to build and test, from Debian 12's apt only.
# Idempotent: when every package is already installed it does nothing and takes well under a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config clang-format
  libicu-dev libcld2-dev libre2-dev nlohmann-json3-dev libcli11-dev libgumbo-dev
  libsqlite3-dev libstemmer-dev libcpp-httplib-dev libxxhash-dev zlib1g-dev libdeflate-dev liblinear-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  hunspell-id w3m python3
  chromium wrk
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The browser test runs playwright-core from npm; any Node.js with npm will do (a machine may
# have one from elsewhere than Debian, so look for the command, not the package).
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "kabar setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
