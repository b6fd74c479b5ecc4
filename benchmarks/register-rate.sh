#!/usr/bin/env bash
# REGISTER-rate benchmark for Parley: SIPp phones register with digest authentication at rising rates against the
# packaged server (parley-sip.rar + parley.war on Payara Micro, PostgreSQL), until a step fails the criteria.
# See benchmarks/README.md for what is measured and how to read the results.
#
# Usage (from the repository root, after `mvn -DskipTests install`, or with --build):
#   benchmarks/register-rate.sh [options]
#
# Options (each also settable through the environment variable in brackets):
#   --rates "500 1000 …"   calls/s to try, in order                      [RATES]   default 500 1000 2000 3000 4000 6000 8000 10000
#   --duration S           seconds of load per step (calls = rate × S)  [STEP_SECONDS]  default 60
#   --window-start S       achieved rate and CPU are measured from S s  [WINDOW_START] default 35
#                          into a step to its end: a REGISTER's server
#                          transaction is cleaned up 32 s (Timer J)
#                          after its answer, and that is part of its cost
#   --cooldown S           pause between steps                          [COOLDOWN_SECONDS] default 10
#   --users N              extensions created and registered in turn    [USERS]   default 2000
#   --warmup "RATE:S …"    unreported warm-up runs before the steps      [WARMUP]  default "300:15 1000:20" ("" for none)
#   --all-steps            do not stop at the first failing step        [ALL_STEPS=1]
#   --jfr RATE             record a JFR during that step and list its   [JFR_RATE]
#                          top costs (settings: JFR_SETTINGS, default
#                          "default", 20 ms samples; "profile" costs more)
#   --java-opts "…"        server JVM options                           [SERVER_JAVA_OPTS] default see below
#   --quiet-wait           first wait (≤ 20 min) for a quiet machine:   [QUIET_WAIT=1]
#                          1-min load < 0.5, no other Payara/Maven JVM
#   --build                run `mvn -DskipTests install` first          [BUILD=1]
#   --git REV              benchmark commit REV instead of the working  [GIT_REV]
#                          tree: `git archive` it into the results
#                          directory and `mvn package` it there (Maven
#                          run from the repository root, nothing
#                          installed); its RAR, WAR and postboot file
#                          are used
#   PARLEY_RAR, PARLEY_WAR, PARLEY_POSTBOOT (environment only): use these files instead
#   --target T             the SIP server under test: parley (started     [TARGET] default parley
#                          here), kamailio (the reference, benchmarks/kamailio/kamailio.cfg, started here; Debian
#                          package kamailio) or HOST:PORT (already running; users as the script creates them on
#                          Parley: <number> with password pw-<number>-bench in --domain)
#   --server-pid PID       with --target HOST:PORT: the process whose CPU (with its children's) is counted [TARGET_PID]
#   --domain D             SIP domain of the users                      [DOMAIN] default bench.parley
#   --out DIR              results directory                           [OUT] default benchmarks/results/<UTC time>
#   -h, --help
#
# Needs: bash, awk, curl, sipp (Debian sip-tester 3.6.x), psql/createdb/dropdb (PostgreSQL client) reaching
# 127.0.0.1:5432 as user postgres without a password, ss (iproute2), a JDK 17+ (java, jcmd, jfr) and Payara
# Micro 6.2025.10 in ~/.m2 (Maven puts it there when building). Linux only (/proc).
set -euo pipefail
# The whole script is one compound command, read before it runs: editing the file during a run cannot change it.
{

# ---------------------------------------------------------------------------------------------------------------
# settings (see the options above; lib/bench.sh has those both benchmarks share)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/bench.sh
source "$ROOT/benchmarks/lib/bench.sh"
RATES=${RATES:-"500 1000 2000 3000 4000 6000 8000 10000"}
WARMUP=${WARMUP-300:15 1000:20}
USERS=${USERS:-2000}
JFR_RATE=${JFR_RATE:-}
JFR_SETTINGS=${JFR_SETTINGS:-default}
bench_defaults

while [[ $# -gt 0 ]]; do
    case $1 in
        --users) USERS=$2; shift 2 ;;
        --jfr) JFR_RATE=$2; shift 2 ;;
        *) common_option "$@"; shift "$TAKEN" ;;
    esac
