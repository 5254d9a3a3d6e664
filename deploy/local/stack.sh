#!/usr/bin/env bash
# The whole Connect stack on this machine, no Docker: PostgreSQL/PostGIS + Kafka (infra.sh), the Stripe
# emulator, the CPO simulator, the five services and the nginx gateway on 127.0.0.1:8080.
#
#   deploy/local/stack.sh up            start everything, print the demo partner's token, stay in the
#                                       foreground; Ctrl-C stops everything it started
#   deploy/local/stack.sh up --detach   start everything and return
#   deploy/local/stack.sh down          stop everything it started (and only that)
#   deploy/local/stack.sh status
#   deploy/local/stack.sh kill <app>     kill -9 one app of the running stack (fault runs: deploy/load/fault-run.sh)
#   deploy/local/stack.sh restart <app>  start one app again (killing it first if it runs) and wait until ready
#
# Builds the modules first when their jars are missing (or with --build).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PID_DIR="$RUN_DIR/pids"
mkdir -p "$PID_DIR" "$RUN_DIR/nginx"

export CONNECT_ADMIN_TOKEN="${CONNECT_ADMIN_TOKEN:-local-admin-token}"
export CONNECT_INTERNAL_TOKEN="${CONNECT_INTERNAL_TOKEN:-local-internal-token}"
export STRIPE_API_KEY="${STRIPE_API_KEY:-sk_test_local}"
export STRIPE_API_BASE="${STRIPE_API_BASE:-http://127.0.0.1:12111}"
export STRIPE_WEBHOOK_SECRET="${STRIPE_WEBHOOK_SECRET:-whsec_local}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
GATEWAY=http://127.0.0.1:8080
JVM_OPTS="${CONNECT_JVM_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"

# name:port:extra system properties. Order = start order (neighbours first).
APPS=(
  "stripe-emulator:12111:-Dstripe-emulator.webhook.endpoints=$GATEWAY/webhooks/stripe"
  "cpo-simulator:8090:-Dcpo.emsp.sessions-url=$GATEWAY/ocpi/emsp/2.2.1/sessions -Dcpo.emsp.cdrs-url=$GATEWAY/ocpi/emsp/2.2.1/cdrs -Dcpo.emsp.locations-url=$GATEWAY/ocpi/emsp/2.2.1/locations"
  "user-service:8081:"
  "payment-service:8082:"
  "station-service:8083:"
  "billing-service:8085:"
  "charging-service:8084:-Dconnect.ocpi.public-url=$GATEWAY"
)

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return 0
  log "installing nginx (Debian's nginx-light) for the gateway"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}

build_if_needed() {
  local missing=0 entry
  for entry in "${APPS[@]}"; do
    [ -f "$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  if [ "$missing" = 1 ] || [ "${FORCE_BUILD:-0}" = 1 ]; then
    log "building the modules (mvn install -DskipTests), a few minutes the first time"
    (cd "$ROOT" && mvn -B -q install -DskipTests) >"$LOG_DIR/build.log" 2>&1 \
      || { tail -n 40 "$LOG_DIR/build.log" >&2; die "build failed, see $LOG_DIR/build.log"; }
  fi
}

start_app() {
  local name=$1 port=$2 props=$3
  if pid_alive "$PID_DIR/$name.pid"; then
    log "$name already running"
    return 0
  fi
  if curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/live" 2>/dev/null; then
    die "port $port is taken by something else; stop it first"
  fi
  # shellcheck disable=SC2086
  "$ROOT/deploy/local/detach" java $JVM_OPTS $props -Dquarkus.http.port="$port" \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
}

start_gateway() {
  if pid_alive "$PID_DIR/gateway.pid"; then return 0; fi
  mkdir -p "$RUN_DIR/nginx"
  sed -e "s#@RUN@#$RUN_DIR#g" -e "s#@GATEWAY@#$ROOT/deploy/gateway#g" \
    "$ROOT/deploy/gateway/nginx.local.conf.template" >"$RUN_DIR/nginx/nginx.conf"
  "$ROOT/deploy/local/detach" nginx -e "$LOG_DIR/gateway-error.log" -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx/nginx.conf" \
    >"$LOG_DIR/gateway.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/gateway.pid"
  wait_for_http "$GATEWAY/healthz" 20 gateway
}

demo_partner_token() {
  local file="$RUN_DIR/demo-partner.token" token
  if [ -f "$file" ]; then
    token=$(cat "$file")
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$GATEWAY/api/v1/users/")" = 200 ]; then
      echo "$token"; return 0
    fi
  fi
  local body
  body=$(curl -fsS -X POST "$GATEWAY/admin/v1/partners/" -H "Authorization: Bearer $CONNECT_ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"name\": \"demo-partner-$(date +%s)\"}") \
    || die "could not create the demo partner"
  token=$(sed -E 's/.*"api_token" *: *"([^"]+)".*/\1/' <<<"$body")
  (umask 077; echo "$token" >"$file")
  echo "$token"
}

