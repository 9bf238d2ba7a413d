#!/usr/bin/env bash
# Installs Debian's jspeex jar into the local Maven repository; the `speex` profile then turns
# on by itself (or force it with -Pspeex). jspeex is not published on Maven Central.
#
#   bash codecs/install-jspeex.sh            # installs libjspeex-java first if it is missing
#   ./mvnw -B verify
set -euo pipefail

VERSION=0.9.7
JAR=/usr/share/java/jspeex.jar
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

if [ ! -f "$JAR" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq libjspeex-java
  else
    echo "install-jspeex: $JAR missing; run: sudo apt-get install libjspeex-java" >&2
    exit 1
  fi
fi

upstream="$(dpkg-query -W -f='${Version}' libjspeex-java 2>/dev/null | cut -d- -f1 || true)"
if [ -n "$upstream" ] && [ "$upstream" != "$VERSION" ]; then
  echo "install-jspeex: libjspeex-java is $upstream; codecs/pom.xml expects $VERSION" >&2
  exit 1
fi

"$ROOT/mvnw" -B -q -N -f "$ROOT/pom.xml" install:install-file \
  -Dfile="$JAR" -DgroupId=org.debian.jspeex -DartifactId=jspeex -Dversion="$VERSION" \
  -Dpackaging=jar -DgeneratePom=true "$@"
echo "install-jspeex: org.debian.jspeex:jspeex:$VERSION installed; the speex profile now turns on by itself"
