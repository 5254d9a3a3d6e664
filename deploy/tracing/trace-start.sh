#!/usr/bin/env bash
# One charging start followed through every service: runs the local stack with every trace exported to
# otlp-sink.py, replays the seed's journey up to the start with a known W3C traceparent, and prints that trace
# as a tree (HTTP server spans, REST client spans, outbox relay publish spans, Kafka receive/process spans).
# The stack is the shared fixed-port one, so take its lock:
#   flock /tmp/connect-stack.lock bash deploy/tracing/trace-start.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUN=".run"; mkdir -p "$RUN"
SPANS="$RUN/spans.jsonl"; : >"$SPANS"
SINK_PORT="${SINK_PORT:-4318}"

python3 deploy/tracing/otlp-sink.py serve --port "$SINK_PORT" --out "$SPANS" &
SINK=$!
trap 'kill $SINK 2>/dev/null || true; deploy/local/stack.sh down >/dev/null 2>&1 || true' EXIT

export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$SINK_PORT" OTEL_TRACES_SAMPLER_ARG=1.0
export QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf QUARKUS_OTEL_BSP_SCHEDULE_DELAY=1s
deploy/local/stack.sh up --detach >/dev/null

hex() { python3 -c "import secrets,sys; print(secrets.token_hex(int(sys.argv[1])))" "$1"; }
T=$(cat "$RUN/demo-partner.token"); API=http://127.0.0.1:8080/api/v1; AUTH="Authorization: Bearer $T"
U=$(curl -fsS -X POST $API/users/ -H "$AUTH" -H "Content-Type: application/json" \
      -d "{\"email\": \"trace-$(hex 4)@example.com\", \"locale\": \"en\"}" | sed -E 's/.*"id":"([^"]+)".*/\1/')
SECRET=$(curl -fsS "$API/users/$U/setup-intents/?pm_type=card" -H "$AUTH" | sed -E 's/.*"client_secret":"([^"]+)".*/\1/')
curl -fsS -o /dev/null -X POST "http://127.0.0.1:12111/v1/setup_intents/${SECRET%%_secret_*}/confirm" \
     -H "Authorization: Bearer pk_test_local" -d payment_method=pm_card_visa -d client_secret="$SECRET"
sleep 2
PM=$(curl -fsS "$API/users/$U/payment-methods/" -H "$AUTH" | sed -E 's/.*"id":"(pm_[^"]+)".*/\1/')

TRACE=$(hex 16)
echo "POST .../charging/start/ with traceparent 00-$TRACE-...-01"
curl -sS -o /dev/null -w "start answered %{http_code} in %{time_total} s\n" -X POST "$API/users/$U/charging/start/" \
     -H "$AUTH" -H "Content-Type: application/json" -H "traceparent: 00-$TRACE-$(hex 8)-01" \
     -d "{\"evse_id\": \"DE*CIQ*EELDF6XWZU41P*2\", \"payment_method_id\": \"$PM\"}"
sleep "${WAIT_SECONDS:-8}"
python3 deploy/tracing/otlp-sink.py show --out "$SPANS" "$TRACE"
