#!/usr/bin/env bash
# Stop the test server started by start.sh and delete its temporary data.
#   .ci/neo4j/stop.sh [ENV_FILE]          # default ENV_FILE: .ci/neo4j/.env (next to this script)
# Safe to call when nothing runs. Env knob: NEO4J_STOP_TIMEOUT (seconds before SIGKILL, default 60).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENV_FILE="${1:-$HERE/.env}"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

log() { echo "[neo4j-stop] $*" >&2; }
envval() { sed -n "s/^export $1=//p" "$2" 2>/dev/null | tail -n 1; }
is_our_server() {
    local pid="$1"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE 'Server(\.java)? --run-dir'
}

if [[ ! -f "$ENV_FILE" ]]; then
    log "nothing to stop (no $ENV_FILE)"
    exit 0
fi

pid="$(envval NEO4J_PID "$ENV_FILE")"
run_dir="$(envval NEO4J_RUN_DIR "$ENV_FILE")"

if is_our_server "$pid"; then
    log "stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after ${TIMEOUT}s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
    kill -0 "$pid" 2>/dev/null && { log "ERROR: pid $pid did not exit"; exit 1; }
    log "stopped"
else
    log "server pid ${pid:-?} is not running"
fi

# Only ever delete a directory start.sh created.
if [[ -n "$run_dir" && -d "$run_dir" && "$(basename "$run_dir")" == talentgraph-neo4j.* ]]; then
    rm -rf -- "$run_dir"
    log "removed $run_dir"
fi
rm -f -- "$ENV_FILE"
