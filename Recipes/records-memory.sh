#!/usr/bin/env bash
# Measures the peak memory (RSS, /usr/bin/time -v) and time of `check --format jsonl --records -`
# over N generated records (one short news paragraph each, with findings), for each N given:
# the memory must not grow with the number of records.
#
#   bash Recipes/records-memory.sh [N...]        (default: 500 50000)
#
# The binary: $ENMIENDA if set, else `enmienda` on PATH, else .build/release/enmienda.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${ENMIENDA:-}" ]; then
  enmienda=$ENMIENDA
elif command -v enmienda > /dev/null; then
  enmienda=$(command -v enmienda)
else
  enmienda=$root/.build/release/enmienda
fi
[ -x "$enmienda" ] || command -v "$enmienda" > /dev/null \
  || { echo "records-memory: no enmienda binary at $enmienda: set ENMIENDA, put enmienda on PATH or swift build -c release" >&2; exit 2; }
echo "records-memory: $enmienda" >&2
[ $# -gt 0 ] || set -- 500 50000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for count in "$@"; do
  python3 - "$count" > "$work/records.jsonl" <<'PY'
import json, sys
sentences = [
    "Ucrania ha criticado las demandas como no talleres.", "El gobierno apoya el esfuerzo de guerra.",
    "Los voluntarios juegan un rol clave en el proyecto.", "La reunión terminó sin acuerdo.",
    "El evento tomará lugar en Madrid.", "Los ministros se reunieron en Bruselas durante la mañana.",
]
for n in range(int(sys.argv[1])):
    text = " ".join(sentences[(n + i) % len(sentences)] for i in range(4)) + "\n"
    print(json.dumps({"path": f"archivo/{n:07d}.txt", "text": text}, ensure_ascii=False))
PY
  status=0
  /usr/bin/time -v "$enmienda" check --format jsonl --records - < "$work/records.jsonl" \
    > "$work/lines.jsonl" 2> "$work/time.txt" || status=$?
  [ "$status" -le 1 ] || { cat "$work/time.txt" >&2; exit 1; }
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")
  echo "$count records ($(wc -c < "$work/records.jsonl") bytes): $(wc -l < "$work/lines.jsonl") lines, peak RSS $((rss / 1024)) MB, $elapsed"
done
