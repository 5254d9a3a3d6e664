#!/usr/bin/env bash
# The one test command: every module's tests on the real PostgreSQL and Kafka, then the end-to-end journey
# through the gateway against the whole stack started by stack.sh. Stops what it started.
#   deploy/local/test.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

started_at=$SECONDS
kafka_was_running=0
"$ROOT/deploy/local/kafka.sh" status >/dev/null 2>&1 && kafka_was_running=1

cleanup() {
  "$ROOT/deploy/local/stack.sh" down >/dev/null 2>&1 || true
  [ "$kafka_was_running" = 1 ] || "$ROOT/deploy/local/kafka.sh" stop || true
}
trap cleanup EXIT

"$ROOT/deploy/local/infra.sh" start
"$ROOT/deploy/k8s/check.sh"
"$ROOT/deploy/compose/check.sh"
"$ROOT/deploy/images/check-refs.sh"

log "unit and service tests (mvn install)"
(cd "$ROOT" && mvn -B install)

log "end-to-end: starting the stack"
"$ROOT/deploy/local/stack.sh" up --detach

log "end-to-end: the journey through the gateway"
(cd "$ROOT" && mvn -B -f e2e-tests/pom.xml verify -Pe2e)

log "all tests passed in $((SECONDS - started_at)) s"
