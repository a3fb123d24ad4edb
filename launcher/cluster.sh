#!/usr/bin/env bash
# Runs the product as a cluster on this machine: the run command as the first instance (with the embedded
# PostgreSQL, the demo accounts and the demo data), further instances on that same database, all in one Payara data
# grid on the loopback (which replicates the web sessions), and HAProxy in front on PORT. Ctrl-C stops everything.
#
#   launcher/cluster.sh [instances]      (default 2; needs haproxy: apt-get install haproxy)
#
# Reads PORT (the balancer's, default 8080; instance n listens on PORT+n), REGIE_HOME, REGIE_DB_PORT and
# REGIE_CLUSTER (the data grid's name, default regie-cluster), as the run command does.
set -euo pipefail
cd "$(dirname "$0")/.."

instances=${1:-2}
port=${PORT:-8080}
home=${REGIE_HOME:-$HOME/.regie}
db_port=${REGIE_DB_PORT:-54329}
export REGIE_CLUSTER=${REGIE_CLUSTER:-regie-cluster}
# Links in mails lead to the balancer, never to one instance.
export REGIE_BASE_URL=${REGIE_BASE_URL:-http://localhost:$port/}
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy" ] || { echo "[cluster] haproxy is not installed (Debian/Ubuntu: apt-get install haproxy)"; exit 1; }

pids=()
stop() {
    trap - EXIT INT TERM
    echo "[cluster] stopping"
    # The first instance last: its run command also stops the database the others use.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill -TERM "${pids[$i]}" 2>/dev/null || true
        wait "${pids[$i]}" 2>/dev/null || true
    done
}
trap stop EXIT INT TERM

await_ready() { # log file
    for _ in $(seq 1 300); do
        grep -q "ready: " "$1" 2>/dev/null && return 0
        if grep -q "did not start" "$1" 2>/dev/null; then cat "$1"; exit 1; fi
        sleep 1
    done
    cat "$1"
    exit 1
}

mkdir -p "$home"
log="$home/instance-1.log"
echo "[cluster] instance 1 (the run command: builds, starts PostgreSQL) on port $((port + 1)), output in $log"
PORT=$((port + 1)) REGIE_HOME="$home" REGIE_DB_PORT="$db_port" mvn -q -DskipTests -Prun package >"$log" 2>&1 &
pids+=($!)
await_ready "$log"

audit_key=${PLATFORM_AUDIT_KEY:-$(cat "$home/audit.key")}
classpath="launcher/target/classes:$(cat launcher/target/runtime-classpath.txt)"
for ((n = 2; n <= instances; n++)); do
    log="$home/instance-$n.log"
    echo "[cluster] instance $n on port $((port + n)), output in $log"
    # As the run command's own database user and owner; the same audit key, since all seal one trail.
    PORT=$((port + n)) REGIE_HOME="$home/instance-$n" PLATFORM_AUDIT_KEY="$audit_key" MAIL_MODE=${MAIL_MODE:-log} \
        DB_URL="jdbc:postgresql://localhost:$db_port/postgres" DB_USER=regie_app DB_PASSWORD=regie_app \
        DB_OWNER_USER=postgres DB_OWNER_PASSWORD=postgres \
        java -Dregie.war=web/target/regie.war -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" \
        nl.arbeidsmigratie.regie.launcher.Launcher >"$log" 2>&1 &
    pids+=($!)
    await_ready "$log"
done

# Sticky by a cookie naming the instance; when that instance is gone, the next request goes to another, where the
# session is found in the data grid.
config="$home/haproxy.cfg"
{
    printf 'global\n    maxconn 1000\ndefaults\n    mode http\n    timeout connect 1s\n    timeout client 60s\n'
    printf '    timeout server 60s\n    retries 3\n    option redispatch 1\n'
    printf 'frontend regie\n    bind 127.0.0.1:%d\n    default_backend payara\n' "$port"
    printf 'backend payara\n    balance roundrobin\n    cookie REGIE_INSTANCE insert indirect nocache httponly\n'
    for ((n = 1; n <= instances; n++)); do
        printf '    server i%d 127.0.0.1:%d check inter 1s fall 1 rise 2 cookie i%d\n' "$n" $((port + n)) "$n"
    done
} >"$config"
"$haproxy" -db -f "$config" &
pids+=($!)
echo "[cluster] ready: http://localhost:$port/  ($instances instances behind HAProxy; Ctrl-C stops them all)"
wait -n "${pids[@]}"
