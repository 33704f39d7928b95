#!/usr/bin/env bash
# Prints how long the app takes from `java` to a login page that answers, N times (default 3), on the database
# configured in the environment (DB_URL, ...; an existing one, so that the figure is a restart's), and the CPU
# seconds the JVM spent by then (steadier than wall time on a machine shared with other work).
#
#   scripts/start-time.sh 3 java -jar target/disclosure-desk-0.1.0-SNAPSHOT.jar
#   scripts/start-time.sh 3 java -XX:AOTCache=/opt/dd/app.aot -jar /opt/dd/disclosure-desk-0.1.0-SNAPSHOT.jar
set -euo pipefail
runs="${1:?usage: start-time.sh <runs> <java command...>}"
shift
port="${PORT:-8080}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { echo "start-time: the app stopped:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  printf 'start %d: login page answers after %d.%03d s (JVM CPU %s s, load %s)\n' "$i" \
    $((ready_ms / 1000)) $((ready_ms % 1000)) "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
