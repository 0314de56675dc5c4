#!/usr/bin/env bash
# Hostile inputs too big for the unit tests, each with its expected outcome, time and
# peak memory: a 1 GB article without a line break, and large glossaries. Files are
# generated under .build/hostile (never committed).
#
#   bash Fuzz/hostile-files.sh           # the 1 GB article and a 100,000-entry glossary
#   ENTRIES=1000000 bash Fuzz/hostile-files.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup
swift build -c release --product enmienda >&2
binary=.build/release/enmienda
work=.build/hostile
mkdir -p "$work"

measure() {  # expected-status label command...
  local expected=$1 label=$2; shift 2
  local status=0
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || status=$?
  read -r seconds kilobytes < <(tail -n 1 "$work/time")
  printf "%-44s exit %d (expected %d)  %6.1f s  peak %5d MB\n" "$label" "$status" "$expected" "$seconds" $((kilobytes / 1024))
  [ "$status" -eq "$expected" ] || { cat "$work/err" >&2; exit 1; }
}

[ -s "$work/one-line.txt" ] || python3 - "$work/one-line.txt" <<'PY'
import sys
# 1 GB on one line: plain Spanish with a known mistake every ~1 MB.
filler = ("la guerra sigue en el frente y el informe llega hoy, " * 20000).encode()
mistake = " son no talleres, ".encode()
with open(sys.argv[1], "wb") as out:
    written = 0
    while written < 1_000_000_000:
        out.write(filler); out.write(mistake)
        written += len(filler) + len(mistake)
PY
count=$(python3 -c "import sys; print(open(sys.argv[1], 'rb').read().count(b'no talleres'))" "$work/one-line.txt")
measure 1 "1 GB article, no line break" "$binary" check --summary "$work/one-line.txt"
grep -q "^$count findings" "$work/out" || { echo "expected $count findings, got: $(head -1 "$work/out")" >&2; exit 1; }
echo "  $(head -1 "$work/out")"

entries=${ENTRIES:-100000}
python3 - "$work/glossary.xml" "$entries" <<'PY'
import random, sys
random.seed(7)
syllables = ["ra", "de", "mu", "ni", "cio", "nes", "tal", "le", "res", "gue", "rra", "fuer", "zo", "pro", "tec"]
def word(): return "x" + "".join(random.choice(syllables) for _ in range(random.randint(2, 4)))
with open(sys.argv[1], "w") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<glossary xmlns="urn:enmienda:glossary" version="1">\n')
    seen = set()
    while len(seen) < int(sys.argv[2]):
        wrong = " ".join(word() for _ in range(random.randint(1, 3)))
        if wrong in seen: continue
        seen.add(wrong)
        index = len(seen)
        out.write(f'  <entry id="e{index}" category="mistranslation" severity="minor"><source>s</source>'
                  f'<wrong>{wrong}</wrong><suggestion>sugerencia {index}</suggestion></entry>\n')
    out.write("</glossary>\n")
PY
echo "hola" > "$work/tiny.txt"
measure 0 "glossary of $entries entries (load + compile)" "$binary" check --no-builtin --glossary "$work/glossary.xml" "$work/tiny.txt"
