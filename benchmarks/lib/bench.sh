# Shared by Parley's benchmark scripts (register-rate.sh, call-rate.sh, queue-rate.sh): machine facts, a packaged
# Parley on Payara Micro with a PostgreSQL database of its own, extensions through the REST API, registered SIPp
# phones, CPU and GC accounting, histograms read from /metrics.
# Sourced by a script that has set ROOT, OUT, JAVA, MICRO_JAR, SERVER_JAVA_OPTS, DOMAIN, READY_TIMEOUT,
# QUIET_LOAD, QUIET_MAX_SECONDS, BUILD, GIT_REV and the files it needs in BENCH_FILES.

CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Checks the tools, opens the results directory (everything printed is also logged there), builds if asked and
# finds the RAR, WAR and pre- and postboot files (RAR, WAR, PREBOOT, POSTBOOT, SOURCE, REV_ID).
bench_init() {
    target_kind >/dev/null
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
        local modules=sip-connector/rar,web
        [[ -d $SOURCE/http-gate ]] && modules+=,http-gate # older revisions have no starting gate
        (cd "$ROOT" && mvn -q -f "$SOURCE/pom.xml" -s "$ROOT/.mvn/settings.xml" -DskipTests package \
            -pl "$modules" -am) >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; die "build of $REV_ID failed"; }
    elif [[ $BUILD == 1 ]]; then
        log "building (mvn -DskipTests install)"
        mvn -q -DskipTests install
    fi
    RAR=${PARLEY_RAR:-$SOURCE/sip-connector/rar/target/parley-sip.rar}
    WAR=${PARLEY_WAR:-$SOURCE/web/target/parley.war}
    POSTBOOT=${PARLEY_POSTBOOT:-$SOURCE/web/src/main/payara/postboot.asadmin}
    PREBOOT=${PARLEY_PREBOOT:-$SOURCE/web/src/main/payara/preboot.asadmin}
    POSTDEPLOY=${PARLEY_POSTDEPLOY:-$SOURCE/web/src/main/payara/postdeploy.asadmin}
    HTTP_GATE=${PARLEY_HTTP_GATE:-$SOURCE/http-gate/target/parley-http-gate.jar}
    for f in "$RAR" "$WAR" "$POSTBOOT" "$MICRO_JAR"; do
        [[ $(target_kind) == parley ]] || break
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

