#!/bin/sh
# Runs the production app from a directory the jar was extracted into, as the Docker image does:
#
#   scripts/extract.sh target/disclosure-desk-0.1.0-SNAPSHOT.jar /opt/disclosure-desk
#   DB_URL=... DB_USER=... DB_PASSWORD=... scripts/serve.sh /opt/disclosure-desk
#
# Why extracted: classes load from plain jars (about 1 s faster than from the jars nested in the fat jar) and can be
# kept in a class-data sharing archive, which the JVM writes by itself (-XX:+AutoCreateSharedArchive) when the app
# stops and uses from the next start on: the first start takes as long as `java -jar`, later ones about half.
# A new jar or JDK makes the JVM write the archive anew. Its place: <dir>/cache/app.jsa, or CDS_ARCHIVE; when it
# cannot be written the app starts as without it. Arguments after the directory go to the app.
set -eu
dir="${1:?usage: serve.sh <extracted directory> [app arguments...]}"
shift
archive="${CDS_ARCHIVE:-$dir/cache/app.jsa}"
mkdir -p "$(dirname "$archive")" 2>/dev/null || true
# -Xlog:cds=error: the archive leaves out Spring's proxies and generated classes, a warning each
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" \
  -Xlog:cds=error -jar "$dir/app.jar" "$@"
