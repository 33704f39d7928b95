#!/usr/bin/env bash
# A whole production-like topology on one machine (docs/deployment.md): a 3-node MariaDB Galera cluster, two
# application instances and HAProxy in front of both (sticky sessions, readiness checks) and of the database nodes.
#
#   scripts/cluster.sh start            everything; prints the addresses
#   scripts/cluster.sh start --db-only  only the Galera nodes and HAProxy's database port (the ClusterBench uses this)
#   scripts/cluster.sh stop             everything it started, by PID file (apps, HAProxy, nodes 3, 2, 1)
#   scripts/cluster.sh status           what runs, the cluster's size and state, HAProxy's view of its servers
#   scripts/cluster.sh node-kill N      SIGKILL database node N (a lost machine); node-stop N stops it cleanly
#   scripts/cluster.sh node-start N     (re)joins node N (IST, or a full state transfer when it is too far behind)
#   scripts/cluster.sh app-kill N / app-start N    the same for application instance N
#   scripts/cluster.sh solo start|stop|kill|restart|status   a plain single MariaDB (no Galera) for the bench's
#                                       "restart the database under use" variant
#
# Needs Debian's mariadb-server and galera-4 (installed with it), rsync (state transfer) and haproxy (installed
# here with apt-get when missing and running as root). Runs as root or as any user (the nodes then run as that user).
# The database nodes accept root without a password on 127.0.0.1 only: a local test bed, not a production setup.
#
# Settings (environment):
#   CLUSTER_DIR        data, logs and PID files (default: target/cluster in the project)
#   CLUSTER_SQL_BASE   node N listens on CLUSTER_SQL_BASE+N-1 (default 3311 → 3311, 3312, 3313)
#   CLUSTER_WSREP_BASE / CLUSTER_IST_BASE / CLUSTER_SST_BASE  Galera ports per node (4571…, 4581…, 4591…)
#   CLUSTER_DB_PORT    HAProxy's database port (default 3310): one writer node, the others as backups
#   CLUSTER_HTTP_PORT  HAProxy's web port (default 8110); CLUSTER_APP_PORTS "8111 8112"; CLUSTER_STATS_PORT 8119
#   CLUSTER_DB_NAME    database (default disclosure_desk); CLUSTER_DEMO_DATA true|false (default true)
#   CLUSTER_DB_ROUTE   haproxy (default: both apps through HAProxy's database port) or node (app N to node N first,
#                      the other nodes as driver fail-over: several writing nodes, Galera's multi-primary mode)
#   CLUSTER_APP        auto (default: the production jar if target/disclosure-desk-*.jar exists, else a classpath
#                      run of target/classes), jar, classpath
#   CLUSTER_SST        rsync (default) or mariabackup (needs the mariadb-backup package)
#   CLUSTER_SOLO_PORT  the single MariaDB's port (default 3319)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
NODES=3
SQL_BASE="${CLUSTER_SQL_BASE:-3311}"
WSREP_BASE="${CLUSTER_WSREP_BASE:-4571}"
IST_BASE="${CLUSTER_IST_BASE:-4581}"
SST_BASE="${CLUSTER_SST_BASE:-4591}"
DB_PORT="${CLUSTER_DB_PORT:-3310}"
HTTP_PORT="${CLUSTER_HTTP_PORT:-8110}"
STATS_PORT="${CLUSTER_STATS_PORT:-8119}"
read -r -a APP_PORTS <<<"${CLUSTER_APP_PORTS:-8111 8112}"
DB_NAME="${CLUSTER_DB_NAME:-disclosure_desk}"
DB_ROUTE="${CLUSTER_DB_ROUTE:-haproxy}"
SST="${CLUSTER_SST:-rsync}"
SOLO_PORT="${CLUSTER_SOLO_PORT:-3319}"
GALERA_LIB="${GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}"
MARIADBD="${MARIADBD:-/usr/sbin/mariadbd}"

log() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[cluster] %s\n' "$*" >&2; exit 1; }

sql_port() { echo $((SQL_BASE + $1 - 1)); }
node_dir() { echo "$DIR/node$1"; }
# As root the nodes run as Debian's mysql user: rsync's state-transfer daemon, started by the joining node, would
# otherwise drop to "nobody" and could not write into the node's data dir. Any other user runs them as itself.
run_user() {
  if [ "$(id -u)" = 0 ] && id mysql >/dev/null 2>&1; then echo mysql; else id -un; fi
}
own() { # dir → owned by the nodes' user
  [ "$(id -u)" = 0 ] && chown -R "$(run_user)" "$1"
  return 0
}