done

cd "$ROOT"
SCENARIO=$ROOT/benchmarks/sipp/register.xml
BENCH_FILES=("$SCENARIO")
bench_init

# ---------------------------------------------------------------------------------------------------------------
# machine and server

[[ $QUIET_WAIT == 1 ]] && wait_for_quiet_machine
describe_machine
start_server
SIPP_PORT=$(free_port)
while [[ $SIPP_PORT == "$HTTP_PORT" || $SIPP_PORT == "$SIP_PORT" ]]; do SIPP_PORT=$(free_port); done

# ---------------------------------------------------------------------------------------------------------------
# extensions and the SIPp injection file

FIRST_EXT=100000
create_users "$FIRST_EXT" "$USERS"
{
    echo SEQUENTIAL
    for ((i = 0; i < USERS; i++)); do
        ext=$((FIRST_EXT + i))
        echo "$ext;[authentication username=$ext password=pw-$ext-bench];$DOMAIN;127.0.0.1:$SIPP_PORT"
    done
} >"$OUT/users.csv"
measure_idle_cpu

# ---------------------------------------------------------------------------------------------------------------
# One SIPp run. Prints one line:
#   attempted achieved calls ok failed failed% p50 p90 p99 max server% sipp% postgres% machine% retrans ms/reg
# Failures and percentiles cover every call of the run. Achieved rate and CPU cover the steady window: from
# WINDOW_START s after the start (once the first completed transactions reach Timer J, 32 s, and are cleaned up,
# which is part of what a registration costs) to the end of sending; for runs not longer than WINDOW_START, all
# of it.
run_sipp() { # name rate seconds
    local name=$1 rate=$2 secs=$3
    local dir=$OUT/$name calls=$(($2 * $3))
    mkdir -p "$dir"
    cp "$SCENARIO" "$dir/register.xml"
    # the window ends a second before the last call is sent: SIPp may exit right after it
    local from=0 to=$((secs - 1))
    ((secs > WINDOW_START + 1)) && from=$WINDOW_START
    local s0 s1 m0 m1 t0 t1 p0 p1 tpid sipp_pid rc=0 begin
    begin=$(now)
    # SIPp keeps the same local port in every run, so each phone keeps one contact (one binding) throughout.
    # Bounded: -m calls, a global -timeout, and `timeout` around it all.
    (
        cd "$dir"
        exec timeout -k 10 $((secs + 120)) sipp -sf register.xml -inf "$OUT/users.csv" \
            -i 127.0.0.1 -p "$SIPP_PORT" -t u1 -m "$calls" -r "$rate" -rp 1000 \
            -key expires 600 -buff_size 4194304 \
            -nostdin -timeout $((secs + 90))s -recv_timeout 10000 \
            -trace_stat -fd 1 -trace_rtt -rtt_freq 200 -trace_err \
            "$SIP_HOST:$SIP_PORT" >sipp.out 2>&1
    ) &
    tpid=$!
    sipp_pid=$(sipp_child "$tpid")
    sleep_until "$begin" "$from"
    postgres_ticks >"$dir/pg0"
    thread_ticks "${SERVER_PID:-0}" >"$dir/threads0"
    s0=$(server_ticks); m0=$(machine_ticks); p0=$(proc_ticks "${sipp_pid:-0}"); t0=$(now)
    sleep_until "$begin" "$to"
    t1=$(now); m1=$(machine_ticks); s1=$(server_ticks); p1=$(proc_ticks "${sipp_pid:-0}")
    postgres_ticks >"$dir/pg1"
    thread_ticks "${SERVER_PID:-0}" >"$dir/threads1"
    wait "$tpid" || rc=$?
    echo "$rc" >"$dir/rc"
    local gc
    # collector pauses during the whole run: count, total ms, longest ms
    gc=$(gc_pauses "$begin")
    echo "window $from-$to s: sipp pid ${sipp_pid:-?} ticks $p0 $p1, server $s0 $s1, machine $m0 / $m1" >"$dir/window.txt"

    local rtt stat
    rtt=$(ls "$dir"/register_*_rtt.csv 2>/dev/null | head -n 1 || true)
    stat=$(ls "$dir"/register_*_.csv 2>/dev/null | head -n 1 || true)
    if [[ -z $stat ]]; then
        tail -n 20 "$dir/sipp.out" >&2
        log "SIPp wrote no statistics (exit $rc), see $dir"
        return 1
    fi

    local inwindow wall
    inwindow=$(rtt_window "$rtt" "$dir" "$from" "$to")
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    thread_cpu "$dir/threads0" "$dir/threads1" "$wall" >"$dir/server-threads.txt"
    step_figures "$stat" "$dir" "$rate" "$calls" "$inwindow" $((to - from)) "$wall" "$s0 $s1" "$m0 $m1" "$p0:$p1" \
        "$(postgres_delta "$dir/pg0" "$dir/pg1")" "$gc"
}

