#!/usr/bin/env bash
# The Gatling simulation of the seed's whole journey (load-tests/, Java DSL) against a RUNNING stack, then a
# table of throughput and p50/p95/p99 per step; the HTML report's path is printed at the end.
#
#   deploy/load/gatling.sh [--users N] [--duration S] [--max-journeys N] [--charge-seconds S] [--patience N]
#                          [--base-url URL] [--stripe-url URL] [--admin-token T] [--partner-token T]
#
# Defaults: 4 users, 60 s, the local stack (gateway http://127.0.0.1:8080, Stripe emulator :12111). Each virtual
# user needs its own free EVSE (found through /stations/around/). Without --partner-token a new partner is created
# with the admin API. --patience N multiplies every retry and poll bound (the fault run uses it).
# Bounded: at most users x max-journeys journeys, each with bounded retries; Gatling stops at duration + 4 min.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

users=4 duration=60 journeys=50 charge=3 patience=1
base=http://127.0.0.1:8080 stripe=http://127.0.0.1:12111 admin=${CONNECT_ADMIN_TOKEN:-local-admin-token} token=""
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --max-journeys) journeys=$2; shift 2 ;;
    --charge-seconds) charge=$2; shift 2 ;;
    --patience) patience=$2; shift 2 ;;
    --base-url) base=$2; shift 2 ;;
    --stripe-url) stripe=$2; shift 2 ;;
    --admin-token) admin=$2; shift 2 ;;
    --partner-token) token=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

if command -v curl >/dev/null 2>&1 && ! curl -fsS -o /dev/null --max-time 5 "$base/healthz"; then
  echo "the gateway at $base does not answer; start the stack first (deploy/local/stack.sh up --detach)" >&2
  exit 1
fi

results="$ROOT/load-tests/target/gatling"
before=$(ls -1d "$results"/*/ 2>/dev/null | wc -l || true)
# No time limit here beyond Gatling's own maxDuration (duration + 4 min); timeout is the safety net.
timeout $((duration + 600)) mvn -B -q -Dstyle.color=never -f "$ROOT/load-tests/pom.xml" test-compile gatling:test \
  -Dconnect.base-url="$base" -Dconnect.stripe-url="$stripe" -Dconnect.admin-token="$admin" \
  -Dconnect.partner-token="$token" -Dconnect.users="$users" -Dconnect.duration="$duration" \
  -Dconnect.max-journeys="$journeys" -Dconnect.charge-seconds="$charge" -Dconnect.patience="$patience"

report=$(ls -1td "$results"/*/ 2>/dev/null | head -n 1)
if [ -z "$report" ] || [ "$(ls -1d "$results"/*/ | wc -l)" -le "$before" ]; then
  echo "no new Gatling report under $results" >&2
  exit 1
fi
if command -v python3 >/dev/null 2>&1; then
  python3 "$ROOT/deploy/load/gatling-stats.py" "$report"
fi
echo "HTML report: ${report}index.html"
