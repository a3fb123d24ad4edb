#!/usr/bin/env bash
# Proof that the run command stops what it started, every time (issue 7). Starts the README's run command
# again and again beside CPU-bound processes (the stop used to be a race that load made likely), and in each
# cycle: waits for the ready line, checks HTTP 200 on the login page, stops the run command with SIGTERM,
# waits for it to exit and then fails if anything still answers on the ports or any process whose command
# line holds REGIE_HOME survived (the checks of .ci/run's smoke test, made at once and again 2 s later).
# Slow (about a minute per cycle) and therefore not part of `mvn verify`.
#
#   launcher/stop-cycles.sh [cycles]        default 20 cycles
#   PORT, REGIE_DB_PORT, REGIE_HOME         defaults 18181, 54391 and a new temporary directory
#   BURNERS                                 CPU-bound processes beside it, default 1
set -euo pipefail
cd "$(dirname "$0")/.."

cycles=${1:-20}
port=${PORT:-18181}
db_port=${REGIE_DB_PORT:-54391}
home=${REGIE_HOME:-$(mktemp -d /tmp/regie-stop-cycles.XXXXXX)}
burner_count=${BURNERS:-1}
mkdir -p "$home"
url="http://localhost:$port/login.xhtml"

answers() { curl -s -o /dev/null --max-time 5 "$url"; }
db_listens() { (exec 3<>"/dev/tcp/127.0.0.1/$db_port") 2>/dev/null; }
survivors() { pgrep -f -- "$home" || true; }

if answers || db_listens || [ -n "$(survivors)" ]; then
    echo "stop-cycles: port $port or $db_port is in use, or processes of $home already run; stop them first" >&2
    exit 2
fi

runner=""
burners=()
cleanup() {
    [ ${#burners[@]} -gt 0 ] && kill "${burners[@]}" 2>/dev/null || true
    if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
        kill -TERM "$runner" 2>/dev/null || true
        sleep 10
    fi
    # Whatever is left was started by this script: its command line holds this script's own REGIE_HOME.
    local left
    left=$(survivors)
    [ -n "$left" ] && kill -KILL $left 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "stop-cycles: cycle $1 FAILED: $2"
    echo "--- last lines of the run command's output ($log)"
    tail -n 40 "$log" || true
    echo "--- processes whose command line holds $home"
    pgrep -af -- "$home" || echo "(none)"
    echo "--- listening on $port"
    ss -ltnp "sport = :$port" 2>/dev/null || true
    exit 1
}

# Clean checks of one cycle, made right after the run command exited and again 2 s later.
assert_clean() {
    local cycle=$1 when=$2
    if answers; then
        fail "$cycle" "the application still answers on port $port $when"
    fi
    if db_listens; then
        fail "$cycle" "something still listens on the database port $db_port $when"
    fi
    if [ -n "$(survivors)" ]; then
        fail "$cycle" "processes of the run command survived it $when"
    fi
}

for _ in $(seq 1 "$burner_count"); do
    (while :; do :; done) &
    burners+=($!)
done
echo "stop-cycles: $cycles cycles on port $port (database $db_port), REGIE_HOME=$home, $burner_count CPU burner(s)"

for cycle in $(seq 1 "$cycles"); do
    log="$home/cycle-$cycle.log"
    started=$SECONDS
    : >"$log"
    REGIE_HOME="$home" PORT="$port" REGIE_DB_PORT="$db_port" mvn -q -DskipTests -Prun package >"$log" 2>&1 &
    runner=$!
    ready=""
    for _ in $(seq 1 300); do
        if grep -q "ready: http://localhost:$port/" "$log"; then ready=yes; break; fi
        kill -0 "$runner" 2>/dev/null || break
        sleep 2
    done
    [ -n "$ready" ] || fail "$cycle" "no ready line"
    ready_after=$((SECONDS - started))
    status=$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$url" || true)
    [ "$status" = 200 ] || fail "$cycle" "the login page answered $status instead of 200"

    kill -TERM "$runner"
    stopping=$SECONDS
    for _ in $(seq 1 120); do
        kill -0 "$runner" 2>/dev/null || break
        sleep 1
    done
    kill -0 "$runner" 2>/dev/null && fail "$cycle" "the run command did not exit within 120 s of SIGTERM"
    wait "$runner" || true
    runner=""
    stopped_after=$((SECONDS - stopping))
    assert_clean "$cycle" "right after the run command exited"
    grep -q "stopping Payara Micro" "$log" || fail "$cycle" "no 'stopping Payara Micro' line"
    grep -q "stopping embedded PostgreSQL" "$log" || fail "$cycle" "no 'stopping embedded PostgreSQL' line"
    sleep 2
    assert_clean "$cycle" "2 s after the run command exited"
    echo "stop-cycles: cycle $cycle clean (ready after ${ready_after}s, stopped within ${stopped_after}s)"
done
echo "stop-cycles: all $cycles cycles clean"
