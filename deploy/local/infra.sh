#!/usr/bin/env bash
# The infrastructure every test and the local stack need: PostgreSQL with PostGIS and a Kafka broker.
# Usage: deploy/local/infra.sh start|stop   (stop leaves PostgreSQL running: the machine owns it)
set -euo pipefail
DIR="$(dirname "${BASH_SOURCE[0]}")"
case "${1:-start}" in
  start) "$DIR/postgres.sh"; "$DIR/kafka.sh" start ;;
  stop) "$DIR/kafka.sh" stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