alive() { # pid file → running?
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

wait_gone() { # pid, seconds
  local pid="$1" n=$(( $2 * 10 ))
  while kill -0 "$pid" 2>/dev/null && [ $n -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
  ! kill -0 "$pid" 2>/dev/null
}

stop_pid_file() { # pid file, name, seconds before SIGKILL
  local f="$1" name="$2" secs="${3:-60}"
  if alive "$f"; then
    local pid; pid="$(cat "$f")"
    kill -TERM "$pid"
    if ! wait_gone "$pid" "$secs"; then
      log "$name did not stop within ${secs}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid" 10 || true
    fi
    log "$name stopped"
  fi
  rm -f "$f"
}

q() { # node-or-port, sql → first column of the first row
  mariadb -uroot -h127.0.0.1 -P"$1" --protocol=TCP -N -B -e "$2" 2>/dev/null
}

# ---------------------------------------------------------------- Galera nodes
gcomm() {
  local a=() i
  for i in $(seq 1 $NODES); do a+=("127.0.0.1:$((WSREP_BASE + i - 1))"); done
  (IFS=,; echo "gcomm://${a[*]}")
}

write_cnf() { # node
  local n="$1" d; d="$(node_dir "$1")"
  cat >"$d/my.cnf" <<EOF
# written by scripts/cluster.sh — node $n of a local Galera cluster
[mariadbd]
user=$(run_user)
datadir=$d/data
socket=$d/mariadbd.sock
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
performance_schema=OFF
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
# durability comes from the other nodes holding every committed write set (a node that crashes rejoins by IST)
innodb_flush_log_at_trx_commit=2
# Galera's requirements
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=disclosure-desk-local
wsrep_cluster_address=$(gcomm)
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1
wsrep_node_incoming_address=127.0.0.1:$(sql_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((WSREP_BASE + n - 1));ist.recv_addr=127.0.0.1:$((IST_BASE + n - 1));gcache.size=256M"
wsrep_sst_receive_address=127.0.0.1:$((SST_BASE + n - 1))
wsrep_sst_method=$SST
wsrep_slave_threads=2
EOF
}

init_node() { # node
  local d; d="$(node_dir "$1")"
  mkdir -p "$d"
  write_cnf "$1"
  own "$d"
  if [ ! -d "$d/data/mysql" ]; then
    log "node$1: mariadb-install-db into $d/data"
    mariadb-install-db --no-defaults --datadir="$d/data" --user="$(run_user)" --skip-test-db \
      --auth-root-authentication-method=normal >"$d/install.log" 2>&1 || { cat "$d/install.log" >&2; die "install-db failed"; }
  fi
}

node_state() { q "$(sql_port "$1")" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | awk '{print $2}'; }

wait_synced() { # node, seconds
  local n="$1" t=$(( $2 * 2 )) d; d="$(node_dir "$1")"
  while [ $t -gt 0 ]; do
    if [ "$(node_state "$n")" = "Synced" ]; then return 0; fi
    if [ -f "$d/starter.pid" ] && ! kill -0 "$(cat "$d/starter.pid")" 2>/dev/null && ! alive "$d/mariadbd.pid"; then
      tail -30 "$d/error.log" >&2; die "node$n exited while starting (log: $d/error.log)"
    fi
    sleep 0.5; t=$((t - 1))
  done
  tail -30 "$d/error.log" >&2
  die "node$n not Synced after $2 s (log: $d/error.log)"
}

start_node() { # node [--wsrep-new-cluster]
  local n="$1" d; d="$(node_dir "$1")"
  if alive "$d/mariadbd.pid"; then log "node$n already running"; return; fi
  init_node "$n"
  rm -f "$d/mariadbd.pid"
  log "node$n: starting on 127.0.0.1:$(sql_port "$n") ${2:-}"
  setsid "$MARIADBD" --defaults-file="$d/my.cnf" ${2:-} >>"$d/stdout.log" 2>&1 </dev/null &
  echo $! >"$d/starter.pid"
  wait_synced "$n" 600
  # mariadbd writes its own pid file; that is the one stop/kill use
  log "node$n: Synced (cluster size $(q "$(sql_port "$n")" "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}'))"
}

kill_node() { # node, signal
  local d; d="$(node_dir "$1")"
  alive "$d/mariadbd.pid" || { log "node$1 is not running"; return 0; }
  local pid; pid="$(cat "$d/mariadbd.pid")"
  if [ "$2" = KILL ]; then
    kill -KILL "$pid"; wait_gone "$pid" 20 || true; rm -f "$d/mariadbd.pid"; log "node$1 killed (SIGKILL)"
  else
    stop_pid_file "$d/mariadbd.pid" "node$1" 120
  fi
}

# The node to bootstrap a stopped cluster from: the one Galera marked safe (the last to stop), else node 1.
bootstrap_node() {
  local i
  for i in $(seq 1 $NODES); do
    if grep -qs '^safe_to_bootstrap: 1' "$(node_dir "$i")/data/grastate.dat"; then echo "$i"; return; fi
  done
  if [ -f "$(node_dir 1)/data/grastate.dat" ]; then
    log "no node is marked safe_to_bootstrap (the cluster was not stopped cleanly): bootstrapping node1" >&2
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$(node_dir 1)/data/grastate.dat"
  fi
  echo 1
}

start_nodes() {
  local any=0 i
  for i in $(seq 1 $NODES); do alive "$(node_dir "$i")/mariadbd.pid" && any=$i; done
  if [ "$any" = 0 ]; then
    local b; b="$(bootstrap_node)"
    start_node "$b" --wsrep-new-cluster
    # users for the apps and HAProxy's check; replicated to the other nodes by the state transfer
    mariadb --socket="$(node_dir "$b")/mariadbd.sock" -uroot <<'EOF'
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';
EOF
  fi
  for i in $(seq 1 $NODES); do start_node "$i"; done
}

# ---------------------------------------------------------------- HAProxy
ensure_haproxy() {
  command -v haproxy >/dev/null && return
  [ "$(id -u)" = 0 ] || die "haproxy is missing: apt-get install haproxy"
  log "installing haproxy (apt-get)"
  apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq haproxy >/dev/null
}

write_haproxy_cfg() { # with_apps
  local f="$DIR/haproxy.cfg" i
  {
    cat <<EOF
# written by scripts/cluster.sh
global
    maxconn 4000
    stats socket $DIR/haproxy.sock mode 600 level admin

defaults
    timeout connect 3s
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h

listen stats
    mode http
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /

# The database: one writing node at a time, the others as backups (no certification conflicts between nodes).
# mysql-check logs in as haproxy_check (no rights); a node that is down or refuses connections leaves the pool.
listen galera
    mode tcp
    bind 127.0.0.1:$DB_PORT
    option mysql-check user haproxy_check post-41
    default-server inter 1s fall 2 rise 3 on-marked-down shutdown-sessions
EOF
    for i in $(seq 1 $NODES); do
      local backup=""; [ "$i" -gt 1 ] && backup=" backup"
      echo "    server node$i 127.0.0.1:$(sql_port "$i") check$backup"
    done
    if [ "$1" = 1 ]; then
      cat <<EOF

# The application: a user stays on the instance that holds their session (cookie DDAPP); an instance leaves the
# rotation while its readiness probe is not 200 (database unreachable, starting, shutting down), and its users are
# sent to the other one (redispatch), where they sign in again.
frontend web
    mode http
    bind 127.0.0.1:$HTTP_PORT
    option forwardfor
    default_backend apps

backend apps
    mode http
    balance roundrobin
    cookie DDAPP insert indirect nocache httponly
    option redispatch
    retries 2
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
EOF
      for i in "${!APP_PORTS[@]}"; do
        echo "    server app$((i + 1)) 127.0.0.1:${APP_PORTS[$i]} check inter 2s fall 2 rise 2 cookie app$((i + 1))"
      done
    fi
  } >"$f"
}

start_haproxy() { # with_apps
  ensure_haproxy
  write_haproxy_cfg "$1"
  haproxy -c -q -f "$DIR/haproxy.cfg" || die "bad haproxy.cfg"
  if alive "$DIR/haproxy.pid"; then
    log "haproxy: reloading the configuration"
    haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid" -sf "$(cat "$DIR/haproxy.pid")"
  else
    haproxy -D -f "$DIR/haproxy.cfg" -p "$DIR/haproxy.pid"
  fi
  sleep 0.3
  alive "$DIR/haproxy.pid" || die "haproxy did not start"
  log "haproxy: database on 127.0.0.1:$DB_PORT, stats on http://127.0.0.1:$STATS_PORT/$([ "$1" = 1 ] && echo ", app on http://127.0.0.1:$HTTP_PORT/")"
}

# ---------------------------------------------------------------- application instances
java_bin() {
  local j="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME:-}" ] && j=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  echo "$j"
}

app_command() { # → the command line after java, in APP_CMD
  local mode="${CLUSTER_APP:-auto}" jar
  jar="$(ls "$ROOT"/target/disclosure-desk-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)"
  if [ "$mode" = auto ]; then mode=classpath; [ -n "$jar" ] && mode=jar; fi
  if [ "$mode" = jar ]; then
    [ -n "$jar" ] || die "no target/disclosure-desk-*.jar: ./mvnw -Pproduction -DskipTests package"
    APP_KIND="production jar $jar"
    APP_CMD=(-jar "$jar")
  else
    [ -d "$ROOT/target/classes/org" ] || die "no target/classes: ./mvnw compile (or build the jar)"
    if [ ! -f "$DIR/classpath.txt" ] || [ "$ROOT/pom.xml" -nt "$DIR/classpath.txt" ]; then
      log "computing the runtime classpath (mvnw dependency:build-classpath)"
      (cd "$ROOT" && ${CLUSTER_MVN_WRAP:-} ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$DIR/classpath.txt")
    fi
    rm -rf "$DIR/app-classes"; cp -r "$ROOT/target/classes" "$DIR/app-classes"
    APP_KIND="classpath run of target/classes (copied to $DIR/app-classes; development mode of Vaadin)"
    APP_CMD=(-Dspring.devtools.restart.enabled=false -cp "$DIR/app-classes:$(cat "$DIR/classpath.txt")"
      org.disclosuredesk.Application)
  fi
}

app_db_url() { # instance
  if [ "$DB_ROUTE" = node ]; then
    local hosts=("127.0.0.1:$(sql_port "$1")") i
    for i in $(seq 1 $NODES); do [ "$i" != "$1" ] && hosts+=("127.0.0.1:$(sql_port "$i")"); done
    (IFS=,; echo "jdbc:mariadb:sequential://${hosts[*]}/$DB_NAME?createDatabaseIfNotExist=true")
  else
    echo "jdbc:mariadb://127.0.0.1:$DB_PORT/$DB_NAME?createDatabaseIfNotExist=true"
  fi
}

start_app() { # instance
  local n="$1" d="$DIR/app$1" port="${APP_PORTS[$(($1 - 1))]}"
  mkdir -p "$d"
  if alive "$d/app.pid"; then log "app$n already running"; return; fi
  [ -n "${APP_CMD+x}" ] || app_command
  log "app$n: $APP_KIND, port $port, DB_URL $(app_db_url "$n")"
  DB_URL="$(app_db_url "$n")" DB_USER=root DB_PASSWORD= PORT="$port" DEMO_DATA="${CLUSTER_DEMO_DATA:-true}" \
    setsid "$(java_bin)" -Xmx768m -XX:+UseSerialGC "${APP_CMD[@]}" >>"$d/app.log" 2>&1 </dev/null &
  echo $! >"$d/app.pid"
  local t=600
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    alive "$d/app.pid" || { tail -40 "$d/app.log" >&2; die "app$n stopped while starting (log: $d/app.log)"; }
    sleep 0.5; t=$((t - 1)); [ $t -gt 0 ] || die "app$n not ready after 300 s (log: $d/app.log)"
  done
  log "app$n: ready on http://127.0.0.1:$port/"
}

stop_app() { stop_pid_file "$DIR/app$1/app.pid" "app$1" 60; }

# ---------------------------------------------------------------- a plain single MariaDB
solo() {
  local d="$DIR/solo"
  case "${1:-}" in
    start)
      if alive "$d/mariadbd.pid"; then log "solo MariaDB already running on $SOLO_PORT"; return; fi
      mkdir -p "$d"; own "$d"
      cat >"$d/my.cnf" <<EOF
[mariadbd]
user=$(run_user)
datadir=$d/data
socket=$d/mariadbd.sock
pid-file=$d/mariadbd.pid
log-error=$d/error.log
port=$SOLO_PORT
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
max_connections=300
performance_schema=OFF
innodb_buffer_pool_size=128M
EOF
      if [ ! -d "$d/data/mysql" ]; then
        mariadb-install-db --no-defaults --datadir="$d/data" --user="$(run_user)" --skip-test-db \
          --auth-root-authentication-method=normal >"$d/install.log" 2>&1 || { cat "$d/install.log" >&2; die "install-db failed"; }
        local fresh=1
      fi
      own "$d"
      setsid "$MARIADBD" --defaults-file="$d/my.cnf" >>"$d/stdout.log" 2>&1 </dev/null &
      local t=120
      until mariadb-admin --socket="$d/mariadbd.sock" -uroot ping >/dev/null 2>&1; do
        sleep 0.25; t=$((t - 1)); [ $t -gt 0 ] || { tail -20 "$d/error.log" >&2; die "solo MariaDB did not start"; }
      done
      if [ -n "${fresh:-}" ]; then
        mariadb --socket="$d/mariadbd.sock" -uroot -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
          GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"
      fi
      log "solo MariaDB on 127.0.0.1:$SOLO_PORT" ;;
    stop) stop_pid_file "$d/mariadbd.pid" "solo MariaDB" 120 ;;
    kill)
      if alive "$d/mariadbd.pid"; then
        local pid; pid="$(cat "$d/mariadbd.pid")"; kill -KILL "$pid"; wait_gone "$pid" 20 || true
        rm -f "$d/mariadbd.pid"; log "solo MariaDB killed (SIGKILL)"
      fi ;;
    restart) solo stop; solo start ;;
    status) if alive "$d/mariadbd.pid"; then echo "solo MariaDB: running on $SOLO_PORT"; else echo "solo MariaDB: stopped"; fi ;;
    *) die "usage: cluster.sh solo start|stop|kill|restart|status" ;;
  esac
}

