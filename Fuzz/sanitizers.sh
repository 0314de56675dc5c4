#!/usr/bin/env bash
# Builds and runs the whole test suite once with AddressSanitizer (separate build folder:
# .build-sanitize).
#
# UndefinedBehaviorSanitizer: swiftc rejects `-sanitize=undefined` for Linux targets, and
# Enmienda compiles no C of its own (the CLibXML2 target is headers only), so there is no
# code for UBSan to instrument. Swift code traps on what UBSan looks for in C (overflow,
# out-of-bounds, invalid casts) in every build, and the test suite runs in debug builds,
# where those checks are all on.
#
#   bash Fuzz/sanitizers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup tests
# Leak checking is off: it reports objects the XCTest runtime keeps until exit.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
swift test --scratch-path .build-sanitize --sanitize address -Xswiftc -use-ld=lld "$@"
