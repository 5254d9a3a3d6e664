#!/usr/bin/env bash
# Fault run: the local stack under the Gatling journey load, while each service is killed with kill -9 and
# started again, then the Kafka broker and PostgreSQL are restarted; after the load, wait for quiescence and check
# the invariants (deploy/load/invariants.py): 0 sessions lost or stuck, 0 double charges, invoices = completed
# sessions, sum captured = sum invoiced, every event applied once. Prints the fault timeline and the invariants
# table; exits non-zero on any violation.
#
#   deploy/load/fault-run.sh [--users N] [--duration S] [--gap S] [--services-only]
#
# --services-only skips the Kafka and PostgreSQL restarts. Restarting PostgreSQL breaks every other client of
# the machine's cluster for a few seconds (other module tests running at that moment may fail).
# Takes /tmp/connect-stack.lock (the fixed-port stack is one user's at a time), starts the stack, and brings it
# down at the end. Bounded: the load stops at duration + 4 min, each restart waits at most 180 s, quiescence 300 s.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/deploy/local/common.sh"

users=6 duration=300 gap=15 infra=1
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --gap) gap=$2; shift 2 ;;
    --services-only) infra=0; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

exec 9>/tmp/connect-stack.lock
log "waiting for the stack lock /tmp/connect-stack.lock"
flock -w 3600 9 || die "could not get the stack lock within an hour"

STACK="$ROOT/deploy/local/stack.sh"
OUT="$RUN_DIR/fault-run"
mkdir -p "$OUT"
TIMELINE="$OUT/timeline.txt"
: >"$TIMELINE"
: >"$OUT/faults.log"
GATLING_PID=""

cleanup() {
  if [ -n "$GATLING_PID" ] && kill -0 "$GATLING_PID" 2>/dev/null; then
    kill -TERM -- "-$GATLING_PID" 2>/dev/null || true  # its own process group: gatling.sh, Maven, Gatling
  fi
  "$STACK" down >/dev/null 2>&1 || true
}
trap cleanup EXIT

T0=$SECONDS
event() { printf '%4ds  %s\n' "$((SECONDS - T0))" "$*" | tee -a "$TIMELINE"; }

"$STACK" down >/dev/null 2>&1 || true
"$STACK" up --detach >"$OUT/stack-up.log" 2>&1 || { tail -n 20 "$OUT/stack-up.log" >&2; die "stack did not start"; }
T0=$SECONDS
SINCE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
event "stack up"

partner=$(curl -fsS -X POST http://127.0.0.1:8080/admin/v1/partners/ -H "Authorization: Bearer ${CONNECT_ADMIN_TOKEN:-local-admin-token}" \
  -H 'Content-Type: application/json' -d "{\"name\": \"fault-run-$(date +%s)\"}")
partner_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$partner")
token=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["api_token"])' <<<"$partner")
event "partner $partner_id created"

setsid "$ROOT/deploy/load/gatling.sh" --users "$users" --duration "$duration" --partner-token "$token" --patience 4 \
  >"$OUT/gatling.log" 2>&1 &
GATLING_PID=$!
event "load started: $users users for $duration s (log $OUT/gatling.log)"

count_sessions() {
  psql -h 127.0.0.1 -U postgres -d connect_charging -At \
    -c "SELECT count(*) FROM charging_session WHERE partner_id = '$partner_id' $1" 2>/dev/null || echo "?"
}
sessions() { count_sessions ""; }
# Faults only make sense once the journey works end to end: wait for a completed session (or give up).
for ((i = 0; i < 90; i++)); do
  done_now=$(count_sessions "AND state = 'COMPLETED'")
  [ "$done_now" != "0" ] && [ "$done_now" != "?" ] && break
  kill -0 "$GATLING_PID" 2>/dev/null || { tail -n 30 "$OUT/gatling.log" >&2; die "the load ended before any session completed"; }
  sleep 2
done
[ "$done_now" != "0" ] && [ "$done_now" != "?" ] \
  || die "no session completed within 180 s (sessions: $(sessions)); the stack does not work, no fault injected"
event "first session completed (sessions so far: $(sessions))"
sleep "$gap"

for app in user-service payment-service station-service billing-service charging-service; do
  event "kill -9 $app (sessions so far: $(sessions))"
  "$STACK" kill "$app" >>"$OUT/faults.log" 2>&1
  sleep 3
  "$STACK" restart "$app" >>"$OUT/faults.log" 2>&1 || die "$app did not come back (see $LOG_DIR/$app.log)"
  event "$app restarted and ready"
  sleep "$gap"
done

if [ "$infra" = 1 ]; then
  event "Kafka broker stop (sessions so far: $(sessions))"
  "$ROOT/deploy/local/kafka.sh" stop >>"$OUT/faults.log" 2>&1
  sleep 3
  "$ROOT/deploy/local/kafka.sh" start >>"$OUT/faults.log" 2>&1 || die "Kafka did not come back"
  event "Kafka broker started again"
  sleep "$gap"

  event "PostgreSQL restart (sessions so far: $(sessions))"
  "$ROOT/deploy/local/detach" pg_ctlcluster --skip-systemctl-redirect "${PG_VERSION:-15}" main restart >>"$OUT/faults.log" 2>&1 \
    || die "PostgreSQL did not restart"
  for ((i = 0; i < 120; i++)); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
  event "PostgreSQL ready again"
fi

event "faults done; waiting for the load to end"
load_rc=0
wait "$GATLING_PID" || load_rc=$?
GATLING_PID=""
event "load ended (exit $load_rc, sessions: $(sessions))"
sed -n '/| step | requests/,$p' "$OUT/gatling.log" | tee "$OUT/gatling-stats.md"

event "checking the invariants (waiting up to 300 s for quiescence)"
set +e
python3 "$ROOT/deploy/load/invariants.py" --partner-id "$partner_id" --wait 300 --kafka --reconcile --since "$SINCE" | tee "$OUT/invariants.txt"
rc=${PIPESTATUS[0]}
set -e
event "invariants checked (exit $rc)"
echo
echo "fault timeline (s since the stack was up):"
cat "$TIMELINE"
echo "files: $OUT (timeline.txt, gatling.log, gatling-stats.md, invariants.txt); service logs: $LOG_DIR"
exit "$rc"
