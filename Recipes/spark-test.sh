#!/usr/bin/env bash
# Runs the Spark recipe (Recipes/spark_check.py, RDD.pipe in local[2] mode) over the sample
# corpus (Recipes/sample-corpus.py) and checks that its counts by rule id and severity equal
# those of one local `enmienda check --format jsonl` run over the same files, a file that is not
# UTF-8 included (one error line each way). The recipe finds `enmienda` on PATH, as a user runs
# it. Not run by CI: the first run installs pyspark (about 320 MB from PyPI) into
# .build/recipes/spark-venv. Needs Java 17 (java on PATH) and `enmienda` on PATH (or ENMIENDA,
# or the release binary, built if missing).
#
#   bash Recipes/spark-test.sh [--copies N]     (ENMIENDA=path/to/enmienda to use another binary)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/.build/recipes/spark-venv
enmienda=${ENMIENDA:-$(command -v enmienda || echo "$root/.build/release/enmienda")}
if [ ! -x "$enmienda" ]; then
  echo "spark-test: building the release binary…" >&2
  (cd "$root" && swift build -c release --product enmienda >&2)
fi
command -v java >/dev/null 2>&1 || { echo "spark-test: Spark needs Java 17 (java on PATH)" >&2; exit 1; }
if ! "$venv/bin/python" -c 'import pyspark' >/dev/null 2>&1; then
  echo "spark-test: installing pyspark (about 320 MB, PyPI) into $venv…" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pyspark >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/Recipes/sample-corpus.py" "$work/corpus" "$@"
printf 'Son no talleres y caf\xe9.\n' > "$work/corpus/latin1.txt"
cd "$work"
status=0
"$enmienda" check --format jsonl -o local.jsonl corpus 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "spark-test: the local run should find the bad file ($status)" >&2; exit 1; }
python3 "$root/Recipes/combine.py" local.jsonl > local-counts.json
start=$(date +%s.%N)
status=0
# As a user runs it: `enmienda` found on PATH (the recipe passes PATH on to RDD.pipe).
mkdir bin && ln -s "$(cd "$(dirname "$enmienda")" && pwd)/$(basename "$enmienda")" bin/enmienda
PATH="$work/bin:$PATH" "$venv/bin/python" "$root/Recipes/spark_check.py" --partitions 3 corpus \
  > spark-counts.json 2> spark.log || status=$?
end=$(date +%s.%N)
if [ "$status" -ne 2 ]; then
  echo "spark-test: the Spark job failed ($status):" >&2
  tail -30 spark.log >&2
  exit 1
fi
python3 - local-counts.json spark-counts.json "$start" "$end" <<'PY'
import json, sys
local, spark = (json.load(open(name)) for name in sys.argv[1:3])
keys = ("findings", "words", "documents", "errors", "byRule", "bySeverity", "byRuleAndSeverity")
for key in keys:
    if local[key] != spark[key]:
        sys.exit(f"spark-test: {key} differs: local {local[key]} vs Spark {spark[key]}")
seconds = float(sys.argv[4]) - float(sys.argv[3])
print(f"spark-test: counts equal: {spark['records']} records, {spark['documents']} documents "
      f"({spark['segments']} segment lines), {spark['findings']} findings of {len(spark['byRule'])} rules, "
      f"{spark['words']} words; Spark job {seconds:.1f} s (local[2], start-up included)")
PY