up() {
  local detach=0 arg
  for arg in "$@"; do
    case "$arg" in
      --detach|-d) detach=1 ;;
      --build) FORCE_BUILD=1 ;;
      *) die "unknown option $arg" ;;
    esac
  done
  local started_at=$SECONDS
  ensure_nginx
  if ! "$ROOT/deploy/local/kafka.sh" status >/dev/null 2>&1; then touch "$RUN_DIR/stack-started-kafka"; fi
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then touch "$RUN_DIR/stack-started-postgres"; fi
  "$ROOT/deploy/local/infra.sh" start
  build_if_needed
  local entry name rest port props
  for entry in "${APPS[@]}"; do
    name=${entry%%:*}; rest=${entry#*:}; port=${rest%%:*}; props=${rest#*:}
    log "starting $name on :$port"
    start_app "$name" "$port" "$props"
  done
  for entry in "${APPS[@]}"; do
    name=${entry%%:*}; rest=${entry#*:}; port=${rest%%:*}
    wait_for_http "http://127.0.0.1:$port/q/health/ready" 180 "$name (log: $LOG_DIR/$name.log)"
  done
  start_gateway
  local token
  token=$(demo_partner_token)
  log "Connect is up in $((SECONDS - started_at)) s: gateway $GATEWAY, logs in $LOG_DIR"
  cat <<MSG

  Demo partner API token: $token
  (also in $RUN_DIR/demo-partner.token; admin token: $CONNECT_ADMIN_TOKEN)

  Try:
    curl -s -X POST $GATEWAY/api/v1/users/ -H "Authorization: Bearer $token" \\
         -H "Content-Type: application/json" -d '{"email": "alice@example.com", "locale": "en"}'

  The README walks through the whole journey. Stop with Ctrl-C (or: deploy/local/stack.sh down).

MSG
  if [ "$detach" = 0 ]; then
    # Output may go to a pipe (tee) that Ctrl-C closed first: stopping must not die of SIGPIPE.
    trap 'trap "" PIPE; down; exit 0' INT TERM
    while true; do sleep 1; done
  fi
}

down() {
  stop_pid "$PID_DIR/gateway.pid" gateway
  local i name
  for ((i = ${#APPS[@]} - 1; i >= 0; i--)); do
    name=${APPS[$i]%%:*}
    stop_pid "$PID_DIR/$name.pid" "$name"
  done
  if [ -f "$RUN_DIR/stack-started-kafka" ]; then
    "$ROOT/deploy/local/kafka.sh" stop
    rm -f "$RUN_DIR/stack-started-kafka"
  fi
  if [ -f "$RUN_DIR/stack-started-postgres" ]; then
    log "stopping PostgreSQL (the stack started it)"
    pg_ctlcluster --skip-systemctl-redirect "${PG_VERSION:-15}" main stop || true
    rm -f "$RUN_DIR/stack-started-postgres"
  fi
}

status() {
  local entry name
  for entry in "${APPS[@]}" gateway; do
    name=${entry%%:*}
    if pid_alive "$PID_DIR/$name.pid"; then echo "$name: running (pid $(cat "$PID_DIR/$name.pid"))"; else echo "$name: stopped"; fi
  done
  "$ROOT/deploy/local/kafka.sh" status | sed 's/^/kafka: /' || true
}

# app_entry NAME: the APPS entry of NAME, or die.
app_entry() {
  local entry
  for entry in "${APPS[@]}"; do
    [ "${entry%%:*}" = "$1" ] && { echo "$entry"; return 0; }
  done
  die "unknown app '$1' (one of: $(printf '%s ' "${APPS[@]%%:*}"))"
}

kill_app() {
  local name=$1 pid
  app_entry "$name" >/dev/null
  pid_alive "$PID_DIR/$name.pid" || die "$name is not running"
  pid=$(cat "$PID_DIR/$name.pid")
  log "kill -9 $name (pid $pid)"
  kill -KILL "$pid"
  local i
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$PID_DIR/$name.pid"
}

restart_app() {
  local name=$1 entry rest port props
  entry=$(app_entry "$name")
  rest=${entry#*:}; port=${rest%%:*}; props=${rest#*:}
  if pid_alive "$PID_DIR/$name.pid"; then kill_app "$name"; fi
  # keep the previous process's log (what it did until it was killed)
  [ -f "$LOG_DIR/$name.log" ] && mv "$LOG_DIR/$name.log" "$LOG_DIR/$name.$(date +%H%M%S).log"
  log "starting $name on :$port"
  start_app "$name" "$port" "$props"
  wait_for_http "http://127.0.0.1:$port/q/health/ready" 180 "$name (log: $LOG_DIR/$name.log)"
  log "$name ready"
}

cmd=${1:-up}; shift || true
case "$cmd" in
  up) up "$@" ;;
  down) down ;;
  status) status ;;
  kill) kill_app "${1:?usage: $0 kill <app>}" ;;
  restart) restart_app "${1:?usage: $0 restart <app>}" ;;
  *) die "usage: $0 up [--detach] [--build] | down | status | kill <app> | restart <app>" ;;
esac
