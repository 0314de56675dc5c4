#!/usr/bin/env bash
# Scan speed against glossary size: the same corpus checked with generated glossaries of
# 300, 3,000 and 30,000 entries (deterministic, seeded) and with the built-in glossary.
# The corpus is Debian's human-written Spanish (see false-alarms.sh) repeated to ~20 MB.
# Prints MB/s per glossary and the ratio to the 300-entry run: a flat line means the scan
# cost does not grow with the glossary.
#
#   bash Benchmarks/scan-benchmark.sh [path/to/enmienda]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-}
if [ -z "$binary" ]; then
  bash .ci/setup
  swift build -c release --product enmienda >&2
  binary=.build/release/enmienda
fi
work=.build/benchmark
mkdir -p "$work"
[ -d .build/corpus-human-es/man ] || bash Benchmarks/false-alarms.sh >/dev/null
if [ ! -f "$work/corpus.txt" ]; then
  cat .build/corpus-human-es/*/*.txt > "$work/one.txt"
  for _ in 1 2 3 4; do cat "$work/one.txt"; done > "$work/corpus.txt"
  rm "$work/one.txt"
fi

python3 - "$work" <<'PY'
import random, sys
# Spanish-looking words from syllables; seeded so every run compares the same glossaries.
random.seed(20251129)
syllables = ["ra", "de", "mu", "ni", "cio", "nes", "tal", "le", "res", "gue", "rra", "es", "fuer", "zo",
             "ta", "co", "pro", "tec", "ción", "li", "der", "az", "go", "me", "na", "ban", "da", "sol"]
def word():
    # The leading "x" keeps generated forms from being real words: every finding would
    # then cost report time and blur what is measured, the scan.
    return "x" + "".join(random.choice(syllables) for _ in range(random.randint(2, 4)))
for size in (300, 3000, 30000):
    with open(f"{sys.argv[1]}/glossary-{size}.xml", "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<glossary xmlns="urn:enmienda:glossary" version="1">\n')
        seen = set()
        index = 0
        while index < size:
            wrong = " ".join(word() for _ in range(random.randint(1, 3)))
            if wrong in seen:
                continue
            seen.add(wrong)
            out.write(f'  <entry id="e{index}" category="mistranslation" severity="minor">'
                      f'<source>s{index}</source><wrong>{wrong}</wrong><suggestion>sugerencia {index}</suggestion></entry>\n')
            index += 1
        out.write("</glossary>\n")
PY

bytes=$(stat -c %s "$work/corpus.txt")
echo "corpus: $((bytes / 1000000)) MB of human-written Spanish; binary: $binary"
baseline=""
echo "hola" > "$work/tiny.txt"
seconds_of() {
  local start end
  start=$(date +%s.%N)
  "$binary" check --format xml --output /dev/null "$@" || [ $? -eq 1 ]
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
best_of_three() {
  local best="" seconds
  for _ in 1 2 3; do
    seconds=$(seconds_of "$@")
    if [ -z "$best" ] || [ "$(echo "$seconds < $best" | bc -l)" = 1 ]; then best=$seconds; fi
  done
  echo "$best"
}
run() {
  local label=$1; shift
  local total load scan rate
  total=$(best_of_three "$@" "$work/corpus.txt")
  load=$(best_of_three "$@" "$work/tiny.txt")
  scan=$(echo "$total - $load" | bc -l)
  rate=$(echo "$bytes / $scan / 1000000" | bc -l)
  [ -n "$baseline" ] || baseline=$rate
  printf "%-20s load+compile %5.2f s   scan %5.2f s = %6.1f MB/s   x%.2f of the 300-entry rate\n" \
    "$label" "$load" "$scan" "$rate" "$(echo "$rate / $baseline" | bc -l)"
}
run "300 entries" --glossary "$work/glossary-300.xml"
run "3,000 entries" --glossary "$work/glossary-3000.xml"
run "30,000 entries" --glossary "$work/glossary-30000.xml"
run "built-in glossary"
