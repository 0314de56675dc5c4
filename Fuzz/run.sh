#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs each from its checked-in
# seed corpus (Fuzz/Corpus/TARGET, plus the shipped glossaries for FuzzGlossary) for the
# given number of seconds. A crash stops the run with exit status 1 and leaves the input
# in .build-fuzz/artifacts/; add it to the regression tests.
#
#   bash Fuzz/run.sh 15                 # CI: about a minute in all
#   bash Fuzz/run.sh 1800               # the long run: 30 minutes per target
#   bash Fuzz/run.sh 1800 FuzzAligner   # one target
#   FUZZ_SEED=1 bash Fuzz/run.sh 15     # the same mutations every run (CI)
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzGlossary FuzzAligner FuzzCorrections FuzzReview)

swift build -c release --scratch-path ../.build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >&2
mkdir -p ../.build-fuzz/artifacts
for target in "${targets[@]}"; do
  corpus=../.build-fuzz/corpus/$target
  mkdir -p "$corpus"
  cp Corpus/"$target"/* "$corpus"/
  [ "$target" = FuzzGlossary ] && cp ../glossaries/*.xml "$corpus"/
  echo "fuzz: $target for ${seconds}s" >&2
  ../.build-fuzz/release/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
    -print_final_stats=1 -artifact_prefix=../.build-fuzz/artifacts/"$target"- "$corpus" 2>../.build-fuzz/"$target".log \
    || { tail -40 ../.build-fuzz/"$target".log >&2; echo "fuzz: $target FAILED" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ../.build-fuzz/"$target".log \
    | tr '\n' ' ' | sed "s/^/fuzz: $target ok: /" >&2
  echo >&2
done
