#!/usr/bin/env bash
# PostgreSQL 15 with PostGIS for Connect: installs PostGIS when missing, starts the cluster when stopped,
# creates the role and one database per service (and its _test twin) idempotently.
# Usage: deploy/local/postgres.sh [start]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_VERSION=${PG_VERSION:-15}
SERVICES=(user payment station charging billing)

psql_admin() { PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

ensure_postgis_installed() {
  if [ ! -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]; then
    log "installing PostGIS (postgresql-$PG_VERSION-postgis-3)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "postgresql-$PG_VERSION-postgis-3" >/dev/null
  fi
}

ensure_running() {
  if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    log "starting PostgreSQL $PG_VERSION"
    "$ROOT/deploy/local/detach" pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
    for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.5; done
    pg_isready -h 127.0.0.1 -p 5432 -q || die "PostgreSQL did not start"
  fi
}

ensure_databases() {
  psql_admin -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'connect') THEN
        CREATE ROLE connect LOGIN PASSWORD 'connect';
      END IF; END \$\$;"
  local svc db
  for svc in "${SERVICES[@]}"; do
    for db in "connect_$svc" "connect_${svc}_test"; do
      if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        psql_admin -d postgres -c "CREATE DATABASE $db OWNER connect"
      fi
    done
  done
  # CREATE EXTENSION postgis needs a superuser: done here, before the service's own migrations run.
  for db in connect_station connect_station_test; do
    psql_admin -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
  done
}

ensure_postgis_installed
ensure_running
ensure_databases
log "PostgreSQL ready on 127.0.0.1:5432 (databases connect_{$(IFS=,; echo "${SERVICES[*]}")}[_test])"