# utime+stime of the server under test: Parley's JVM, or a multi-process server (Kamailio: the main process and its
# children); 0 for an external server without --server-pid.
server_ticks() {
    [[ -n $SERVER_PID ]] || { echo 0; return; }
    local pid sum=0
    for pid in "$SERVER_PID" $(pgrep -P "$SERVER_PID" 2>/dev/null || true); do
        sum=$((sum + $(proc_ticks "$pid")))
    done
    echo "$sum"
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
SERVER_STARTED=0
DB_NAME=
SERVER_DIR=
READY_LOG_LINES=0
cleanup() { # [status]
    local rc=${1:-$?}   # the status to exit with: the argument, or the status the script was ending with
    if ((SERVER_STARTED)) && [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
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
        echo "target: ${TARGET:-parley} ($(target_kind))"
        [[ $(target_kind) == parley ]] && echo "server jvm options: $SERVER_JAVA_OPTS"
        [[ $(target_kind) == kamailio ]] && echo "kamailio: $(kamailio -v 2>/dev/null | head -n 1), $KAMAILIO_CHILDREN UDP workers, $KAMAILIO_CFG"
        if [[ -n $GIT_REV ]]; then
            echo "benchmarked: commit $REV_ID (built from git archive)"
        else
            echo "benchmarked: working tree at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- . ':!benchmarks' 2>/dev/null || echo ' with uncommitted changes')"
        fi
        echo "preboot: $PREBOOT"
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
    local preboot=() # older revisions (--git) have no pre-boot file
    [[ -f $PREBOOT ]] && preboot=(--prebootcommandfile "$PREBOOT")
    # the starting gate the pre-boot file names (older revisions have neither)
    [[ -f $HTTP_GATE ]] && preboot+=(--addlibs "$HTTP_GATE")
    # the pre-boot file keeps the HTTP listener disabled until the post-deploy file enables it (older revisions: none)
    [[ -f $POSTDEPLOY ]] && preboot+=(--postdeploycommandfile "$POSTDEPLOY")
    # shellcheck disable=SC2086 # the JVM options are words
    env PARLEY_SIP_HOST=127.0.0.1 PARLEY_SIP_PORT="$SIP_PORT" PARLEY_HTTP_PORT="$HTTP_PORT" \
        PARLEY_DOMAIN=$DOMAIN PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" PARLEY_DB_USER=postgres \
        PARLEY_DATA_DIR="$SERVER_DIR/data" PARLEY_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        PARLEY_SIP_DIGEST_ALGORITHMS=MD5,SHA-256 PARLEY_SIP_WS_PORT="${PARLEY_SIP_WS_PORT:-off}" \
        "$JAVA" $SERVER_JAVA_OPTS "-Xlog:gc:file=$SERVER_DIR/gc.log:timemillis" -jar "$MICRO_JAR" --nocluster --port "$HTTP_PORT" \
        --rootdir "$SERVER_DIR/payara" "${preboot[@]}" --postbootcommandfile "$POSTBOOT" --deploy "$RAR" --deploy "$WAR" \
        >"$SERVER_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    SERVER_STARTED=1

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

# What the benchmark targets (TARGET, --target): parley (started here, the default), kamailio (the reference,
# benchmarks/kamailio/kamailio.cfg, started here) or external (HOST:PORT, already running, its users FIRST… with the
# password pw-<number>-bench in the domain DOMAIN; --server-pid PID for its CPU).
target_kind() {
    case ${TARGET:-parley} in
        parley) echo parley ;;
        kamailio) echo kamailio ;;
        *:*) echo external ;;
        *) die "--target is parley, kamailio or HOST:PORT, not '$TARGET'" ;;
    esac
}

# Starts (or names) the SIP server under test: SIP_HOST, SIP_PORT, SERVER_PID (may be empty for an external one).
start_server() {
    SIP_HOST=127.0.0.1
    case $(target_kind) in
        parley) start_parley ;;
        kamailio) start_kamailio ;;
        external)
            SIP_HOST=${TARGET%:*}; SIP_PORT=${TARGET##*:}; HTTP_PORT=0
            SERVER_PID=${TARGET_PID:-}
            log "external SIP server $SIP_HOST:$SIP_PORT (CPU of ${SERVER_PID:-no process: give --server-pid})" ;;
    esac
}

# Kamailio with the reference configuration on a free UDP port of 127.0.0.1, in the foreground of its own process
# (SERVER_PID: the main process; its workers are its children).
start_kamailio() {
    command -v kamailio >/dev/null || die "kamailio not found (Debian: apt-get install kamailio)"
    SERVER_DIR=$OUT/server
    mkdir -p "$SERVER_DIR/run"
    HTTP_PORT=0
    SIP_PORT=$(free_port)
    log "starting Kamailio: SIP udp $SIP_PORT, $KAMAILIO_CHILDREN workers, $KAMAILIO_CFG"
    kamailio -f "$KAMAILIO_CFG" -l "udp:127.0.0.1:$SIP_PORT" -n "$KAMAILIO_CHILDREN" -m "$KAMAILIO_SHM_MB" -M 16 \
        -Y "$SERVER_DIR/run" -DD -E >"$SERVER_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    SERVER_STARTED=1
    local start=$SECONDS
    until ss -Huan "( sport = :$SIP_PORT )" | grep -q .; do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 20 "$SERVER_DIR/server.log" >&2; die "Kamailio exited while starting"; }
        ((SECONDS - start < 30)) || die "Kamailio not listening within 30 s"
        sleep 0.2
    done
    log "Kamailio ready (pid $SERVER_PID)"
    READY_LOG_LINES=$(wc -l <"$SERVER_DIR/server.log")
}

