#!/usr/bin/env bash
# Container images of every Connect service, the CPO simulator and the Stripe emulator, with Jib through Quarkus
# and no Docker daemon: the base image tar (deploy/images/base-image.sh, cached), then one Maven run with
# -Pimages writes <module>/target/jib-image.tar, named connect/<module>:<connect.image.tag> (the names
# docker-compose.yml and deploy/k8s use). Each image is checked (non-root, JVM container flags, pinned tag) and
# its size and digest printed. Load one where Docker exists: docker load -i user-service/target/jib-image.tar
#   deploy/images/build.sh                 all seven images
#   deploy/images/build.sh user-service    only these modules
# Bounded: the Maven run stops after CONNECT_IMAGES_TIMEOUT seconds (default 1200).
set -euo pipefail
IMAGES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$IMAGES/../.." && pwd)"
PY="${PYTHON:-python3}"
ALL_MODULES="user-service payment-service station-service charging-service billing-service cpo-simulator stripe-emulator"
modules=${*:-$ALL_MODULES}
for module in $modules; do
  [[ " $ALL_MODULES " == *" $module "* ]] || { echo "images: unknown module $module (one of: $ALL_MODULES)" >&2; exit 2; }
done

started=$SECONDS
"$IMAGES/base-image.sh"

echo "images: mvn -Pimages package ($modules)"
for module in $modules; do rm -f "$ROOT/$module/target/jib-image.tar"; done
timeout "${CONNECT_IMAGES_TIMEOUT:-1200}" mvn -B -q -f "$ROOT/pom.xml" -Pimages package -DskipTests \
  -pl "$(echo "$modules" | tr ' ' ',')" -am

echo
printf '%-40s %9s %9s  %s\n' IMAGE PACKED UNPACKED DIGEST
for module in $modules; do
  tar="$ROOT/$module/target/jib-image.tar"
  [ -f "$tar" ] || { echo "images: $module built no $tar" >&2; exit 1; }
  "$PY" "$IMAGES/imagetool.py" inspect --check "$tar" >"$ROOT/$module/target/jib-image.txt" ||
    { cat "$ROOT/$module/target/jib-image.txt"; exit 1; }
  awk -v digest="$(cat "$ROOT/$module/target/jib-image.digest")" '
    /^tags / { tag = $2 } /^size / { packed = $2 " " $3; unpacked = $5 " " $6 }
    END { printf "%-40s %9s %9s  %s\n", tag, packed, unpacked, digest }' "$ROOT/$module/target/jib-image.txt"
done
echo "images: built in $((SECONDS - started)) s (details: <module>/target/jib-image.txt)"
