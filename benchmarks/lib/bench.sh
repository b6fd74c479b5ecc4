# Shared by Parley's benchmark scripts (register-rate.sh, call-rate.sh): machine facts, a packaged Parley on
# Payara Micro with a PostgreSQL database of its own, extensions through the REST API, CPU and GC accounting.
# Sourced by a script that has set ROOT, OUT, JAVA, MICRO_JAR, SERVER_JAVA_OPTS, DOMAIN, READY_TIMEOUT,
# QUIET_LOAD, QUIET_MAX_SECONDS, BUILD, GIT_REV and the files it needs in BENCH_FILES.

CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Checks the tools, opens the results directory (everything printed is also logged there), builds if asked and
# finds the RAR, WAR and postboot file (RAR, WAR, POSTBOOT, SOURCE, REV_ID).
bench_init() {
    for tool in awk curl sipp psql createdb dropdb ss "$JAVA" jcmd; do
        command -v "$tool" >/dev/null || die "$tool not found (see the header of $0 for what this needs)"
    done

    OUT=${OUT:-$ROOT/benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)}
    mkdir -p "$OUT"
    OUT=$(cd "$OUT" && pwd)
    exec > >(tee -a "$OUT/run.log") 2> >(tee -a "$OUT/run.log" >&2)

    SOURCE=$ROOT
    if [[ -n $GIT_REV ]]; then
        SOURCE=$OUT/src
        REV_ID=$(git -C "$ROOT" rev-parse --short "$GIT_REV^{commit}") || die "no commit $GIT_REV"
        log "building commit $REV_ID in $SOURCE (mvn package, nothing installed)"
        rm -rf "$SOURCE" && mkdir -p "$SOURCE"
        git -C "$ROOT" archive "$REV_ID" | tar -x -C "$SOURCE"
        echo "$REV_ID" >"$SOURCE/.benchmarked-commit"
        (cd "$ROOT" && mvn -q -f "$SOURCE/pom.xml" -s "$ROOT/.mvn/settings.xml" -DskipTests package \
            -pl sip-connector/rar,web -am) >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; die "build of $REV_ID failed"; }
    elif [[ $BUILD == 1 ]]; then
        log "building (mvn -DskipTests install)"
        mvn -q -DskipTests install
    fi
    RAR=${PARLEY_RAR:-$SOURCE/sip-connector/rar/target/parley-sip.rar}
    WAR=${PARLEY_WAR:-$SOURCE/web/target/parley.war}
    POSTBOOT=${PARLEY_POSTBOOT:-$SOURCE/web/src/main/payara/postboot.asadmin}
    for f in "$RAR" "$WAR" "$POSTBOOT" "$MICRO_JAR"; do
        [[ -f $f ]] || die "$f missing: run 'mvn -DskipTests install' from the repository root (or pass --build or --git)"
    done
    for f in "${BENCH_FILES[@]}"; do
        [[ -f $f ]] || die "$f missing"
    done
}


# A port free for both TCP and UDP on 127.0.0.1.
free_port() {
    local p i
    for i in $(seq 1 200); do
        p=$((20000 + RANDOM % 40000))
        if [[ -z $(ss -Htuan "( sport = :$p )" 2>/dev/null) ]]; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# utime+stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat, counted after the ")").
proc_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# "busy total" jiffies of the whole machine.
machine_ticks() {
    awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; total = busy + $5 + $6; print busy, total; exit }' /proc/stat
}

# "pid ticks" lines for every PostgreSQL process (the whole cluster).
postgres_ticks() {
    local pid
    for pid in $(pgrep -x postgres || true); do
        printf '%s %s\n' "$pid" "$(proc_ticks "$pid")"
    done
}

now() { date +%s.%N; }

# "tid ticks name" for every thread of a process (the name is the stat file's "(comm)" field).
thread_ticks() {
    awk '{
        l = index($0, "("); r = match($0, /\) [A-Za-z] /)
        name = substr($0, l + 1, r - l - 1); gsub(/ /, "_", name)
        rest = substr($0, r + 2); split(rest, f, " ")
        print $1, f[12] + f[13], name
    }' /proc/"$1"/task/*/stat 2>/dev/null || true
}

