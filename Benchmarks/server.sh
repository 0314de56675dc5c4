#!/usr/bin/env bash
# Load on `enmienda serve` (issue #20): wrk (Debian) on loopback POSTs a 2 KB Spanish news
# paragraph (the start of examples/kim-lavrov.es.txt, cut at a word) to /v2/check with the
# built-in glossary, for DURATION seconds (default 30) on CONNECTIONS connections (default 8)
# and THREADS wrk threads (default 2); the server checks on both cores. It prints
# requests per second and the p50 and p99 latency, then soaks the server under the same
# load for SOAK_SECONDS (default 300; 0 skips it), sampling its resident memory (RSS)
# every second, and prints the first, last and largest sample.
#
#   bash Benchmarks/server.sh                            # a release build, 30 s, 5-minute soak
#   DURATION=10 SOAK_SECONDS=0 bash Benchmarks/server.sh # CI's short run
#   ENMIENDA_BINARY=.build/debug/enmienda bash Benchmarks/server.sh   # another binary
#
# It fails (status 1) if the server did not start, answered anything but 200, wrk saw a
# socket error, the server died, or it did not exit with status 0 after SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-30}
soak=${SOAK_SECONDS:-300}
connections=${CONNECTIONS:-8}
threads=${THREADS:-2}
work=.build/bench/server
mkdir -p "$work"

command -v wrk >/dev/null 2>&1 || { echo "server: wrk is missing: bash .ci/setup tests installs it" >&2; exit 1; }
binary=${ENMIENDA_BINARY:-}
if [ -z "$binary" ]; then
  swift build -c release --product enmienda >&2
  binary=.build/release/enmienda
fi

# The request: language=es&text=<about 2,000 bytes of the example, cut at a word>.
python3 - "$work/body.txt" <<'PY'
import sys, urllib.parse
text = open("examples/kim-lavrov.es.txt", encoding="utf-8").read()
paragraph = text.encode("utf-8")[:2000].decode("utf-8", "ignore").rsplit(" ", 1)[0]
open(sys.argv[1], "w").write(urllib.parse.urlencode({"language": "es", "text": paragraph}))
print(f"server: the paragraph is {len(paragraph.encode())} bytes, {len(paragraph)} characters", file=sys.stderr)
PY
cat > "$work/post.lua" <<EOF_LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local file = io.open("$work/body.txt", "rb")
wrk.body = file:read("*a")
file:close()
EOF_LUA

"$binary" serve --port 0 >"$work/server.out" 2>"$work/server.err" &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null || true; }
trap stop EXIT
port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/server.err")
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then echo "server: enmienda serve did not start:" >&2; cat "$work/server.err" >&2; exit 1; fi
url="http://127.0.0.1:$port/v2/check"
cat "$work/server.err" >&2
status=$(python3 -c "
import sys, urllib.request
body = open('$work/body.txt', 'rb').read()
response = urllib.request.urlopen('$url', data=body)
import json; matches = json.load(response)['matches']
print(response.status, len(matches))")
echo "server: one request answered $status (status, matches)" >&2

rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
failed=0
check_wrk() { # the wrk output file: no socket error, no answer but 2xx
  if grep -q "Non-2xx or 3xx responses" "$1" || grep -q "Socket errors" "$1"; then
    echo "server: errors under load:" >&2; grep -E "Non-2xx|Socket errors" "$1" >&2; failed=1
  fi
}
wrk --latency -t"$threads" -c"$connections" -d"${duration}s" -s "$work/post.lua" "$url" >"$work/wrk.txt"
check_wrk "$work/wrk.txt"
requests=$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.txt")
p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
total=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
echo "server: $duration s, $connections connections, $threads wrk threads: $total requests, $requests requests/s, p50 $p50, p99 $p99"

if [ "$soak" -gt 0 ]; then
  wrk --latency -t"$threads" -c"$connections" -d"${soak}s" -s "$work/post.lua" "$url" >"$work/soak.txt" &
  load=$!
  : >"$work/rss.txt"
  for _ in $(seq 1 "$soak"); do
    kill -0 "$pid" 2>/dev/null || break
    rss >>"$work/rss.txt"
    sleep 1
  done
  wait "$load"
  check_wrk "$work/soak.txt"
  first=$(head -1 "$work/rss.txt"); last=$(tail -1 "$work/rss.txt"); largest=$(sort -n "$work/rss.txt" | tail -1)
  soak_requests=$(awk '/^Requests\/sec:/ { print $2 }' "$work/soak.txt")
  soak_p99=$(awk '$1 == "99%" { print $2 }' "$work/soak.txt")
  echo "server: soak $soak s: $soak_requests requests/s, p99 $soak_p99; RSS first $((first / 1024)) MB, last $((last / 1024)) MB, max $((largest / 1024)) MB ($(wc -l <"$work/rss.txt") samples)"
fi

if ! kill -0 "$pid" 2>/dev/null; then echo "server: enmienda serve died:" >&2; cat "$work/server.err" >&2; exit 1; fi
trap - EXIT
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
if [ "$code" -ne 0 ]; then echo "server: enmienda serve exited with $code after SIGTERM" >&2; failed=1; fi
echo "server: stopped by SIGTERM, exit status $code; machine load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$failed"