# The users FIRST … FIRST+COUNT-1 of the server under test: extensions created through Parley's API; Kamailio's
# reference configuration computes their passwords, an external server must have them already.
create_users() { # first count
    if [[ $(target_kind) == parley ]]; then
        create_extensions "$@"
    else
        log "users $1 … $(($1 + $2 - 1)) with password pw-<number>-bench assumed on ${TARGET}"
    fi
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

# A SIPp injection file (SEQUENTIAL) for extensions FIRST … FIRST+COUNT-1: "ext;[authentication …];domain;LAST",
# LAST being the same for every line, or FIRST-LAST+i when RANGE is "range" (caller i calls callee i).
injection_file() { # file first count last [range]
    local i
    {
        echo SEQUENTIAL
        for ((i = 0; i < $3; i++)); do
            echo "$(($2 + i));[authentication username=$(($2 + i)) password=pw-$(($2 + i))-bench];$DOMAIN;$(
                [[ ${5:-} == range ]] && echo $(($4 + i)) || echo "$4")"
        done
    } >"$1"
}

# Registers COUNT phones of an injection file (see injection_file: LAST = their contact's host:port) from LOCAL-PORT,
# the port their SIPp will use, since Parley calls a binding where its REGISTER came from. Needs REGISTER (the
# scenario) and SIP_PORT.
register_phones() { # name injection-file local-port count
    mkdir -p "$OUT/$1"
    (cd "$OUT/$1" && timeout -k 5 120 sipp -sf "$REGISTER" -inf "$2" -i 127.0.0.1 -p "$3" -t u1 -m "$4" -r 200 \
        -key expires 3600 -nostdin -timeout 100s -recv_timeout 10000 -trace_err "$SIP_HOST:$SIP_PORT" >sipp.out 2>&1) \
        || die "registering $1 failed, see $OUT/$1"
}

# Two free ports for the SIPps of a call benchmark, CALLER_PORT (the callers) and UAS_PORT (the answering phones),
# different from the server's and from each other.
sipp_ports() {
    local p
    CALLER_PORT=$(free_port)
    UAS_PORT=$(free_port)
    for p in HTTP_PORT SIP_PORT; do
        while [[ $CALLER_PORT == "${!p}" || $UAS_PORT == "${!p}" || $CALLER_PORT == "$UAS_PORT" ]]; do
            CALLER_PORT=$(free_port); UAS_PORT=$(free_port)
        done
    done
}

# The answering phones: one SIPp on UAS_PORT answering every call with SCENARIO for the whole run (bounded by
# `timeout`), its output in OUT/DIR; UAS_PID, stopped when the script exits.
start_answering_sipp() { # dir scenario [sipp options …]
    local dir=$OUT/$1 scenario=$2 wrapper
    shift 2
    mkdir -p "$dir"
    (cd "$dir" && exec timeout -k 5 7200 sipp -sf "$scenario" -i 127.0.0.1 -p "$UAS_PORT" -t u1 "$@" \
        -buff_size 4194304 -nostdin -trace_err >sipp.out 2>&1) &
    wrapper=$!
    UAS_PID=$(sipp_child "$wrapper")
    [[ -n $UAS_PID ]] || die "the answering SIPp did not start, see $dir"
    trap 'rc=$?; kill "$UAS_PID" 2>/dev/null || true; cleanup "$rc"' EXIT
}

# The server's /metrics (Prometheus text) into FILE.
metrics_snapshot() { # file
    curl -s -m 10 "$BASE/metrics" >"$1" || : >"$1"
}

