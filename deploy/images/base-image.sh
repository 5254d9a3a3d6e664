#!/usr/bin/env bash
# The base image of every Connect JVM image, built offline (no registry, no Docker daemon):
#   - a Java 17 runtime cut with jlink from the build machine's Debian JDK (jmods of openjdk-17-jdk-headless),
#     only the modules Quarkus, Kafka, JDBC, TLS and PDFBox need; X11/sound natives removed;
#   - the shared libraries that runtime links, from the Debian packages below (apt-get download + dpkg-deb -x,
#     apt's candidate versions), plus the C.UTF-8 locale and busybox (sh, wget: compose health checks);
#   - user connect (uid/gid 185), working directory /deployments, /tmp world-writable (sticky).
# Written as a `docker save` tar, which Jib reads as `tar://...` (quarkus.jib.base-jvm-image).
# Cached: rebuilt only when this script, imagetool.py, the JDK or a package's candidate version changes.
#   deploy/images/base-image.sh [--rebuild]        -> target/images/jre17-base.tar
set -euo pipefail
IMAGES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$IMAGES/../.." && pwd)"
OUT_DIR="$ROOT/target/images"
OUT="$OUT_DIR/jre17-base.tar"
DEBS="$OUT_DIR/debs"
PY="${PYTHON:-python3}"

# Modules of the runtime: java.se minus the desktop-only ones we do not use (java.desktop stays for PDFBox's
# java.awt.geom), crypto providers for TLS (Stripe, Kafka/PostgreSQL over TLS), DNS, JFR and management.
MODULES=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,\
java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,\
jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,\
jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.zipfs
# Natives that need X11 or ALSA; a headless server never loads them.
DROP_NATIVES="libawt_xawt.so libjawt.so libsplashscreen.so libjsound.so"
# What the remaining natives link (checked below: the build fails on any missing library).
PACKAGES="libc6 libgcc-s1 libstdc++6 zlib1g libfreetype6 libpng16-16 libbrotli1 libharfbuzz0b libglib2.0-0
libgraphite2-3 libpcre2-8-0 liblcms2-2 libjpeg62-turbo netbase busybox-static"
APP_UID=185

rebuild=0
[ "${1:-}" = "--rebuild" ] && rebuild=1

die() { echo "base-image: $*" >&2; exit 1; }

JDK="${CONNECT_IMAGE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || echo /nonexistent/bin/javac)")")")}"
[ -d "$JDK/jmods" ] || die "no jmods in $JDK (install openjdk-17-jdk-headless, or set CONNECT_IMAGE_JDK)"
grep -q '^JAVA_VERSION="17' "$JDK/release" || die "$JDK is not a Java 17 JDK (the services target Java 17)"
java_version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JDK/release")

# apt's candidate version of each package: the newest of the machine's Debian release, security updates included.
package_versions() {
  local pkg version
  for pkg in "$@"; do
    version=$(apt-cache policy "$pkg" | sed -n 's/^  Candidate: //p')
    [ -n "$version" ] && [ "$version" != "(none)" ] || die "no version of Debian package $pkg (apt-get update?)"
    echo "$pkg=$version"
  done
}
versions=$(package_versions $PACKAGES)
locale_from=$(package_versions libc-bin)
key=$(cat "$0" "$IMAGES/imagetool.py" "$JDK/release" <(echo "$versions $locale_from") | sha256sum | cut -c1-16)

if [ "$rebuild" = 0 ] && [ -f "$OUT" ] && [ "$(cat "$OUT.key" 2>/dev/null)" = "$key" ]; then
  echo "base image: cached $OUT ($(du -m "$OUT" | cut -f1) MB, key $key)"
  exit 0
fi

