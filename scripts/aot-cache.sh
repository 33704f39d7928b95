#!/usr/bin/env bash
# Prepares a production jar for a fast start with the JDK's AOT cache (JDK 25: JEP 483/514/515 — classes loaded
# and linked ahead of time, plus method profiles). About a third of the CPU a plain `java -jar` spends to start.
#
#   scripts/aot-cache.sh target/disclosure-desk-*.jar /opt/disclosure-desk
#
# 1. extracts the jar (Spring Boot's jarmode=tools) into <dir>: the cache needs plain jars on the class path, not
#    jars nested in the fat jar;
# 2. a training run: starts the app with -XX:AOTCacheOutput, waits for the login page, asks for it and for the
#    app shell once, and stops it; the JVM writes <dir>/app.aot as it exits.
# The training run needs the same database settings as the real one (DB_URL, DB_USER, DB_PASSWORD in the
# environment): the app starts for real, migrations included. It listens on $PORT (default 8080) meanwhile.
# Then start with:  java -XX:AOTCache=<dir>/app.aot -jar <dir>/app.jar
# Rebuild the cache after every new jar or JDK; a stale cache is ignored with a warning (the app still starts).
set -euo pipefail
jar="${1:?usage: aot-cache.sh <production jar> <directory>}"
dir="${2:?usage: aot-cache.sh <production jar> <directory>}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port="${PORT:-8080}"

"$(dirname "$0")/extract.sh" "$jar" "$dir"
rm -f "$dir/app.aot"
log="$dir/aot-training.log"
"$java" -XX:AOTCacheOutput="$dir/app.aot" -jar "$dir/app.jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "aot-cache: the training run stopped; see $log" >&2; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/login"
curl -s -o /dev/null "http://127.0.0.1:$port/"
kill "$pid"
wait "$pid" || true
trap - EXIT
[ -s "$dir/app.aot" ] || { echo "aot-cache: no cache written; see $log" >&2; exit 1; }
echo "AOT cache: $dir/app.aot ($(du -m "$dir/app.aot" | cut -f1) MB). Start with:"
echo "  java -XX:AOTCache=$dir/app.aot -jar $dir/app.jar"