# Percentiles, in milliseconds, of what a cumulative histogram (NAME_bucket{le="…"} lines, counts that only grow)
# counted between two snapshots, interpolated linearly inside a bucket as Prometheus' histogram_quantile does; "-"
# when nothing was counted, ">B" when the percentile lies above the last finite bound B. Then the count.
histogram_quantiles() { # before after name "0.5 0.9 0.99"
    awk -v name="$3_bucket{" -v qs="$4" '
        index($0, name) == 1 {
            le = $0; sub(/.*le="/, "", le); sub(/".*/, "", le)
            v = $NF + 0
            if (FNR == NR) before[le] = v; else delta[le] = v - before[le]
        }
        END {
            n = 0
            for (le in delta) if (le != "+Inf") bound[++n] = le + 0
            for (i = 2; i <= n; i++) { x = bound[i]; for (j = i - 1; j >= 1 && bound[j] > x; j--) bound[j + 1] = bound[j]; bound[j + 1] = x }
            total = delta["+Inf"]
            k = split(qs, q, " ")
            out = ""
            for (i = 1; i <= k; i++) out = out " " quantile(q[i])
            print substr(out, 2), total + 0
        }
        function count(b,   le) { for (le in delta) if (le != "+Inf" && le + 0 == b) return delta[le]; return 0 }
        function quantile(p,   rank, prev, lower, c, i) {
            if (total <= 0) return "-"
            rank = p * total; prev = 0; lower = 0
            for (i = 1; i <= n; i++) {
                c = count(bound[i])
                if (c >= rank) return sprintf("%.1f", 1000 * (lower + (bound[i] - lower) * (c > prev ? (rank - prev) / (c - prev) : 1)))
                prev = c; lower = bound[i]
            }
            return sprintf(">%.0f", 1000 * lower)
        }' "$1" "$2"
}

# A plain metric's value in a /metrics snapshot (the first line of that name, any tags); 0 when absent.
metric_value() { # file name
    awk -v name="$2" '($1 == name || index($1, name "{") == 1) { print $NF + 0; found = 1; exit } END { if (!found) print 0 }' "$1"
}

# IDLE_CPU: the idle server's CPU in % of one core over 15 s.
measure_idle_cpu() {
    # CPU of the idle server (its schedules: binding write-behind every 50 ms, expiry sweep every second, Payara's own)
    sleep 5
    i0=$(server_ticks); it0=$(now)
    sleep 15
    i1=$(server_ticks); it1=$(now)
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
    : >"$OUT/rss-after.txt"; : >"$OUT/server-warnings.txt"
    [[ -n $SERVER_PID ]] || return 0
    [[ $(target_kind) == parley ]] && { jcmd "$SERVER_PID" GC.heap_info >"$OUT/heap-after.txt" 2>&1 || true; }
    grep -E '^(VmRSS|VmHWM)' "/proc/$SERVER_PID/status" >"$OUT/rss-after.txt" || true
    [[ -f $SERVER_DIR/server.log ]] || return 0
    tail -n +$((READY_LOG_LINES + 1)) "$SERVER_DIR/server.log" | grep -E 'WARNING|SEVERE|ERROR|CRITICAL' >"$OUT/server-warnings.txt" || true
}

# The response times of a SIPp -trace_rtt file, sorted, into DIR/rtt-sorted.txt; prints how many of them ended in
# the window [FROM, TO) seconds after the run's start.
rtt_window() { # rtt-file dir from to
    if [[ -z $1 ]]; then
        : >"$2/rtt-sorted.txt"
        echo 0
        return
    fi
    awk -F';' 'NR > 1 && $2 != "" { print $2 }' "$1" | sort -g >"$2/rtt-sorted.txt"
    awk -F';' -v a=$(($3 * 1000)) -v b=$(($4 * 1000)) 'NR > 1 && $1 >= a && $1 < b { n++ } END { print n + 0 }' "$1"
}

# CPU ticks of all PostgreSQL processes between two postgres_ticks snapshots.
postgres_delta() { # before after
    awk 'NR == FNR { a[$1] = $2; next } { d = $2 - (($1 in a) ? a[$1] : 0); if (d > 0) s += d } END { print s + 0 }' "$1" "$2"
}