started=$SECONDS
mkdir -p "$DEBS"
work=$(mktemp -d "$OUT_DIR/base-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"

echo "base image: Debian packages"
for spec in $versions $locale_from; do
  pkg=${spec%%=*}
  deb=""
  for f in "$DEBS/${pkg}_"*.deb; do
    [ -f "$f" ] && [ "$(dpkg-deb -f "$f" Version)" = "${spec#*=}" ] && deb=$f
  done
  if [ -z "$deb" ]; then
    (cd "$DEBS" && apt-get download -q "$spec" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
      die "apt-get download $spec failed"
    deb=$(ls -t "$DEBS/${pkg}_"*.deb | head -1)
  fi
  if [ "$pkg" = libc-bin ]; then   # only its C.UTF-8 locale: Java then defaults to UTF-8 file and path names
    dpkg-deb -x "$deb" "$work/libc-bin"
    mkdir -p "$rootfs/usr/lib/locale"
    cp -a "$work/libc-bin/usr/lib/locale/C.utf8" "$rootfs/usr/lib/locale/"
  else
    dpkg-deb -x "$deb" "$rootfs"
  fi
done
# Documentation, translations and iconv modules are never read by the JVM; copyright files stay.
find "$rootfs/usr/share/doc" -type f ! -name copyright -delete
find "$rootfs/usr/share/doc" -type l -delete
rm -rf "$rootfs"/usr/share/{man,info,lintian,locale,bug,gdb,gcc,bash-completion} \
       "$rootfs"/usr/lib/x86_64-linux-gnu/gconv
ln -s busybox "$rootfs/bin/sh"
ln -s busybox "$rootfs/bin/wget"

echo "base image: jlink ($java_version)"
"$JDK/bin/jlink" --module-path "$JDK/jmods" --add-modules "$MODULES" --include-locales=en,de \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$rootfs/opt/java"
for lib in $DROP_NATIVES; do rm -f "$rootfs/opt/java/lib/$lib"; done
# The CA bundle of the build machine's ca-certificates-java (kept current by Debian security updates).
if [ -f /etc/ssl/certs/java/cacerts ]; then cp /etc/ssl/certs/java/cacerts "$rootfs/opt/java/lib/security/cacerts"; fi

mkdir -p "$rootfs"/{etc,tmp,root,proc,sys,dev,home/connect,deployments}
chmod 1777 "$rootfs/tmp"
chmod 0700 "$rootfs/root"
cat >"$rootfs/etc/passwd" <<EOF
root:x:0:0:root:/root:/sbin/nologin
connect:x:$APP_UID:$APP_UID:Connect service:/home/connect:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
EOF
cat >"$rootfs/etc/group" <<EOF
root:x:0:
connect:x:$APP_UID:
nogroup:x:65534:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$rootfs/etc/nsswitch.conf"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$rootfs/etc/hosts"
: >"$rootfs/etc/resolv.conf"

# Every native library of the runtime resolves inside the image, and java starts there as uid 185 in UTF-8.
if [ "$(id -u)" = 0 ]; then
  missing=$(find "$rootfs/opt/java" -name '*.so' -printf '/%P\n' | sed 's|^|/opt/java|' |
    while read -r so; do chroot "$rootfs" /lib64/ld-linux-x86-64.so.2 --list "$so" 2>&1 | sed "s|^|$so: |"; done |
    grep 'not found' | grep -v 'libjvm.so' || true)   # libjvm.so is found by the launcher, not by ld.so
  [ -z "$missing" ] || die "libraries missing in the image:"$'\n'"$missing"
  # (the launcher finds libjli.so through $ORIGIN, which ld.so reads from /proc, as in any container)
  settings=$(LANG=C.UTF-8 unshare --mount --pid --fork --mount-proc="$rootfs/proc" \
               chroot --userspec=$APP_UID:$APP_UID "$rootfs" /opt/java/bin/java -XX:-UsePerfData -XshowSettings:properties -version 2>&1) ||
    die "java does not start in the image: $settings"
  grep -q 'file.encoding = UTF-8' <<<"$settings" || die "the image's JVM does not default to UTF-8"
else
  echo "base image: not root, skipping the in-image library and startup check" >&2
fi

# (the service images inherit these labels, so they name what the base is made of and nothing else)
labels=(--label "io.connect.base.java=$java_version (jlink)"
        --label "io.connect.base.packages=$(echo $versions)"
        --label "io.connect.base.key=$key")
"$PY" "$IMAGES/imagetool.py" pack "$rootfs" "$OUT" --tag "connect/jre17-base:${java_version%%+*}" \
  --user "$APP_UID" --workdir /deployments --owner "home/connect=$APP_UID:$APP_UID" \
  --env PATH=/opt/java/bin:/usr/bin:/bin --env JAVA_HOME=/opt/java --env LANG=C.UTF-8 "${labels[@]}"
echo "$key" >"$OUT.key"
echo "base image: $OUT built in $((SECONDS - started)) s"
