#!/usr/bin/env bash
# Start a throwaway Neo4j 5.26 test server (Bolt on 127.0.0.1, auth on, OpenGDS + APOC if available).
#
#   .ci/neo4j/start.sh [ENV_FILE]        # default ENV_FILE: .ci/neo4j/.env (next to this script)
#   source .ci/neo4j/.env                # NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD NEO4J_PID NEO4J_RUN_DIR
#   .ci/neo4j/stop.sh [ENV_FILE]
#
# Needs only Java 17+ and Maven (Maven Central). Jars are cached in
# ${NEO4J_CACHE_DIR:-${XDG_CACHE_HOME:-~/.cache}/talentgraph-neo4j}/<neo4j version>-<pom hash>/.
# Knobs (environment): NEO4J_PLUGINS=auto|none (auto: use GDS/APOC when they fetch and start; none:
# never), NEO4J_PORT (default 0 = any free port), NEO4J_HEAP (4g), NEO4J_PAGECACHE (512m),
# NEO4J_START_TIMEOUT (seconds, 240), MVN (maven command, default mvn).
# Idempotent: if the env file points at a live server it is left running and nothing happens.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENV_FILE="${1:-$HERE/.env}"
PLUGINS_MODE="${NEO4J_PLUGINS:-auto}"
PORT="${NEO4J_PORT:-0}"
# Heap 4g: a write_graph call is one transaction, and its state lives on the heap; the
# 10^4-people graph (~400k nodes+relationships) overran the transaction memory limit
# (70% of the heap: 1.4 GiB with 2g) and loads with 4g.  -Xms stays small, so the heap
# only grows when a load needs it.  Page cache 512m holds that graph's store files.
HEAP="${NEO4J_HEAP:-4g}"
PAGECACHE="${NEO4J_PAGECACHE:-512m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-240}"
MVN="${MVN:-mvn}"

log() { echo "[neo4j-start] $*" >&2; }
fail() { echo "[neo4j-start] ERROR: $*" >&2; exit 1; }

envval() { sed -n "s/^export $1=//p" "$2" 2>/dev/null | tail -n 1; }
is_our_server() { # pid -> 0 if it is alive and is a Server.java launched by this script
    local pid="$1"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qE 'Server(\.java)? --run-dir'
}

# ---------------------------------------------------------------- already running?
if [[ -f "$ENV_FILE" ]]; then
    old_pid="$(envval NEO4J_PID "$ENV_FILE")"
    if is_our_server "$old_pid"; then
        log "already running (pid $old_pid, $(envval NEO4J_URI "$ENV_FILE")); env file: $ENV_FILE"
        exit 0
    fi
    log "stale env file $ENV_FILE (pid ${old_pid:-?} not running); cleaning up"
    "$HERE/stop.sh" "$ENV_FILE" >/dev/null 2>&1 || true
fi

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || fail "java not found (need a JDK/JRE 17+ on PATH)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)"
[[ "${java_major:-0}" =~ ^[0-9]+$ && "$java_major" -ge 17 ]] || fail "need Java 17+, found '${java_major:-unknown}'"
[[ "$PLUGINS_MODE" == auto || "$PLUGINS_MODE" == none ]] || fail "NEO4J_PLUGINS must be auto or none"

# ---------------------------------------------------------------- fetch jars (cached)
neo4j_version="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$HERE/pom.xml")"
pom_hash="$(sha256sum "$HERE/pom.xml" | cut -c1-10)"
CACHE="${NEO4J_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/talentgraph-neo4j}/${neo4j_version}-${pom_hash}"
LIB="$CACHE/lib"

fetch() { # $1 = extra maven flags; fills $LIB atomically
    local tmp="$CACHE/lib.tmp.$$"
    rm -rf "$tmp"
    # shellcheck disable=SC2086
    if "$MVN" -q -B -Dstyle.color=never -f "$HERE/pom.xml" $1 \
        -Dmaven.wagon.http.retryHandler.count=3 \
        org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
        -DincludeScope=runtime -Dmdep.prependGroupId=true -DoutputDirectory="$tmp" >"$CACHE/fetch.log" 2>&1
    then
        rm -rf "$LIB"
        mv -T "$tmp" "$LIB" 2>/dev/null || rm -rf "$tmp" # lost a race with a concurrent fetch: fine
        return 0
    fi
    rm -rf "$tmp"
    return 1
}

mkdir -p "$CACHE"
if [[ -f "$LIB/.complete" ]]; then
    log "using cached jars in $LIB"
else
    command -v "$MVN" >/dev/null || fail "maven ('$MVN') not found and no cached jars in $LIB"
    log "fetching Neo4j $neo4j_version harness + plugins from Maven Central into $LIB (first run: a few minutes)"
    t0=$SECONDS
    if fetch ""; then
        touch "$LIB/.complete"
    else
        log "WARNING: full fetch failed, see $CACHE/fetch.log:"; tail -n 15 "$CACHE/fetch.log" >&2 || true
        got=""
        for flags in "-DnoApoc" "-DnoGds" "-DnoGds -DnoApoc"; do
            log "retrying fetch with $flags"
            if fetch "$flags"; then got="$flags"; break; fi
        done
        [[ -n "$got" ]] || { tail -n 30 "$CACHE/fetch.log" >&2 || true; fail "could not fetch the Neo4j harness with Maven (log: $CACHE/fetch.log)"; }
        log "WARNING: fetched with $got only; not marked complete, the next run retries the full set"
    fi
    log "fetch took $((SECONDS - t0))s"
fi

