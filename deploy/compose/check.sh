#!/usr/bin/env bash
# Offline validation of docker-compose.yml (syntax, anchors/merges, interpolation, references): no Docker
# daemon needed. Installs Debian's docker-compose when missing, like deploy/local/postgres.sh installs PostGIS.
#   deploy/compose/check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "compose check: installing docker-compose (Debian)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

cd "$ROOT"
if ! docker-compose -f docker-compose.yml config -q; then
  echo "compose: docker-compose.yml is invalid (see above)" >&2
  exit 1
fi
services=$(docker-compose -f docker-compose.yml config --services | wc -l)
echo "compose: docker-compose.yml valid, $services services"
