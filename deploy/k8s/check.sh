#!/usr/bin/env bash
# Offline check of the Kubernetes manifests: renders every overlay with `kubectl kustomize` (no cluster
# needed) and checks the output with check.py: probes, resources, non-root, pinned images, every referenced
# ConfigMap/Secret present (production: or listed in overlays/production/external-secrets.txt), no Secret data
# in production, gateway routes identical to deploy/gateway/routes.conf.
#   deploy/k8s/check.sh                  all overlays
#   deploy/k8s/check.sh OVERLAY_DIR...   only these
set -euo pipefail
K8S="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$K8S/../.." && pwd)"

command -v kubectl >/dev/null 2>&1 || { echo "k8s check: kubectl is required (kubectl kustomize renders offline)" >&2; exit 2; }
# The first python3 that can read YAML; Debian's python3-yaml is installed for /usr/bin/python3 when none can.
PY=python3
if ! "$PY" -c 'import yaml' 2>/dev/null; then
  PY=/usr/bin/python3
  if ! "$PY" -c 'import yaml' 2>/dev/null; then
    echo "k8s check: installing python3-yaml (Debian) to read the rendered YAML" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml >/dev/null
  fi
fi

if [ $# -gt 0 ]; then overlays=("$@"); else overlays=("$K8S"/overlays/*/); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

args=()
for dir in "${overlays[@]}"; do
  dir=${dir%/}
  name=$(basename "$dir")
  if ! kubectl kustomize "$dir" >"$work/$name.yaml" 2>"$work/$name.err"; then
    echo "k8s[$name]: kubectl kustomize $dir failed:" >&2
    cat "$work/$name.err" >&2
    exit 1
  fi
  spec="$name=$work/$name.yaml"
  [ -f "$dir/external-secrets.txt" ] && spec="$spec:$dir/external-secrets.txt"
  args+=("$spec")
done

"$PY" "$K8S/check.py" --routes "$ROOT/deploy/gateway/routes.conf" "${args[@]}"
