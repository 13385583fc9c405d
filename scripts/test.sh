#!/usr/bin/env bash
# Every test: install dependencies, build, run the test suite, then build and run the unit tests again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the formatting check.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
(cd build && ctest --output-on-failure -j "$(nproc)")

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DKABAR_SANITIZE=ON \
  -DKABAR_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-asan -j "$(nproc)" --target kabar_unit_tests
(cd build-asan && ctest --output-on-failure -j "$(nproc)" -L unit)

scripts/check-format.sh
