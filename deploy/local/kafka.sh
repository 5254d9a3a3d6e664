#!/usr/bin/env bash
# A real Apache Kafka 4.4.0 broker in KRaft mode (broker + controller in one process), from the jars that
# Maven resolves (deploy/kafka/pom.xml); no Docker. Data and logs under .run/kafka.
# Usage: deploy/local/kafka.sh start|stop|status
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KAFKA_DIR="$RUN_DIR/kafka"
LIBS="$KAFKA_DIR/libs"
PID_FILE="$KAFKA_DIR/kafka.pid"
CONF="$KAFKA_DIR/server.properties"
DATA="$KAFKA_DIR/data"
KAFKA_LOG="$LOG_DIR/kafka.log"
BOOTSTRAP=127.0.0.1:9092

kafka_java() { java -Xmx256m -cp "$LIBS/*" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" "$@"; }

ensure_jars() {
  if [ ! -f "$LIBS/.complete" ]; then
    log "resolving Kafka 4.4.0 jars with Maven"
    rm -rf "$LIBS"
    mvn -B -q -f "$ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$LIBS" >"$LOG_DIR/kafka-jars.log" 2>&1 \
      || die "could not resolve Kafka jars, see $LOG_DIR/kafka-jars.log"
    touch "$LIBS/.complete"
  fi
}

write_config() {
  mkdir -p "$DATA"
  cat >"$CONF" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DATA
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
CONF
  cat >"$KAFKA_DIR/log4j2.properties" <<'LOG'
rootLogger.level=INFO
rootLogger.appenderRef.stdout.ref=STDOUT
appender.stdout.type=Console
appender.stdout.name=STDOUT
appender.stdout.layout.type=PatternLayout
appender.stdout.layout.pattern=[%d] %p %m (%c)%n
logger.kafka.name=kafka
logger.kafka.level=INFO
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
LOG
}

format_storage() {
  if [ ! -f "$DATA/meta.properties" ]; then
    local id
    id=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    log "formatting Kafka storage (cluster $id)"
    kafka_java kafka.tools.StorageTool format --standalone -t "$id" -c "$CONF" >>"$KAFKA_LOG" 2>&1
  fi
}

create_topics() {
  local name partitions existing
  existing=$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --list 2>/dev/null || true)
  while read -r name partitions; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    grep -qx "$name" <<<"$existing" && continue
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
      --topic "$name" --partitions "$partitions" --replication-factor 1 >/dev/null 2>&1 \
      || die "could not create topic $name"
  done <"$ROOT/deploy/local/topics.txt"
}

start() {
  if pid_alive "$PID_FILE"; then
    log "Kafka already running (pid $(cat "$PID_FILE"))"
    create_topics
    return 0
  fi
  ensure_jars
  if (exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null; then
    # Another checkout's broker (a second clone on this machine) already serves the port: share it.
    log "a Kafka broker started elsewhere answers on $BOOTSTRAP; using it"
    create_topics
    return 0
  fi
  write_config
  format_storage
  log "starting Kafka broker on $BOOTSTRAP"
  : >"$KAFKA_LOG.start"
  "$ROOT/deploy/local/detach" java -Xms256m -Xmx512m -cp "$LIBS/*" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
    kafka.Kafka "$CONF" >"$KAFKA_LOG.start" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  local i
  for ((i = 0; i < 240; i++)); do
    grep -q "Kafka Server started" "$KAFKA_LOG.start" && break
    pid_alive "$PID_FILE" || { tail -n 30 "$KAFKA_LOG.start" >&2; die "Kafka exited during start-up"; }
    sleep 0.25
  done
  grep -q "Kafka Server started" "$KAFKA_LOG.start" || die "Kafka did not start within 60 s (see $KAFKA_LOG.start)"
  create_topics
  log "Kafka ready on $BOOTSTRAP"
}

case "${1:-start}" in
  start) start ;;
  stop) stop_pid "$PID_FILE" "Kafka" ;;
  status) pid_alive "$PID_FILE" && echo "running (pid $(cat "$PID_FILE"))" || { echo "stopped"; exit 1; } ;;
  *) die "usage: $0 start|stop|status" ;;
esac
