#!/usr/bin/env bash
# Prints every performance figure of the README in one markdown table: validation, import, dashboard queries at
# 100,000 agencies × 7 years, heap per session, first paint (LCP, network idle), filter change, start time.
# Each bench's whole output goes to target/figures/<bench>.log; the table quotes their "figure:" lines.
#
#   scripts/figures.sh              # full settings (about 30-40 min on 2 cores, more the first time: see below)
#   QUICK=1 scripts/figures.sh      # fewer runs of each (about 10 min once the data exist)
#
# What it needs and does:
#  - the production jar: built from the committed bundle without Node (scripts/without-node.sh) unless
#    target/disclosure-desk-*.jar exists and FIGURES_BUILD is not 1; the benches' classes (test-compile);
#  - Debian's chromium and chromium-driver for the browser benches (installed with apt-get when missing, as .ci/run does);
#  - MariaDB (as the app): the app's figures use FIGURES_DB (default dd_figures, created with the demo data on the first
#    run, reused after), the dashboard bench its own dd_dashboard_bench (100,000 agencies generated once, in a few
#    minutes; reused after). DB_HOST (127.0.0.1:3306), DB_USER (root), DB_PASSWORD (empty).
#  - PORT (8090): where the production jar listens meanwhile; APP_OPTS: JVM options for it (e.g. -Dvaadin.…=…).
# SKIP="dashboard start" (any of validation import dashboard session browser start) leaves benches out.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn="${MVN:-./mvnw}"
port="${PORT:-8090}"
host="${DB_HOST:-127.0.0.1:3306}"
db_user="${DB_USER:-root}"
db_password="${DB_PASSWORD:-}"
app_db="jdbc:mariadb://$host/${FIGURES_DB:-dd_figures}?createDatabaseIfNotExist=true"
quick="${QUICK:-0}"
skip=" ${SKIP:-} "
out="$root/target/figures"
mkdir -p "$out"
rm -f "$out"/*.log
wants() { [[ "$skip" != *" $1 "* ]]; }
q() { if [ "$quick" = 1 ]; then echo "$1"; else echo "$2"; fi; }

if wants browser && [ ! -x /usr/bin/chromedriver ]; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

jar="$(ls target/disclosure-desk-*.jar 2>/dev/null | head -1 || true)"
if [ -z "$jar" ] || [ "${FIGURES_BUILD:-0}" = 1 ]; then
  scripts/without-node.sh $mvn -q -Pproduction -DskipTests package
  jar="$(ls target/disclosure-desk-*.jar | head -1)"
fi
# test classes and their class path; target/classes keeps the production bundle of the package above
$mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
bench() { # bench <log name> <main class> [java options...]
  local name="$1" main="$2"
  shift 2
  echo "figures: $name ..." >&2
  "$java" "$@" -cp "$cp" "org.disclosuredesk.bench.$main" >"$out/$name.log" 2>&1 || {
    echo "figures: $name failed, see $out/$name.log" >&2
    tail -20 "$out/$name.log" >&2
    exit 1
  }
}

export DB_USER="$db_user" DB_PASSWORD="$db_password"
wants validation && bench validation ValidationBench
wants import && bench import ImporterBench
wants dashboard && bench dashboard DashboardBench -Dbench.runs="$(q 50 200)" \
  -Dbench.url="jdbc:mariadb://$host/dd_dashboard_bench?createDatabaseIfNotExist=true" \
  -Dbench.user="$db_user" -Dbench.password="$db_password"

app_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
trap stop_app EXIT
if wants browser || wants session || wants start; then
  # the first start on a new database loads the demo data; later ones are restarts
  # shellcheck disable=SC2086 # APP_OPTS: JVM options for the app under the browser benches, e.g. to try a setting
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" "$java" ${APP_OPTS:-} -jar "$jar" >"$out/app.log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "figures: the app did not start, see $out/app.log" >&2; exit 1; }
    sleep 1
  done
  # the login page answers before the first start has loaded the demo data (in one transaction): wait for it, and for
  # the rollup refresher to have counted it
  db_name="${app_db##*/}"; db_name="${db_name%%\?*}"
  until [ "$(mariadb -h "${host%%:*}" -P "${host##*:}" -u "$db_user" ${db_password:+-p"$db_password"} -N \
      -e "SELECT COUNT(*) FROM annual_report" "$db_name" 2>/dev/null || echo 0)" -gt 0 ]; do
    kill -0 "$app_pid" 2>/dev/null || { echo "figures: the app stopped, see $out/app.log" >&2; exit 1; }
    sleep 2
  done
  sleep 10
fi
if wants browser; then
  export DB_URL="$app_db"
  bench first-paint FirstPaintBench -Dbench.base="http://localhost:$port" -Dbench.runs="$(q 5 20)"
  bench filter-change FilterChangeBench -Dbench.base="http://localhost:$port" -Dbench.runs="$(q 15 40)"
fi
stop_app
if wants session; then
  # in this JVM, in production mode (the bundle the package above left in target/classes)
  DB_URL="$app_db" DEMO_DATA=true bench session SessionMemoryBench -Dvaadin.productionMode=true \
    -Dbench.sessions="$(q 10 30)"
fi
if wants start; then
  runs="$(q 2 5)"
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" scripts/start-time.sh "$runs" "$java" -jar "$jar" >"$out/start.log"
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" scripts/aot-cache.sh "$jar" "$out/aot" >/dev/null
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" scripts/start-time.sh "$runs" "$java" -XX:AOTCache="$out/aot/app.aot" \
    -jar "$out/aot/app.jar" >"$out/start-aot.log"
  # as the Docker image runs it: extracted, scripts/serve.sh; the first start writes the archive as it stops
  cds="$out/cds"
  rm -rf "$cds"
  scripts/extract.sh "$jar" "$cds"
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" scripts/start-time.sh 1 scripts/serve.sh "$cds" >"$out/start-cds-first.log"
  DB_URL="$app_db" DEMO_DATA=true PORT="$port" scripts/start-time.sh "$runs" scripts/serve.sh "$cds" >"$out/start-cds.log"
  median() { sed -n 's/.*answers after \([0-9.]*\) s (JVM CPU \([0-9.]*\) s.*/\1 \2/p' "$1" | sort -n |
    awk '{t[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); printf "%.1f s (JVM CPU %.1f s), %d starts", t[m], c[m], NR}'; }
  echo "figure: start, java -jar: median $(median "$out/start.log")" >"$out/start-figure.log"
  echo "figure: start, java -XX:AOTCache -jar: median $(median "$out/start-aot.log")" >>"$out/start-figure.log"
  echo "figure: start, scripts/serve.sh (the Docker image): median $(median "$out/start-cds.log") (the first start, which writes the archive: $(median "$out/start-cds-first.log" | cut -d' ' -f1-2))" >>"$out/start-figure.log"
fi

goal() {
  case "$1" in
    validation*) echo "—" ;;
    import*) echo "p95 ≤ 50 ms; 1,000 reports ≤ 60 s" ;;
    dashboard*) echo "p95 ≤ 50 ms" ;;
    session*) echo "≤ 250 KB" ;;
    first-paint*) echo "LCP ≤ 500 ms, idle ≤ 800 ms" ;;
    filter*) echo "p95 ≤ 150 ms" ;;
    start*) echo "≤ 5 s" ;;
  esac
}
echo
echo "Performance figures, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)$([ "$quick" = 1 ] && echo ', QUICK=1')"
echo
echo "| figure | measured | goal |"
echo "|---|---|---|"
for f in validation import dashboard session first-paint filter-change start-figure; do
  [ -f "$out/$f.log" ] || continue
  grep '^figure: ' "$out/$f.log" | sed 's/^figure: //' | while IFS= read -r line; do
    name="${line%%: *}" # up to the first ": " (a label may hold a colon, as -XX:AOTCache does)
    echo "| $name | ${line#*: } | $(goal "$name") |"
  done
done