# CPU of the server's threads over a window, by thread name with numbers folded (GC_Thread#0, GC_Thread#1 → GC_Thread#N).
thread_cpu() { # before after seconds
    awk -v secs="$3" -v tck="$CLK_TCK" '
        NR == FNR { a[$1] = $2; next }
        {
            d = $2 - (($1 in a) ? a[$1] : 0); if (d <= 0) next
            g = $3; gsub(/[0-9]+/, "N", g); c[g] += d; t += d
        }
        END {
            printf "%% of one core by thread group (total %.0f %%)\n", 100 * t / tck / secs
            for (g in c) printf "%7.1f %%  %s\n", 100 * c[g] / tck / secs, g | "sort -rn"
        }' "$1" "$2"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

other_jvms() {
    # other Payara/Maven JVMs than the ones this script started
    pgrep -af 'payara|maven' | grep -v -e "^$$ " -e "$(basename "$0")" | grep java || true
}

wait_for_quiet_machine() {
    local start=$SECONDS
    log "waiting (at most $((QUIET_MAX_SECONDS / 60)) min) for a quiet machine: 1-min load < $QUIET_LOAD, no other Payara/Maven JVM"
    while ((SECONDS - start < QUIET_MAX_SECONDS)); do
        local load others
        load=$(load1)
        others=$(other_jvms | wc -l)
        if awk -v l="$load" -v q="$QUIET_LOAD" 'BEGIN { exit !(l < q) }' && ((others == 0)); then
            log "machine quiet after $((SECONDS - start)) s (load $load)"
            echo "quiet after $((SECONDS - start)) s, load $load" >"$OUT/quiet.txt"
            return 0
        fi
        sleep 10
    done
    log "WARNING: the machine did not become quiet within $((QUIET_MAX_SECONDS / 60)) min (load $(load1), $(other_jvms | wc -l) other JVMs); measuring under load"
    { echo "NOT QUIET: measured under load (load $(load1))"; other_jvms; } >"$OUT/quiet.txt"
}

SERVER_PID=
DB_NAME=
cleanup() { # [status]
    local rc=${1:-$?}   # the status to exit with: the argument, or the status the script was ending with
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping the server (pid $SERVER_PID)"
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ -n $DB_NAME ]]; then
        dropdb -h 127.0.0.1 -U postgres --if-exists "$DB_NAME" 2>/dev/null || true
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# Writes machine.txt: the machine, the tools and what is benchmarked.
describe_machine() {
    {
        echo "cpus: $NCPU ($(lscpu | awk -F: '/^Model name/ { gsub(/^ +/, "", $2); print $2; exit }'))"
        echo "memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
        echo "kernel: $(uname -sr)"
        echo "jdk: $("$JAVA" -version 2>&1 | head -n 2 | tail -n 1)"
        echo "sipp: $(sipp -v 2>&1 | awk '/SIPp v/ { print $1, $2; exit }')"
        echo "postgresql: $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null)"
        echo "load before: $(cat /proc/loadavg)"
        echo "server jvm options: $SERVER_JAVA_OPTS"
        if [[ -n $GIT_REV ]]; then
            echo "benchmarked: commit $REV_ID (built from git archive)"
        else
            echo "benchmarked: working tree at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- . ':!benchmarks' 2>/dev/null || echo ' with uncommitted changes')"
        fi
        echo "postboot: $POSTBOOT"
    } >"$OUT/machine.txt"
    log "machine: $(paste -sd';' "$OUT/machine.txt")"
}

# Starts Parley on free ports with a database of its own (SERVER_PID, BASE, SIP_PORT, HTTP_PORT, ADMIN_PASSWORD,
# SERVER_DIR, READY_LOG_LINES) and waits until it is ready with its SIP connector.
start_parley() {
    # Deploy copies, so a build in the tree during the run cannot change what is measured.
    SERVER_DIR=$OUT/server
    mkdir -p "$SERVER_DIR/deploy"
    cp "$RAR" "$WAR" "$SERVER_DIR/deploy/"
    RAR=$SERVER_DIR/deploy/$(basename "$RAR")
    WAR=$SERVER_DIR/deploy/$(basename "$WAR")
    sha256sum "$RAR" "$WAR" | sed "s|$SERVER_DIR/deploy/||" >>"$OUT/machine.txt"

    DB_NAME=parley_bench_$$
    createdb -h 127.0.0.1 -U postgres "$DB_NAME"
    HTTP_PORT=$(free_port)
    SIP_PORT=$(free_port)
    while [[ $SIP_PORT == "$HTTP_PORT" ]]; do SIP_PORT=$(free_port); done
    ADMIN_PASSWORD=bench-$RANDOM$RANDOM$RANDOM
    BASE=http://127.0.0.1:$HTTP_PORT

    log "starting Parley: HTTP $HTTP_PORT, SIP udp/tcp $SIP_PORT, database $DB_NAME, JVM $SERVER_JAVA_OPTS"
    # shellcheck disable=SC2086 # the JVM options are words
    env PARLEY_SIP_HOST=127.0.0.1 PARLEY_SIP_PORT="$SIP_PORT" PARLEY_HTTP_PORT="$HTTP_PORT" \
        PARLEY_DOMAIN=$DOMAIN PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" PARLEY_DB_USER=postgres \
        PARLEY_DATA_DIR="$SERVER_DIR/data" PARLEY_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        PARLEY_SIP_DIGEST_ALGORITHMS=MD5,SHA-256 \
        "$JAVA" $SERVER_JAVA_OPTS "-Xlog:gc:file=$SERVER_DIR/gc.log:timemillis" -jar "$MICRO_JAR" --nocluster --port "$HTTP_PORT" \
        --rootdir "$SERVER_DIR/payara" --postbootcommandfile "$POSTBOOT" --deploy "$RAR" --deploy "$WAR" \
        >"$SERVER_DIR/server.log" 2>&1 &
    SERVER_PID=$!

    start=$SECONDS
    until curl -s -m 5 "$BASE/health/ready" 2>/dev/null | grep -q '"name":"sip"' \
            && [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 40 "$SERVER_DIR/server.log" >&2; die "the server exited while starting"; }
        ((SECONDS - start < READY_TIMEOUT)) || { tail -n 40 "$SERVER_DIR/server.log" >&2; die "not ready within $READY_TIMEOUT s"; }
        sleep 1
    done
    log "ready after $((SECONDS - start)) s"
    READY_LOG_LINES=$(wc -l <"$SERVER_DIR/server.log")
}