# One step's figures on one line: attempted achieved calls ok failed failed% p50 p90 p99 max server% <one % per
# load generator> postgres% machine% retransmissions server-ms-cpu/call gc-count gc-total-ms gc-max-ms.
# Failures and percentiles cover the whole run (SIPp's last statistics line, DIR/rtt-sorted.txt); the achieved rate
# and CPU shares the window (INWINDOW calls over SPAN s, ticks over WALL s). CPU shares are % of one core.
step_figures() { # stat-file dir rate calls inwindow span wall "server0 server1" "machine0 machine1" "gen0:gen1 …" postgres-ticks "gc"
    awk -F';' -v dir="$2" -v rate="$3" -v calls="$4" -v inwindow="$5" -v span="$6" -v wall="$7" -v server="$8" \
        -v machine="$9" -v gens="${10}" -v pg="${11}" -v gc="${12}" -v tck="$CLK_TCK" -v ncpu="$NCPU" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        { last = $0 }
        END {
            split(last, v, ";")
            ok = v[col["SuccessfulCall(C)"]]; failed = v[col["FailedCall(C)"]]
            created = v[col["TotalCallCreated"]]; retrans = v[col["Retransmissions(C)"]]
            n = 0
            while ((getline x < (dir "/rtt-sorted.txt")) > 0) r[++n] = x
            mx = n ? sprintf("%.0f", r[n]) : "-"
            achieved = inwindow / span
            failed += calls - created
            split(server, s, " "); split(machine, m, " ")
            srv = (s[2] - s[1]) / tck / wall
            busy = (m[4] - m[2]) ? 100 * ncpu * (m[3] - m[1]) / (m[4] - m[2]) : 0
            line = sprintf("%d %.0f %d %d %d %.3f %s %s %s %s %.0f", rate, achieved, calls, ok, failed,
                calls ? 100 * failed / calls : 0, pct(0.50), pct(0.90), pct(0.99), mx, 100 * srv)
            k = split(gens, g, " ")
            for (i = 1; i <= k; i++) { split(g[i], t, ":"); line = line sprintf(" %.0f", 100 * (t[2] - t[1]) / tck / wall) }
            printf "%s %.0f %.0f %d %.3f %s\n", line, 100 * pg / tck / wall, busy, retrans,
                achieved ? 1000 * srv / achieved : 0, gc
        }
        function pct(p,   i) { if (!n) return "-"; i = int(p * n); if (i < p * n) i++; if (i < 1) i = 1; return sprintf("%.0f", r[i]) }
    ' "$1"
}

# Whether a step's figures meet the criteria: failures below MAX_FAILED_PERCENT, p99 below MAX_P99_MS, at least
# MIN_ACHIEVED_SHARE of the attempted rate achieved.
clean() { # a line of step_figures
    awk -v mf="$MAX_FAILED_PERCENT" -v mp="$MAX_P99_MS" -v ms="$MIN_ACHIEVED_SHARE" \
        '{ exit !($6 < mf && $9 != "-" && $9 < mp && $2 >= ms * $1) }' <<<"$1"
}

# Sleeps until OFFSET seconds after BEGIN (epoch seconds); at once if that has passed.
sleep_until() { # begin offset
    local d
    d=$(awk -v b="$1" -v o="$2" -v n="$(now)" 'BEGIN { d = b + o - n; print (d > 0) ? d : 0 }')
    sleep "$d"
}

# The pid of the sipp a wrapper (`timeout … sipp`) started, once it runs (at most 5 s); empty if it never did.
sipp_child() { # wrapper-pid
    local pid= _
    for _ in $(seq 1 50); do
        pid=$(pgrep -P "$1" -x sipp || true)
        [[ -n $pid ]] && break
        sleep 0.1
    done
    echo "$pid"
}

# The unreported warm-up runs of WARMUP ("RATE:SECONDS …"): JIT compilation first, since a cold server under full
# load falls behind and may not catch up.
warm_up() { # run-function
    local w=0 warm result
    for warm in $WARMUP; do
        w=$((w + 1))
        log "warm-up $w: ${warm%%:*}/s for ${warm##*:} s"
        result=$("$1" "warmup-$w" "${warm%%:*}" "${warm##*:}") || die "the warm-up did not run"
        echo "warmup-$w $result" >>"$OUT/warmup.txt"
        log "warm-up $w: $result"
        sleep "$COOLDOWN_SECONDS"
    done
}

