#!/usr/bin/env bash
# Quick start: install dependencies, build, and run kabar's main job on the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/kabar extract sample/pages