# Creates extensions FIRST … FIRST+COUNT-1 through the REST API, SIP password pw-<number>-bench.
create_extensions() { # first count
    local first=$1 count=$2 i ext created
    log "creating $count extensions"
    {
        for ((i = 0; i < count; i++)); do
            ext=$((first + i))
            printf 'url = "%s/api/extensions"\n' "$BASE"
            printf 'data = "{\\"number\\":\\"%s\\",\\"displayName\\":\\"Bench %s\\",\\"sipPassword\\":\\"pw-%s-bench\\"}"\n' "$ext" "$ext" "$ext"
            printf 'output = "/dev/null"\n'
            printf 'user = "admin:%s"\n' "$ADMIN_PASSWORD"
            printf 'header = "Content-Type: application/json"\n'
            printf 'write-out = "%%{http_code}\\n"\n'
            ((i + 1 < count)) && printf 'next\n'
        done
    } >"$OUT/extensions.curl"
    created=$(curl -s --no-progress-meter --parallel --parallel-max 4 -K "$OUT/extensions.curl" | grep -c '^201$' || true)
    ((created == count)) || die "only $created of $count extensions created"
    log "$created extensions created"
}

# IDLE_CPU: the idle server's CPU in % of one core over 15 s.
measure_idle_cpu() {
    # CPU of the idle server (its schedules: binding write-behind every 50 ms, expiry sweep every second, Payara's own)
    sleep 5
    i0=$(proc_ticks "$SERVER_PID"); it0=$(now)
    sleep 15
    i1=$(proc_ticks "$SERVER_PID"); it1=$(now)
    IDLE_CPU=$(awk -v a="$i0" -v b="$i1" -v t0="$it0" -v t1="$it1" -v tck="$CLK_TCK" 'BEGIN { printf "%.1f", 100 * (b - a) / tck / (t1 - t0) }')
    log "idle server CPU: $IDLE_CPU % of one core"
}

# Collector pauses since BEGIN (epoch seconds): "count total-ms longest-ms".
gc_pauses() { # begin
    awk -v a="$(awk -v b="$1" 'BEGIN { printf "%.0f", b * 1000 }')" -v b="$(date +%s%3N)" '
        /Pause/ { t = $1; gsub(/[^0-9]/, "", t); if (t + 0 < a || t + 0 > b) next
                  ms = $NF; sub(/ms$/, "", ms); n++; sum += ms; if (ms > mx) mx = ms }
        END { printf "%d %.0f %.0f", n, sum, mx }' "$SERVER_DIR/gc.log" 2>/dev/null || echo "0 0 0"
}

# After a run: heap, resident memory, warnings and errors the server logged after it was ready.
server_aftermath() {
    jcmd "$SERVER_PID" GC.heap_info >"$OUT/heap-after.txt" 2>&1 || true
    grep -E '^(VmRSS|VmHWM)' "/proc/$SERVER_PID/status" >"$OUT/rss-after.txt" || true
    tail -n +$((READY_LOG_LINES + 1)) "$SERVER_DIR/server.log" | grep -E 'WARNING|SEVERE' >"$OUT/server-warnings.txt" || true
}