# The steps of RATES, each STEP_SECONDS long, until the first that fails the criteria (every one with ALL_STEPS=1):
# their figures into steps.txt under HEADER, the highest clean rate into BEST. RUN-FUNCTION runs a step (name rate
# seconds) and prints its figures; DESCRIBE-FUNCTION turns them and a verdict into a log line. A script may define
# step_starting and step_ended (rate) to do something around a step.
run_steps() { # run-function describe-function header
    local rate result verdict first=1
    echo "$3" >"$OUT/steps.txt"
    BEST=0
    for rate in $RATES; do
        ((first)) || { log "cool-down $COOLDOWN_SECONDS s"; sleep "$COOLDOWN_SECONDS"; }
        first=0
        log "step $rate/s for $STEP_SECONDS s ($(awk -v r="$rate" -v s="$STEP_SECONDS" 'BEGIN { printf "%d", r * s + 0.5 }') calls)"
        if declare -F step_starting >/dev/null; then step_starting "$rate"; fi
        result=$("$1" "step-$rate" "$rate" "$STEP_SECONDS") || die "step $rate/s did not run"
        if declare -F step_ended >/dev/null; then step_ended "$rate"; fi
        echo "$result" >>"$OUT/steps.txt"
        verdict=FAIL
        if clean "$result"; then verdict=clean; BEST=$rate; fi
        log "$("$2" "$result" "$verdict")"
        if [[ $verdict == FAIL && $ALL_STEPS != 1 ]]; then
            log "stopping: this step failed the criteria"
            break
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server died"
    done
    echo "$BEST" >"$OUT/highest-clean-rate.txt"
}

# The settings both benchmarks share, from the environment or these defaults (a script sets RATES and WARMUP first).
bench_defaults() {
    STEP_SECONDS=${STEP_SECONDS:-60}
    WINDOW_START=${WINDOW_START:-35}
    COOLDOWN_SECONDS=${COOLDOWN_SECONDS:-10}
    ALL_STEPS=${ALL_STEPS:-0}
    QUIET_WAIT=${QUIET_WAIT:-0}
    BUILD=${BUILD:-0}
    GIT_REV=${GIT_REV:-}
    OUT=${OUT:-}
    # Heap for ~500,000 completed server transactions (16,000 requests/s × 32 s) plus nonce counters; the parallel
    # collector costs the least CPU on 2 cores (see benchmarks/README.md).
    SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-"-Xms2g -Xmx2g -XX:+UseParallelGC"}
    MAX_FAILED_PERCENT=0.1   # a step is clean below this share of failed calls …
    MAX_P99_MS=200           # … and below this 99th percentile of the measured time …
    MIN_ACHIEVED_SHARE=0.97  # … and when SIPp achieved at least this share of the attempted rate
    QUIET_LOAD=0.5
    QUIET_MAX_SECONDS=1200
    READY_TIMEOUT=${READY_TIMEOUT:-240}
    PAYARA_VERSION=6.2025.10
    DOMAIN=${DOMAIN:-bench.parley}
    MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
    JAVA=${JAVA:-java}
    TARGET=${TARGET:-parley}
    TARGET_PID=${TARGET_PID:-}
    KAMAILIO_CFG=${KAMAILIO_CFG:-$ROOT/benchmarks/kamailio/kamailio.cfg}
    KAMAILIO_CHILDREN=${KAMAILIO_CHILDREN:-4}
    KAMAILIO_SHM_MB=${KAMAILIO_SHM_MB:-1024}
}

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

# An option both benchmarks take; TAKEN says how many words it used.
common_option() { # "$@"
    TAKEN=2
    case $1 in
        --rates) RATES=$2 ;;
        --duration) STEP_SECONDS=$2 ;;
        --window-start) WINDOW_START=$2 ;;
        --cooldown) COOLDOWN_SECONDS=$2 ;;
        --warmup) WARMUP=$2 ;;
        --java-opts) SERVER_JAVA_OPTS=$2 ;;
        --git) GIT_REV=$2 ;;
        --out) OUT=$2 ;;
        --target) TARGET=$2 ;;
        --server-pid) TARGET_PID=$2 ;;
        --domain) DOMAIN=$2 ;;
        --all-steps) ALL_STEPS=1; TAKEN=1 ;;
        --quiet-wait) QUIET_WAIT=1; TAKEN=1 ;;
        --build) BUILD=1; TAKEN=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option $1 (--help)" >&2; exit 2 ;;
    esac
}

# ---------------------------------------------------------------------------------------------------------------
# Flight recordings (--jfr RATE): one step recorded with JFR_SETTINGS (profile: execution samples every 10 ms and
# allocation samples), then summarised: the hottest frames (self and inclusive) and the allocation sites.