jfr_top() { # recording.jfr → top frames, allocation sites and samples by stage of the REGISTER path
    local jfr=$1
    command -v jfr >/dev/null || { log "jfr tool not found; recording left in $jfr"; return 0; }
    jfr_report "$jfr"
    # each sample in the first of Parley's stages (in this order) one of whose frames is on its stack
    awk '
        BEGIN {
            nc = split("SIPServerTransactionImpl.cleanUp|SIPServerTransactionImpl$1.runTask;" \
                "Responder.build;" \
                "SIPServerTransactionImpl.sendResponse;" \
                "ConnectorRuntime.respond;" \
                "SipResponder.respond;" \
                "RegistrarService.register;" \
                "RegisterTranslation.of;" \
                "SipInbox.onRequest;" \
                "Delivery.run|OneWork.doWork;" \
                "InboundDispatcher.processRequest;" \
                "UDPMessageChannel.run|UDPMessageProcessor.run;" \
                "BindingWriteBehind|RegistrarService.flush;" \
                "RegistrarService.sweep;" \
                "DynamicReloader", pat, ";")
            split("JAIN-SIP Timer J: transaction clean-up;" \
                "response: building it (Responder.build, header parsing);" \
                "response: JAIN-SIP encode and send;" \
                "response: other connector work (transaction lookup);" \
                "response: connection handle (getConnection/close);" \
                "registrar: digest, nonce, bindings;" \
                "REGISTER view to registrar request;" \
                "router and handler glue;" \
                "work + MDB container (endpoint, interceptors, security);" \
                "SIP listener: server transaction, message view, scheduling;" \
                "JAIN-SIP: UDP receive and parse;" \
                "binding write-behind (JPA, JDBC);" \
                "expiry sweep;" \
                "Payara dynamic reloader", name, ";")
        }
        /jdk.ExecutionSample/ { if (inst || st != "") done(); st = ""; inst = 0 }
        /stackTrace = \[/ { inst = 1; st = ""; next }
        inst && /^[[:space:]]*\]/ { inst = 0; done(); next }
        inst && /line:/ { f = $0; sub(/^[[:space:]]+/, "", f); sub(/\(.*$/, "", f); st = st "\n" f }
        function done(   i, k) {
            if (st == "") return
            n++
            for (i = 1; i <= nc; i++) if (match(st, pat[i])) { c[i]++; st = ""; return }
            c[nc + 1]++; st = ""
        }
        END {
            if (st != "") done()
            name[nc + 1] = "other"
            printf "samples: %d\n", n
            for (i = 1; i <= nc + 1; i++) if (c[i]) printf "%6d %5.1f%%  %s\n", c[i], 100 * c[i] / n, name[i] | "sort -rn"
        }
    ' "${jfr%.jfr}-samples.txt" >"${jfr%.jfr}-stages.txt"
    log "JFR top costs in ${jfr%.jfr}-top.txt, by stage in ${jfr%.jfr}-stages.txt"
}

# ---------------------------------------------------------------------------------------------------------------
# steps

step_starting() { jfr_step_start "$1"; }
step_ended() { jfr_step_stop "$1"; }
describe() { # figures verdict
    awk -v v="$2" '{ printf "%s/s: achieved %s/s, failed %s (%s%%), p50 %s ms, p99 %s ms, CPU server %s%% sipp %s%% postgres %s%% machine %s%% GC pauses %s ms (longest %s ms) -> %s", $1, $2, $5, $6, $7, $9, $11, $12, $13, $14, $18, $19, v }' <<<"$1"
}
warm_up run_sipp
run_steps run_sipp describe "attempted/s achieved/s calls ok failed failed% p50ms p90ms p99ms maxms server%cpu sipp%cpu postgres%cpu machine%cpu retrans server-ms-cpu/reg gc-pauses gc-total-ms gc-max-ms"
[[ -n $JFR_RATE && -f $OUT/step-$JFR_RATE.jfr ]] && jfr_top "$OUT/step-$JFR_RATE.jfr"

# ---------------------------------------------------------------------------------------------------------------
# after the run: heap, memory, errors

server_aftermath
pending=$(psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -Atc 'select count(*) from registration_binding' 2>/dev/null || echo '?')

{
    echo "# REGISTER-rate benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo '```'
    cat "$OUT/machine.txt"
    [[ -f $OUT/quiet.txt ]] && echo "quiet: $(head -n 1 "$OUT/quiet.txt")"
    echo "users: $USERS, steps of $STEP_SECONDS s (achieved rate and CPU from $WINDOW_START s on), cool-down $COOLDOWN_SECONDS s, warm-up ${WARMUP:-none}"
    echo "idle server CPU: $IDLE_CPU % of one core"
    echo '```'
    echo
    echo "| attempted/s | achieved/s | failed | p50 ms | p90 ms | p99 ms | max ms | server CPU | server CPU per reg. | SIPp CPU | PostgreSQL CPU | machine CPU | SIPp retrans. | GC pauses: total (longest) | verdict |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|"
    tail -n +2 "$OUT/steps.txt" | while read -r line; do
        v=FAIL; clean "$line" && v=clean
        awk -v v=$v '{ printf "| %s | %s | %s (%s %%) | %s | %s | %s | %s | %s %% | %s ms | %s %% | %s %% | %s %% | %s | %s ms (%s ms) | %s |\n", $1, $2, $5, $6, $7, $8, $9, $10, $11, $16, $12, $13, $14, $15, $18, $19, v }' <<<"$line"
    done
    echo
    echo "CPU in % of one core over each step (the machine has $NCPU cores, so 100 % × $NCPU = all of it);"
    echo "SIPp runs on the same cores as the server."
    echo
    echo "Highest clean rate: **$BEST registrations/s** (failed < $MAX_FAILED_PERCENT %, p99 < $MAX_P99_MS ms, achieved ≥ ${MIN_ACHIEVED_SHARE} × attempted)."
    echo
    echo "After the run: $(paste -sd' ' "$OUT/rss-after.txt"), bindings stored: $pending, server log warnings and errors after start: $(wc -l <"$OUT/server-warnings.txt")"
    echo
    echo '```'
    cat "$OUT/heap-after.txt" 2>/dev/null || true
    echo '```'
} >"$OUT/summary.md"
cat "$OUT/summary.md"
log "results in $OUT"
exit 0
}
