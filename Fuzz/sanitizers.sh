#!/usr/bin/env bash
# Builds and runs the whole test suite once with AddressSanitizer and
# UndefinedBehaviorSanitizer (separate build folder: .build-sanitize).
#
#   bash Fuzz/sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup tests
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
swift test --scratch-path .build-sanitize --sanitize address --sanitize undefined -Xlinker -fuse-ld=lld "$@"