# ---------------------------------------------------------------- commands
status() {
  local i
  for i in $(seq 1 $NODES); do
    local p; p="$(sql_port "$i")"
    if alive "$(node_dir "$i")/mariadbd.pid"; then
      printf 'node%s  127.0.0.1:%s  pid %s  %s  cluster size %s\n' "$i" "$p" "$(cat "$(node_dir "$i")/mariadbd.pid")" \
        "$(node_state "$i")" "$(q "$p" "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
    else
      printf 'node%s  127.0.0.1:%s  stopped\n' "$i" "$p"
    fi
  done
  for i in "${!APP_PORTS[@]}"; do
    local n=$((i + 1)) port="${APP_PORTS[$i]}"
    if alive "$DIR/app$n/app.pid"; then
      printf 'app%s   127.0.0.1:%s  pid %s  readiness %s\n' "$n" "$port" "$(cat "$DIR/app$n/app.pid")" \
        "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true)"
    else
      printf 'app%s   127.0.0.1:%s  stopped\n' "$n" "$port"
    fi
  done
  if alive "$DIR/haproxy.pid"; then
    echo "haproxy pid $(cat "$DIR/haproxy.pid"): web 127.0.0.1:$HTTP_PORT, database 127.0.0.1:$DB_PORT, stats 127.0.0.1:$STATS_PORT"
    echo "show stat" | socat - "UNIX-CONNECT:$DIR/haproxy.sock" 2>/dev/null \
      | awk -F, '$2 != "FRONTEND" && $2 != "BACKEND" && NR > 1 && $1 != "stats" && $1 != "" {printf "  %-8s %-6s %s\n", $1, $2, $18}'
  else
    echo "haproxy: stopped"
  fi
  solo status
}

