#!/bin/sh
# docker-compose: one database per service (and PostGIS for station-service), as deploy/local/postgres.sh does.
set -e
for svc in user payment station charging billing; do
  psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE connect_$svc OWNER $POSTGRES_USER"
done
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d connect_station -c "CREATE EXTENSION IF NOT EXISTS postgis"