jfr_step_start() { # rate
    [[ $1 == "${JFR_RATE:-}" && $(target_kind) == parley ]] || return 0
    jcmd "$SERVER_PID" JFR.start name=bench settings="$JFR_SETTINGS" filename="$OUT/step-$1.jfr" >/dev/null
}

jfr_step_stop() { # rate
    [[ $1 == "${JFR_RATE:-}" && $(target_kind) == parley ]] || return 0
    jcmd "$SERVER_PID" JFR.stop name=bench >/dev/null || true
}

# FILE.jfr → FILE-top.txt (execution samples: self and inclusive) and FILE-alloc.txt (allocation samples by weight:
# class, allocating frame and first Parley or JAIN-SIP frame).
jfr_report() { # recording.jfr
    local jfr=$1
    command -v jfr >/dev/null || { log "jfr tool not found; recording left in $jfr"; return 0; }
    jfr summary "$jfr" >"${jfr%.jfr}-summary.txt" 2>&1 || true
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" >"${jfr%.jfr}-samples.txt" 2>/dev/null || true
    # self time: the top frame of each sample; total time: every method on the stack, once per sample
    awk '
        /jdk.ExecutionSample/ { inst = 0; delete seen; n++ }
        /stackTrace = \[/ { inst = 1; depth = 0; next }
        inst && /^[[:space:]]*\]/ { inst = 0; next }
        inst && /line:/ {
            f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*$/, "", f)
            if (depth == 0) self[f]++
            if (!(f in seen)) { total[f]++; seen[f] = 1 }
            depth++
        }
        END {
            printf "samples: %d\n\n-- top 40 by self samples --\n", n
            for (f in self) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / n, f | "sort -rn | head -n 40"
            close("sort -rn | head -n 40")
            printf "\n-- top 60 by total (inclusive) samples --\n"
            for (f in total) printf "%6d %5.1f%%  %s\n", total[f], 100 * total[f] / n, f | "sort -rn | head -n 60"
        }' "${jfr%.jfr}-samples.txt" >"${jfr%.jfr}-top.txt"
    jfr print --events jdk.ObjectAllocationSample --stack-depth 24 "$jfr" 2>/dev/null | awk '
        function bytes(v, u) { return v * (u == "kB" ? 1024 : u == "MB" ? 1048576 : u == "GB" ? 1073741824 : 1) }
        function flush() {
            if (w == 0) return
            total += w; cls[c] += w; top[t] += w; own[o == "" ? "(no Parley or JAIN-SIP frame)" : o] += w
            w = 0; c = ""; t = ""; o = ""
        }
        /jdk.ObjectAllocationSample/ { flush(); inst = 0 }
        /objectClass = / { c = $3 }
        /weight = / { w = bytes($3, $4) }
        /stackTrace = \[/ { inst = 1; depth = 0; next }
        inst && /^[[:space:]]*\]/ { inst = 0; next }
        inst && /line:/ {
            f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*$/, "", f)
            if (depth == 0) t = f
            if (o == "" && f ~ /^(org\.parley|gov\.nist|javax\.sip)/) o = f
            depth++
        }
        END {
            flush()
            printf "sampled allocation weight: %.0f MB\n\n-- top 25 classes --\n", total / 1048576
            for (k in cls) printf "%8.1f MB %5.1f%%  %s\n", cls[k] / 1048576, 100 * cls[k] / total, k | "sort -rn | head -n 25"
            close("sort -rn | head -n 25")
            printf "\n-- top 30 allocating frames --\n"
            for (k in top) printf "%8.1f MB %5.1f%%  %s\n", top[k] / 1048576, 100 * top[k] / total, k | "sort -rn | head -n 30"
            close("sort -rn | head -n 30")
            printf "\n-- top 30 by first Parley or JAIN-SIP frame --\n"
            for (k in own) printf "%8.1f MB %5.1f%%  %s\n", own[k] / 1048576, 100 * own[k] / total, k | "sort -rn | head -n 30"
        }' >"${jfr%.jfr}-alloc.txt"
    log "JFR: hottest frames in ${jfr%.jfr}-top.txt, allocation sites in ${jfr%.jfr}-alloc.txt"
}