cmd="${1:-}"
mkdir -p "$DIR"
case "$cmd" in
  start)
    with_apps=1; [ "${2:-}" = --db-only ] && with_apps=0
    command -v rsync >/dev/null || die "rsync is needed for Galera's state transfer (apt-get install rsync)"
    [ -f "$GALERA_LIB" ] || die "no Galera library at $GALERA_LIB (apt-get install galera-4)"
    start_nodes
    start_haproxy "$with_apps"
    if [ "$with_apps" = 1 ]; then
      # one after the other: the first runs the migrations (and loads the demo data into an empty database)
      for i in "${!APP_PORTS[@]}"; do start_app $((i + 1)); done
      log "ready: http://127.0.0.1:$HTTP_PORT/ (demo users admin, editor, viewer … password demo)"
    fi ;;
  stop)
    for i in "${!APP_PORTS[@]}"; do stop_app $((i + 1)); done
    stop_pid_file "$DIR/haproxy.pid" haproxy 20
    # the last node to stop is marked safe to bootstrap: node1, so the next start begins there
    for i in $(seq $NODES -1 1); do kill_node "$i" TERM; done
    solo stop ;;
  status) status ;;
  node-kill) kill_node "${2:?node number}" KILL ;;
  node-stop) kill_node "${2:?node number}" TERM ;;
  node-start) start_node "${2:?node number}" ;;
  app-kill)
    f="$DIR/app${2:?instance number}/app.pid"
    if alive "$f"; then kill -KILL "$(cat "$f")"; rm -f "$f"; log "app$2 killed (SIGKILL)"; fi ;;
  app-stop) stop_app "${2:?instance number}" ;;
  app-start) start_app "${2:?instance number}" ;;
  solo) solo "${2:-}" ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