# Plugin jars (GDS, APOC) go to the classpath AND to plugin_dir: GDS registers a kernel extension
# through ServiceLoader (classpath), procedures are only discovered in plugin_dir.
shopt -s nullglob
# Only the jars that declare procedures/functions go to plugin_dir (Neo4j loads every class of every
# plugin jar at startup); the rest of GDS is reachable through the classpath.
plugin_jars=("$LIB"/org.neo4j.gds.*proc-*.jar "$LIB"/org.neo4j.procedure.apoc-*.jar)
core_cp=""
for j in "$LIB"/*.jar; do
    case "$(basename "$j")" in org.neo4j.gds.*|org.neo4j.procedure.*) continue ;; esac
    core_cp+="${core_cp:+:}$j"
done
shopt -u nullglob
[[ -n "$core_cp" ]] || fail "no jars in $LIB"

# ---------------------------------------------------------------- launch
PASSWORD="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 || true)"
[[ ${#PASSWORD} -eq 32 ]] || fail "could not generate a password"

JVM_FLAGS=(
    -Xms512m "-Xmx$HEAP" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
    -Dio.netty.tryReflectionSetAccessible=true -Dfile.encoding=UTF-8
)

# Compile Server.java once per content (saves several CPU-seconds per start); without javac (JRE
# only) fall back to java's single-file source launcher.
MAIN=("$HERE/Server.java")
CLASSES=""
if command -v javac >/dev/null; then
    CLASSES="$CACHE/classes-$(sha256sum "$HERE/Server.java" | cut -c1-10)"
    if [[ ! -f "$CLASSES/Server.class" ]]; then
        rm -rf "$CLASSES.tmp.$$" && mkdir -p "$CLASSES.tmp.$$"
        if javac -nowarn -cp "$core_cp" -d "$CLASSES.tmp.$$" "$HERE/Server.java" >"$CACHE/javac.log" 2>&1; then
            mv -T "$CLASSES.tmp.$$" "$CLASSES" 2>/dev/null || rm -rf "$CLASSES.tmp.$$"
        else
            log "WARNING: javac failed (see $CACHE/javac.log); using the source launcher"
            rm -rf "$CLASSES.tmp.$$"
        fi
    fi
    [[ -f "$CLASSES/Server.class" ]] && MAIN=(Server) || CLASSES=""
fi

RUN_DIR=""
PID=""
launch() { # $1 = with_plugins|without_plugins ; sets RUN_DIR PID, returns 0 when ready
    local cp plugins_arg=() deadline
    RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/talentgraph-neo4j.XXXXXX")"
    if [[ "$1" == with_plugins ]]; then
        mkdir "$RUN_DIR/plugins"
        for j in "${plugin_jars[@]}"; do ln -s "$j" "$RUN_DIR/plugins/"; done
        cp="$LIB/*"; plugins_arg=(--plugins "$RUN_DIR/plugins")
    else
        cp="$core_cp"
    fi
    [[ -n "$CLASSES" ]] && cp="$CLASSES:$cp"
    (cd "$RUN_DIR" && NEO4J_PASSWORD="$PASSWORD" exec nohup java "${JVM_FLAGS[@]}" -cp "$cp" \
        "${MAIN[@]}" --run-dir "$RUN_DIR" --port "$PORT" --pagecache "$PAGECACHE" "${plugins_arg[@]}" \
        </dev/null >"$RUN_DIR/server.log" 2>&1) &
    PID=$!
    deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        grep -q '^NEO4J_READY ' "$RUN_DIR/server.log" 2>/dev/null && return 0
        kill -0 "$PID" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$PID" 2>/dev/null; then
        log "server not ready after ${TIMEOUT}s"
    else
        log "server process exited before becoming ready"
    fi
    log "---- last lines of $RUN_DIR/server.log ----"
    tail -n 40 "$RUN_DIR/server.log" >&2 || true
    local dbg; dbg="$(find "$RUN_DIR/home" -name debug.log 2>/dev/null | head -n 1)"
    if [[ -n "$dbg" ]]; then
        log "---- ERRORs in $dbg ----"; grep -E ' ERROR ' "$dbg" | tail -n 20 >&2 || true
    fi
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$PID" 2>/dev/null || true
    return 1
}

t0=$SECONDS
if [[ "$PLUGINS_MODE" == auto && ${#plugin_jars[@]} -gt 0 ]]; then
    if ! launch with_plugins; then
        failed_dir="$RUN_DIR"
        log "WARNING: start with GDS/APOC failed; retrying without plugins"
        launch without_plugins || fail "Neo4j failed to start, with and without plugins (logs kept in $failed_dir and $RUN_DIR)"
        cp "$failed_dir/server.log" "$RUN_DIR/server-with-plugins.failed.log" 2>/dev/null || true
        rm -rf -- "$failed_dir"
        log "WARNING: running WITHOUT GDS/APOC; failed attempt's log: $RUN_DIR/server-with-plugins.failed.log"
    fi
else
    launch without_plugins || fail "Neo4j failed to start (log kept in $RUN_DIR)"
fi

ready="$(grep -m1 '^NEO4J_READY ' "$RUN_DIR/server.log")"
uri="$(awk '{print $2}' <<<"$ready")"
port="${uri##*:}"
# Double-check that Bolt really accepts TCP connections.
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { kill -TERM "$PID" 2>/dev/null || true; fail "ready line seen but port $port is not accepting connections"; }

mkdir -p "$(dirname "$ENV_FILE")"
(
    umask 077
    cat >"$ENV_FILE" <<EOF
export NEO4J_URI=$uri
export NEO4J_USERNAME=neo4j
export NEO4J_PASSWORD=$PASSWORD
export NEO4J_PID=$PID
export NEO4J_RUN_DIR=$RUN_DIR
EOF
)
log "ready in $((SECONDS - t0))s: $ready"
log "pid $PID, log $RUN_DIR/server.log; env file: $ENV_FILE (source it)"
