#!/usr/bin/env bash
# Checks a stream of JSON Lines records ({"path": ..., "text": ...} a line, on standard input)
# with GNU parallel's --pipe: blocks of whole lines go to `enmienda check --format jsonl
# --records -` on local job slots or on hosts over ssh (the records travel through ssh; no
# shared file system), then the lines are summed (Recipes/combine.py).
#
#   Recipes/to-records.py corpus/ | Recipes/parallel-records.sh [-j N] [-S LOGINS] [--block SIZE] [-o FILE]
#
# Prints the combined counts (JSON) and exits as `enmienda check` would: 2 if a record was bad,
# else 1 if there are findings, else 0; 3 if a job crashed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
enmienda=${ENMIENDA:-enmienda}
options=()
block=1M
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -j) options+=(-j "$2"); shift 2 ;;
    -S|--sshlogin) options+=(--sshlogin "$2"); shift 2 ;;
    --block) block=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [-j N] [-S LOGINS] [--block SIZE] [-o FILE] < records.jsonl" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
parallel --pipe --block "$block" --joblog "$work/jobs" "${options[@]}" \
  "$enmienda" check --format jsonl --records - > "$work/lines" || true
[ -z "$out" ] || cp "$work/lines" "$out"
count=$(($(wc -l < "$work/jobs") - 1))
echo "parallel-records: $count $([ "$count" -eq 1 ] && echo job || echo jobs), $(wc -l < "$work/lines") lines" >&2
if awk 'NR > 1 && ($7 > 2 || $8 != 0) { bad = 1 } END { exit !bad }' "$work/jobs"; then
  echo "parallel-records: a job crashed (exit status above 2 or a signal):" >&2
  awk 'NR > 1 && ($7 > 2 || $8 != 0) { print "parallel-records: job " $1 " on " $2 ": exit status " $7 ", signal " $8 }' "$work/jobs" >&2
  exit 3
fi
python3 "$here/combine.py" --status "$work/lines"
