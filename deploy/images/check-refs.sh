#!/usr/bin/env bash
# Offline check that docker-compose.yml and every deploy/k8s overlay use exactly the images deploy/images/build.sh
# makes (connect/<module>:<connect.image.tag>, tag = project version without -SNAPSHOT). Fast: no image build.
#   deploy/images/check-refs.sh
set -euo pipefail
IMAGES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$IMAGES/../.." && pwd)"

PY=python3
"$PY" -c 'import yaml' 2>/dev/null || PY=/usr/bin/python3
"$PY" -c 'import yaml' 2>/dev/null || { echo "images check: needs PyYAML (apt-get install python3-yaml)" >&2; exit 2; }
command -v kubectl >/dev/null 2>&1 || { echo "images check: needs kubectl (kubectl kustomize)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
args=()
for dir in "$ROOT"/deploy/k8s/overlays/*/; do
  name=$(basename "$dir")
  kubectl kustomize "$dir" >"$work/$name.yaml"
  args+=("$name=$work/$name.yaml")
done
"$PY" "$IMAGES/check_refs.py" "$ROOT" "${args[@]}"
