#!/usr/bin/env bash
# Fails when a C++ file under include/, src/, tools/, tests/ or bench/ differs from clang-format's output.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'include/*.h' 'src/*.h' 'src/*.cc' 'tools/*.h' 'tools/*.cc' 'tests/*.h' \
  'tests/*.cc' 'bench/*.h' 'bench/*.cc')
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files; then
  echo "check-format: run 'clang-format -i' on the files above" >&2
  exit 1
fi
echo "check-format: all files formatted"
