#!/usr/bin/env bash
# CPU per /stations/around/ request, by process, on the running local stack (deploy/local/stack.sh up, station
# cache filled, e.g. by a stations-benchmark.sh run): holds RATE requests/s through the gateway for SECONDS (wrk
# with the benchmark's pacing script and seeded city points), then prints wrk's latency percentiles and, from
# /proc, the CPU milliseconds each app of the stack, PostgreSQL's connect_station backends and nginx spent per
# request, and the whole machine's. 127.0.0.1 only; stops by itself.
#
#   deploy/load/stations-cpu.sh [RATE=175] [RADIUS=1000] [SECONDS=40] [CONNECTIONS=8]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RATE=${1:-175}; RADIUS=${2:-1000}; SECONDS_=${3:-40}; CONNECTIONS=${4:-8}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -s "$ROOT/.run/demo-partner.token" ] || { echo "the local stack is not up (no demo partner token)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/stations-cpu.XXXXXX); trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/deploy/load/stations-bench-points.py" --cities \
  "$ROOT/cpo-simulator/src/main/resources/network/europe-cities.csv" --seed 42 \
  --lua "$WORK/points.lua" --pgbench "$WORK/points.pgbench"

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
sum_ticks() { local s=0 p; for p in "$@"; do s=$((s + $(ticks "$p"))); done; echo "$s"; }
apps() { local f; for f in "$ROOT"/.run/pids/*.pid; do [ "$(basename "$f" .pid)" = gateway ] || echo "$(basename "$f" .pid) $(cat "$f")"; done; }
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $5 + $6}' /proc/stat; }

declare -A before
while read -r name pid; do before[$name]=$(ticks "$pid"); done < <(apps)
pg0=$(sum_ticks $(pgrep -f "postgres: .*connect_station" || true)); nginx0=$(sum_ticks $(pgrep nginx || true))
read -r busy0 idle0 < <(machine)
out=$(POINTS="$WORK/points.lua" TOKEN="$(cat "$ROOT/.run/demo-partner.token")" RADIUS="$RADIUS" SEED=42 RATE="$RATE" \
  THREADS=2 wrk -t 2 -c "$CONNECTIONS" -d "${SECONDS_}s" --latency -s "$ROOT/deploy/load/stations-around.lua" \
  http://127.0.0.1:8080 2>&1)
read -r busy1 idle1 < <(machine)
pg1=$(sum_ticks $(pgrep -f "postgres: .*connect_station" || true)); nginx1=$(sum_ticks $(pgrep nginx || true))
requests=$(awk '/requests in/ {print $1}' <<<"$out")
grep -E "^ +(50|75|90|99)%|Requests/sec|Non-2xx" <<<"$out"
per() { echo "scale=2; $1 * 1000 / $(getconf CLK_TCK) / $requests" | bc; }
line="CPU ms per request:"
while read -r name pid; do line="$line $name=$(per $(( $(ticks "$pid") - ${before[$name]:-0} )))"; done < <(apps)
line="$line postgres=$(per $((pg1 - pg0))) nginx=$(per $((nginx1 - nginx0))) machine=$(per $((busy1 - busy0)))"
echo "$line (machine busy $(( 100 * (busy1 - busy0) / (busy1 - busy0 + idle1 - idle0) )) %)"
