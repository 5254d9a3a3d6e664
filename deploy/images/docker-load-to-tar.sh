#!/usr/bin/env bash
# Stands in for the `docker` executable of Quarkus' Jib extension (quarkus.jib.docker-executable-name), which
# hands a built image to a daemon with `docker load`, streaming the image as a docker-archive tar on stdin.
# This writes that very tar to $CONNECT_IMAGE_TAR instead: an image build without a Docker daemon. Load it
# where Docker exists with `docker load -i <module>/target/jib-image.tar`.
set -euo pipefail
case "${1:-}" in
  info)   # Jib asks the daemon's platform to pick the matching image of a multi-platform base
    echo '{"OSType":"linux","Architecture":"x86_64"}'
    ;;
  load)
    : "${CONNECT_IMAGE_TAR:?set CONNECT_IMAGE_TAR (quarkus.jib.docker-environment.CONNECT_IMAGE_TAR)}"
    mkdir -p "$(dirname "$CONNECT_IMAGE_TAR")"
    cat >"$CONNECT_IMAGE_TAR.part"
    mv "$CONNECT_IMAGE_TAR.part" "$CONNECT_IMAGE_TAR"
    echo "Loaded image archive: $CONNECT_IMAGE_TAR"
    ;;
  *)
    echo "docker-load-to-tar.sh: only 'info' and 'load' are supported, got: $*" >&2
    exit 1
    ;;
esac
