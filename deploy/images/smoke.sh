#!/usr/bin/env bash
# Starts a built image without a container runtime, to prove it runs: extracts <module>/target/jib-image.tar to a
# root filesystem and runs the image's own entrypoint there (chroot into it mounted read-only, new mount and PID
# namespaces with /proc, /dev and a tmpfs /tmp, as the image's user, in its working directory, with its
# environment), on the host network; then waits for /q/health/live, checks the process runs as the image's
# non-root uid and that the image's own health-check command works. Needs root (chroot, unshare, mount).
#   deploy/images/smoke.sh MODULE [KEY=VALUE...]     extra environment, e.g. DB_URL=... for a service
# CONNECT_SMOKE_PROBE, when set, is a further shell command run on the host with PORT set once the app is live
# (e.g. a request that exercises native libraries); the smoke test fails when it does.
# The HTTP port is a free one (QUARKUS_HTTP_PORT), so it runs next to the local stack. Stops what it started.
set -euo pipefail
IMAGES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$IMAGES/../.." && pwd)"
PY="${PYTHON:-python3}"
module=${1:?usage: smoke.sh MODULE [KEY=VALUE...]}
shift
image="$ROOT/$module/target/jib-image.tar"
[ -f "$image" ] || { echo "smoke: no $image (deploy/images/build.sh $module)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "smoke: needs root (chroot, unshare)" >&2; exit 2; }

work="$ROOT/target/images/smoke/$module"
rootfs="$work/rootfs"
mkdir -p "$work"
"$PY" "$IMAGES/imagetool.py" extract "$image" "$rootfs" >/dev/null
port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
env_args=(-e "QUARKUS_HTTP_PORT=$port")
for kv in "$@"; do env_args+=(-e "$kv"); done

log="$work/run.log"
# Like the Kubernetes pods (readOnlyRootFilesystem, an emptyDir on /tmp) under a container runtime: the image's
# filesystem read-only, a fresh /tmp, /proc of the new PID namespace, /dev and the host's resolver files.
unshare --mount --pid --fork --kill-child bash -c '
  set -e; root=$1; shift
  mount --make-rprivate /
  mount --bind "$root" "$root"
  mount -o remount,bind,ro "$root"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs -o mode=1777,size=256m tmpfs "$root/tmp"
  mount --bind /etc/hosts "$root/etc/hosts"
  mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
  exec "$@"' _ "$rootfs" "$PY" "$IMAGES/imagetool.py" exec "$rootfs" "$image" "${env_args[@]}" >"$log" 2>&1 &
runner=$!
# unshare ignores TERM while it waits; the entrypoint is its only child (PID 1 of the namespace): stop that.
stop() {
  local child i
  child=$(pgrep -P "$runner" | head -1 || true)
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do kill -0 "$runner" 2>/dev/null || break; sleep 0.25; done
  [ -n "$child" ] && kill -KILL "$child" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
}
trap stop EXIT

started=$SECONDS
until body=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/q/health/live" 2>/dev/null); do
  if ! kill -0 "$runner" 2>/dev/null; then echo "smoke: $module exited; log:" >&2; tail -40 "$log" >&2; exit 1; fi
  if ((SECONDS - started > 120)); then echo "smoke: $module not live after 120 s; log:" >&2; tail -40 "$log" >&2; exit 1; fi
  sleep 0.5
done
java_pid=$(pgrep -P "$runner" | head -1)
uid=$(awk '/^Uid:/ { print $2 }' "/proc/$java_pid/status")
expected=$(awk '$1 == "user" { print $2 }' <("$PY" "$IMAGES/imagetool.py" inspect "$image"))
echo "smoke: $module live after $((SECONDS - started)) s on port $port: $body"
echo "smoke: process $java_pid ($(tr '\0' ' ' <"/proc/$java_pid/cmdline" | cut -c1-120)) runs as uid $uid"
[ "$uid" = "$expected" ] && [ "$uid" != 0 ] || { echo "smoke: expected uid $expected (non-root), got $uid" >&2; exit 1; }
# The compose health check's own command, run inside the image: answers 0 when up, non-zero on an HTTP error.
in_image() { nsenter --target "$java_pid" --mount chroot --userspec="$uid:$uid" "$rootfs" /bin/sh -c "$1"; }
in_image "wget -q -O /dev/null http://localhost:$port/q/health/live" ||
  { echo "smoke: the image's wget health check fails" >&2; exit 1; }
if in_image "wget -q -O /dev/null http://localhost:$port/q/health/no-such-check" 2>/dev/null; then
  echo "smoke: the image's wget health check does not fail on an HTTP error" >&2; exit 1
fi
if nsenter --target "$java_pid" --mount chroot "$rootfs" /bin/sh -c ': >/deployments/.write-test' 2>/dev/null; then
  echo "smoke: the image's filesystem is writable; expected read-only" >&2; exit 1
fi
echo "smoke: in-image health check (busybox wget) ok, image filesystem read-only; readiness now: $(curl -s "http://127.0.0.1:$port/q/health/ready" | tr -d ' \n' | cut -c1-300)"
if [ -n "${CONNECT_SMOKE_PROBE:-}" ]; then
  PORT=$port bash -c "$CONNECT_SMOKE_PROBE" || { echo "smoke: probe failed; log:" >&2; tail -40 "$log" >&2; exit 1; }
  echo "smoke: probe ok"
fi
