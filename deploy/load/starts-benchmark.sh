#!/usr/bin/env bash
# 1,000 charging starts in flight through the gateway, simulator command latency 2 s (docs/benchmarks.md).
# Default: takes the local stack for itself (flock /tmp/connect-stack.lock), brings it up, runs
# deploy/load/starts/ (StartsBenchmark and its parts, compiled with javac) and brings the stack down again.
# --private: the same jars, JVM options and gateway routes, started by this script on ports +20000 (BENCH_PORT_OFFSET; gateway
# 28080, services 28081-28085, simulator 28090, Stripe emulator 32111) with their own databases
# (connect_<svc>_bench, recreated) and Kafka topics (bench.*), for when the shared stack is not available.
# Other arguments go to the Java program (--starts N, --latency-ms MS, --rate N[,N...] for open-loop stages, --max-minutes M).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if [ "${1:-}" != "--private" ]; then
  exec flock /tmp/connect-stack.lock bash -c '
    classes=$(mktemp -d)
    trap "rm -rf $classes; deploy/local/stack.sh down >/dev/null 2>&1 || true" EXIT
    javac -d "$classes" deploy/load/starts/*.java
    deploy/local/stack.sh up --detach >/dev/null
    timeout 20m java -cp "$classes" starts.StartsBenchmark "$@"
  ' starts-benchmark "$@"
fi
shift

export CONNECT_ADMIN_TOKEN=local-admin-token CONNECT_INTERNAL_TOKEN=local-internal-token
OFF=${BENCH_PORT_OFFSET:-20000}
RUN=$(mktemp -d /tmp/starts-benchmark.XXXXXX)
mkdir -p "$RUN/logs" "$RUN/nginx"
JVM_OPTS="${CONNECT_JVM_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
GW=http://127.0.0.1:$((8080 + OFF))
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 3
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 143' INT TERM

for port in 8080 8081 8082 8083 8084 8085 8090 12111; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$((port + OFF))/"; then
    echo "port $((port + OFF)) is taken" >&2; exit 1
  fi
done
for svc in user payment station billing charging; do
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS connect_${svc}_bench WITH (FORCE)" \
    -c "CREATE DATABASE connect_${svc}_bench OWNER connect" >/dev/null
done
psql -h 127.0.0.1 -U postgres -d connect_station_bench -qc "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null

db() { echo "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/connect_$1_bench"; }
topics() { for t in "$@"; do
  case $t in evse-status) printf -- '-Dconnect.topics.evse-status=bench.connect.stations.evse-status.v1 ' ;;
    charging-sessions) printf -- '-Dconnect.topics.charging-sessions=bench.connect.charging.sessions.v1 ' ;;
    *) printf -- '-Dconnect.topics.%s=bench.connect.%s.v1 ' "$t" "$t" ;; esac
done; }
# incoming channels (topic and group) of the services that have them
sub() { local svc=$1; shift; for ch in "$@"; do
  local topic=bench.connect.billing.v1
  case $ch in users) topic=bench.connect.users.v1 ;; payments) topic=bench.connect.payments.v1 ;;
    charging-sessions) topic=bench.connect.charging.sessions.v1 ;; esac
  printf -- '-Dmp.messaging.incoming.%s.topic=%s -Dmp.messaging.incoming.%s.group.id=bench-%s ' "$ch" "$topic" "$ch" "$svc-$ch"
done; }
U="http://127.0.0.1:$((8081 + OFF))"; P="http://127.0.0.1:$((8082 + OFF))"; S="http://127.0.0.1:$((8083 + OFF))"
B="http://127.0.0.1:$((8085 + OFF))"; SIM="http://127.0.0.1:$((8090 + OFF))"; STRIPE="http://127.0.0.1:$((12111 + OFF))"
# private copies of the packaged apps: a rebuild in the tree during the run cannot pull jars from under them
for name in stripe-emulator cpo-simulator user-service payment-service station-service billing-service charging-service; do
  mkdir -p "$RUN/apps/$name" && cp -r "$ROOT/$name/target/quarkus-app" "$RUN/apps/$name/"
done
start() {  # name port props...
  local name=$1 port=$2; shift 2
  # shellcheck disable=SC2086
  setsid java $JVM_OPTS "$@" -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
    -jar "$RUN/apps/$name/quarkus-app/quarkus-run.jar" >"$RUN/logs/$name.log" 2>&1 </dev/null &
  PIDS+=($!)
  echo $! >"$RUN/$name.pid"
}
start stripe-emulator $((12111 + OFF)) -Dstripe-emulator.webhook.endpoints=$GW/webhooks/stripe \
  -Dstripe-emulator.webhook.secret=whsec_local -Dstripe-emulator.public-url=$STRIPE
start cpo-simulator $((8090 + OFF)) -Dcpo.emsp.sessions-url=$GW/ocpi/emsp/2.2.1/sessions \
  -Dcpo.emsp.cdrs-url=$GW/ocpi/emsp/2.2.1/cdrs -Dcpo.emsp.locations-url=$GW/ocpi/emsp/2.2.1/locations
start user-service $((8081 + OFF)) $(db user) $(topics users) $(sub user billing-events) -Dconnect.admin-token=local-admin-token
start payment-service $((8082 + OFF)) $(db payment) $(topics payments) $(sub payment users billing-events) -Dstripe.api-base=$STRIPE -Dstripe.api-key=sk_test_local \
  -Dstripe.webhook-secret=whsec_local -Dquarkus.rest-client.user-service.url=$U
start station-service $((8083 + OFF)) $(db station) $(topics evse-status) -Dquarkus.rest-client.user-service.url=$U \
  -Dquarkus.rest-client.charging-service.url=http://127.0.0.1:$((8084 + OFF)) \
  -Dconnect.cpos.sim.locations-url=$SIM/ocpi/cpo/2.2.1/locations -Dconnect.cpos.sim.tariffs-url=$SIM/ocpi/cpo/2.2.1/tariffs
start billing-service $((8085 + OFF)) $(db billing) $(topics charging-sessions payments billing) $(sub billing charging-sessions payments) -Dquarkus.rest-client.user-service.url=$U \
  -Dquarkus.rest-client.payment-service.url=$P
start charging-service $((8084 + OFF)) $(db charging) $(topics charging-sessions billing) $(sub charging billing-events) -Dquarkus.rest-client.user-service.url=$U \
  -Dquarkus.rest-client.payment-service.url=$P -Dquarkus.rest-client.station-service.url=$S \
  -Dquarkus.rest-client.billing-service.url=$B -Dconnect.ocpi.cpo-url=$SIM/ocpi/cpo/2.2.1 -Dconnect.ocpi.public-url=$GW

awk -v off=$OFF '{ if (match($0, /127\.0\.0\.1:[0-9]+/)) { p = substr($0, RSTART + 10, RLENGTH - 10); sub(/127\.0\.0\.1:[0-9]+/, "127.0.0.1:" p + off) } print }' \
  deploy/gateway/upstreams.local.conf >"$RUN/nginx/upstreams.conf"
sed -e "s#@RUN@/nginx/nginx.pid#$RUN/nginx/nginx.pid#" -e "s#@RUN@#$RUN#g" -e "s#@GATEWAY@/upstreams.local.conf#$RUN/nginx/upstreams.conf#" \
  -e "s#@GATEWAY@#$ROOT/deploy/gateway#g" -e "s#127.0.0.1:8080#127.0.0.1:$((8080 + OFF))#" \
  deploy/gateway/nginx.local.conf.template >"$RUN/nginx/nginx.conf"
setsid nginx -e "$RUN/logs/gateway-error.log" -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" >"$RUN/logs/gateway.log" 2>&1 </dev/null &
PIDS+=($!)

for port in 12111 8090 8081 8082 8083 8085 8084; do
  for ((i = 0; i < 720; i++)); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$((port + OFF))/q/health/ready" 2>/dev/null && break
    sleep 0.25
  done
done
for ((i = 0; i < 80; i++)); do curl -fsS -o /dev/null --max-time 1 "$GW/healthz" 2>/dev/null && break; sleep 0.25; done
echo "private stack up in $RUN (logs: $RUN/logs)"
javac -d "$RUN/classes" deploy/load/starts/*.java
timeout 20m java -cp "$RUN/classes" starts.StartsBenchmark --port-offset $OFF --charging-pid-file "$RUN/charging-service.pid" "$@"
