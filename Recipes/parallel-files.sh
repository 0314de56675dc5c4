#!/usr/bin/env bash
# Checks files with GNU parallel, one `enmienda check --format jsonl` per batch of files, on
# local job slots or on hosts over ssh, then sums the lines (Recipes/combine.py).
#
#   Recipes/parallel-files.sh [-j N] [-S LOGINS] [--transfer] [-o LINES.jsonl] PATH...
#
#   -j N          job slots per host (default: one per core)
#   -S LOGINS     GNU parallel's --sshlogin: host1,host2 or 4/host1,2/: (`:` is this machine);
#                 `enmienda` must be on each host's PATH (or set ENMIENDA to its path there)
#   --transfer    copy each file to the host (--transferfile {} --cleanup, one file a job)
#                 instead of reading it from a file system the hosts share (the default:
#                 FILES_PER_JOB files a job, 20 by default, with -S; else -X, the files
#                 spread evenly over the job slots)
#   -o FILE       also keep the lines (JSON Lines) in FILE
#
# Prints the combined counts (JSON) and exits as `enmienda check` would over all the files:
# 2 if a path does not exist or is a directory without any file `check` reads (with check's
# message, before any job), or if a file could not be read or is not one `check` reads (its
# error line, the others checked), else 1 if there are findings, else 0; 3 if a job crashed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
enmienda=${ENMIENDA:-enmienda}
jobs=()
logins=()
transfer=0
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -j) jobs=(-j "$2"); shift 2 ;;
    -S|--sshlogin) logins=(--sshlogin "$2"); shift 2 ;;
    --transfer) transfer=1; shift ;;
    -o) out=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [-j N] [-S LOGINS] [--transfer] [-o FILE] PATH..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for path in "$@"; do
  [ "$path" != - ] || { echo "parallel-files: reads files, not standard input (-): use enmienda check - or --records -" >&2; exit 2; }
done
# The files `check` would read in these paths (Recipes/to-records.py expands them as `check`
# does: a file named is always taken, directories searched for its extensions, hidden names
# skipped, sorted). A path that does not exist or a directory without any such file stops
# here with check's message and status 2, before any job.
python3 "$here/to-records.py" --list -0 "$@" > "$work/files" || exit 2
if [ "$transfer" = 1 ]; then
  spread=(--transferfile {} --cleanup -n 1)
elif [ ${#logins[@]} -gt 0 ]; then
  # -X is unreliable with --sshlogin (GNU parallel's manual): a fixed number of files a job.
  spread=(-n "${FILES_PER_JOB:-20}")
else
  spread=(-X)
fi
# Each job's lines come out whole (--group, the default); a job exits 1 on findings, which
# is no failure here: the statuses are checked in the job log instead.
parallel -0 --joblog "$work/jobs" "${jobs[@]}" "${logins[@]}" "${spread[@]}" \
  "$enmienda" check --format jsonl {} < "$work/files" > "$work/lines" || true
[ -z "$out" ] || cp "$work/lines" "$out"
count=$(($(wc -l < "$work/jobs") - 1))
echo "parallel-files: $count $([ "$count" -eq 1 ] && echo job || echo jobs), $(wc -l < "$work/lines") lines" >&2
if awk 'NR > 1 && ($7 > 2 || $8 != 0) { bad = 1 } END { exit !bad }' "$work/jobs"; then
  echo "parallel-files: a job crashed (exit status above 2 or a signal):" >&2
  # The failed jobs only, each with its status and signal (their commands name many files).
  awk 'NR > 1 && ($7 > 2 || $8 != 0) { print "parallel-files: job " $1 " on " $2 ": exit status " $7 ", signal " $8 }' "$work/jobs" >&2
  exit 3
fi
python3 "$here/combine.py" --status "$work/lines"
