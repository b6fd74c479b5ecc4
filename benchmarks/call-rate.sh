#!/usr/bin/env bash
# Call-setup benchmark for Parley: registered SIPp phones call each other through Parley (INVITE, 407, INVITE with
# credentials, 180, 200, ACK, talk, BYE) at rising rates until a step fails the criteria; before the steps, the heap
# a live call costs, with HOLD_CALLS calls up at once. See benchmarks/README.md for how to read the results.
#
# Usage (from the repository root, after `mvn -DskipTests install`, or with --build):
#   benchmarks/call-rate.sh [options]
#
# Options (each also settable through the environment variable in brackets):
#   --rates "100 200 …"    calls/s to try, in order                      [RATES]   default 100 200 400 600 800 1000 1200 1500
#   --duration S           seconds of load per step (calls = rate × S)  [STEP_SECONDS]  default 60
#   --window-start S       achieved rate and CPU measured from S s on   [WINDOW_START] default 35 (BYE transactions
#                          linger 32 s, Timer J, and their clean-up is part of a call's cost)
#   --talk MS              talk time of each call                       [TALK_MS] default 1000
#   --cooldown S           pause between steps                          [COOLDOWN_SECONDS] default 10
#   --pairs N              caller/callee extension pairs                [PAIRS] default 200
#   --jfr RATE             flight recording of that step (JFR_SETTINGS, [JFR_RATE]
#                          default profile): -top.txt, -alloc.txt
#   --hold N               calls held at once for the memory figure     [HOLD_CALLS] default 2000 (0: skip)
#   --warmup "RATE:S …"    unreported warm-up runs before the steps      [WARMUP] default "100:15 300:20" ("" for none)
#   --all-steps            do not stop at the first failing step        [ALL_STEPS=1]
#   --java-opts "…"        server JVM options                           [SERVER_JAVA_OPTS] default -Xms2g -Xmx2g -XX:+UseParallelGC
#   --quiet-wait           first wait (≤ 20 min) for a quiet machine    [QUIET_WAIT=1]
#   --build                run `mvn -DskipTests install` first          [BUILD=1]
#   --git REV              benchmark commit REV (built in the results    [GIT_REV]
#                          directory, nothing installed)
#   --target T             the SIP server under test: parley (started     [TARGET] default parley
#                          here), kamailio (the reference, benchmarks/kamailio/kamailio.cfg, started here; Debian
#                          package kamailio) or HOST:PORT (already running; users as the script creates them on
#                          Parley: <number> with password pw-<number>-bench in --domain)
#   --server-pid PID       with --target HOST:PORT: the process whose CPU (with its children's) is counted [TARGET_PID]
#   --domain D             SIP domain of the users                      [DOMAIN] default bench.parley
#   --out DIR              results directory                           [OUT] default benchmarks/results/calls-<UTC time>
#   -h, --help
#
# Needs what register-rate.sh needs (bash, awk, curl, sipp, PostgreSQL client tools reaching 127.0.0.1:5432 as
# postgres, ss, a JDK 17+ with jcmd, Payara Micro in ~/.m2). Linux only (/proc).
set -euo pipefail
# The whole script is one compound command, read before it runs: editing the file during a run cannot change it.
{

# ---------------------------------------------------------------------------------------------------------------
# settings (see the options above; lib/bench.sh has those both benchmarks share)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/bench.sh
source "$ROOT/benchmarks/lib/bench.sh"
RATES=${RATES:-"100 200 400 600 800 1000 1200 1500"}
WARMUP=${WARMUP-100:15 300:20}
TALK_MS=${TALK_MS:-1000}
PAIRS=${PAIRS:-200}
HOLD_CALLS=${HOLD_CALLS:-2000}
HOLD_RATE=200
JFR_RATE=${JFR_RATE:-}
JFR_SETTINGS=${JFR_SETTINGS:-profile}
bench_defaults

while [[ $# -gt 0 ]]; do
    case $1 in
        --talk) TALK_MS=$2; shift 2 ;;
        --pairs) PAIRS=$2; shift 2 ;;
        --hold) HOLD_CALLS=$2; shift 2 ;;
        --jfr) JFR_RATE=$2; shift 2 ;;
        *) common_option "$@"; shift "$TAKEN" ;;
    esac
done

cd "$ROOT"
UAC=$ROOT/benchmarks/sipp/call-uac.xml
UAS=$ROOT/benchmarks/sipp/call-uas.xml
REGISTER=$ROOT/benchmarks/sipp/register.xml
OUT=${OUT:-$ROOT/benchmarks/results/calls-$(date -u +%Y%m%dT%H%M%SZ)}
BENCH_FILES=("$UAC" "$UAS" "$REGISTER")
bench_init

# ---------------------------------------------------------------------------------------------------------------
# machine, server, phones

[[ $QUIET_WAIT == 1 ]] && wait_for_quiet_machine
describe_machine
start_server
sipp_ports

CALLERS=100000
CALLEES=200000
create_users "$CALLERS" "$PAIRS"
create_users "$CALLEES" "$PAIRS"
injection_file "$OUT/callers.csv" "$CALLERS" "$PAIRS" "127.0.0.1:$CALLER_PORT"
injection_file "$OUT/callees.csv" "$CALLEES" "$PAIRS" "127.0.0.1:$UAS_PORT"
injection_file "$OUT/calls.csv" "$CALLERS" "$PAIRS" "$CALLEES" range

register_phones register-callers "$OUT/callers.csv" "$CALLER_PORT" "$PAIRS"
register_phones register-callees "$OUT/callees.csv" "$UAS_PORT" "$PAIRS"
log "$PAIRS callers registered from port $CALLER_PORT, $PAIRS callees answering on port $UAS_PORT"

# The callees' phone: one SIPp answering every call at once, for the whole run.
start_answering_sipp callees "$UAS"

measure_idle_cpu

# ---------------------------------------------------------------------------------------------------------------
# One SIPp caller run. Prints one line:
#   attempted achieved calls ok failed failed% p50 p90 p99 max server% uac% uas% postgres% machine% retrans ms/call gc…
# Failures and setup-time percentiles cover every call of the run; achieved rate and CPU the steady window (from
# WINDOW_START s to a second before the last call is sent; all of it for shorter runs).
run_calls() { # name rate seconds
    local name=$1 rate=$2 secs=$3
    local dir=$OUT/$name calls=$(($2 * $3))
    mkdir -p "$dir"
    local from=0 to=$((secs - 1))
    ((secs > WINDOW_START + 1)) && from=$WINDOW_START
    local s0 s1 m0 m1 t0 t1 c0 c1 u0 u1 tpid uac_pid rc=0 begin
    begin=$(now)
    (
        cd "$dir"
        exec timeout -k 10 $((secs + 120)) sipp -sf "$UAC" -inf "$OUT/calls.csv" \
            -i 127.0.0.1 -p "$CALLER_PORT" -t u1 -m "$calls" -r "$rate" -rp 1000 -d "$TALK_MS" \
            -buff_size 4194304 -nostdin -timeout $((secs + 90))s -recv_timeout 10000 \
            -trace_stat -fd 1 -trace_rtt -rtt_freq 200 -trace_err \
            "$SIP_HOST:$SIP_PORT" >sipp.out 2>&1
    ) &
    tpid=$!
    uac_pid=$(sipp_child "$tpid")
    sleep_until "$begin" "$from"
    postgres_ticks >"$dir/pg0"
    s0=$(server_ticks); m0=$(machine_ticks); c0=$(proc_ticks "${uac_pid:-0}"); u0=$(proc_ticks "$UAS_PID"); t0=$(now)
    sleep_until "$begin" "$to"
    t1=$(now); m1=$(machine_ticks); s1=$(server_ticks); c1=$(proc_ticks "${uac_pid:-0}"); u1=$(proc_ticks "$UAS_PID")
    postgres_ticks >"$dir/pg1"
    wait "$tpid" || rc=$?
    echo "$rc" >"$dir/rc"
    local gc rtt stat
    gc=$(gc_pauses "$begin")
    rtt=$(ls "$dir"/call-uac_*_rtt.csv 2>/dev/null | head -n 1 || true)
    stat=$(ls "$dir"/call-uac_*_.csv 2>/dev/null | head -n 1 || true)
    if [[ -z $stat ]]; then
        tail -n 20 "$dir/sipp.out" >&2
        log "SIPp wrote no statistics (exit $rc), see $dir"
        return 1
    fi
    local inwindow wall
    inwindow=$(rtt_window "$rtt" "$dir" "$from" "$to")
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    step_figures "$stat" "$dir" "$rate" "$calls" "$inwindow" $((to - from)) "$wall" "$s0 $s1" "$m0 $m1" \
        "$c0:$c1 $u0:$u1" "$(postgres_delta "$dir/pg0" "$dir/pg1")" "$gc"
}

# Young + old generation in use, KiB, right after a full collection (ParallelGC's GC.heap_info).
live_heap_kib() {
    jcmd "$SERVER_PID" GC.run >/dev/null
    jcmd "$SERVER_PID" GC.heap_info | awk '/PSYoungGen|ParOldGen/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); s += v } }
        END { print s + 0 }'
}

active_calls() {
    # read the whole answer first: an awk that stops at the first match would close the pipe on curl, whose
    # failure then ends the script under pipefail
    local metrics
    metrics=$(curl -s -m 5 "$BASE/metrics") || metrics=""
    awk '/^parley_calls_active[{ ]/ { print int($NF); found = 1; exit } END { if (!found) print -1 }' <<<"$metrics"
}

# ---------------------------------------------------------------------------------------------------------------
# warm-up, memory with HOLD_CALLS live calls, steps

warm_up run_calls

HOLD_RESULT="not measured"
[[ $(target_kind) == parley ]] || HOLD_CALLS=0 # the heap a call holds: Parley's JVM and /metrics only
if ((HOLD_CALLS > 0)); then
    # calls are held HOLD_CALLS / HOLD_RATE + 30 s: all of them are up together for at least 30 s
    hold_ms=$(( (HOLD_CALLS / HOLD_RATE + 30) * 1000 ))
    idle_calls=$(active_calls)
    base_kib=$(live_heap_kib)
    log "memory: $HOLD_CALLS calls held ${hold_ms} ms (started at $HOLD_RATE/s); live heap before: $base_kib KiB, active calls $idle_calls"
    mkdir -p "$OUT/hold"
    (cd "$OUT/hold" && exec timeout -k 10 $((hold_ms / 1000 + 120)) sipp -sf "$UAC" -inf "$OUT/calls.csv" \
        -i 127.0.0.1 -p "$CALLER_PORT" -t u1 -m "$HOLD_CALLS" -l "$HOLD_CALLS" -r "$HOLD_RATE" -d "$hold_ms" \
        -buff_size 4194304 -nostdin -timeout $((hold_ms / 1000 + 90))s -recv_timeout 10000 -trace_stat -fd 1 -trace_err \
        "$SIP_HOST:$SIP_PORT" >sipp.out 2>&1) &
    hold_pid=$!
    start=$SECONDS
    live=0
    while ((SECONDS - start < hold_ms / 1000 - 5)); do
        live=$(active_calls)
        ((live >= HOLD_CALLS)) && break
        sleep 1
    done
    held_kib=$(live_heap_kib)
    live_after=$(active_calls)
    rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status")
    wait "$hold_pid" || log "the holding SIPp exited with $?, see $OUT/hold"
    HOLD_RESULT=$(awk -v a="$base_kib" -v b="$held_kib" -v n="$live_after" -v r="$rss" 'BEGIN {
        printf "%d calls live: live heap %.1f MiB → %.1f MiB, %.1f KiB per call; server RSS %.0f MiB", n, a / 1024, b / 1024,
            (n > 0 ? (b - a) / n : 0), r / 1024 }')
    log "memory: $HOLD_RESULT"
    echo "$HOLD_RESULT" >"$OUT/hold.txt"
    sleep "$COOLDOWN_SECONDS"
fi

describe() { # figures verdict
    awk -v v="$2" '{ printf "%s/s: achieved %s/s, failed %s (%s%%), setup p50 %s ms p99 %s ms, CPU server %s%% callers %s%% callees %s%% postgres %s%% machine %s%% -> %s", $1, $2, $5, $6, $7, $9, $11, $12, $13, $14, $15, v }' <<<"$1"
}
step_starting() { jfr_step_start "$1"; }
step_ended() { jfr_step_stop "$1"; }
run_steps run_calls describe "attempted/s achieved/s calls ok failed failed% p50ms p90ms p99ms maxms server%cpu uac%cpu uas%cpu postgres%cpu machine%cpu retrans server-ms-cpu/call gc-pauses gc-total-ms gc-max-ms"

[[ -n $JFR_RATE && -f $OUT/step-$JFR_RATE.jfr ]] && jfr_report "$OUT/step-$JFR_RATE.jfr"
server_aftermath
cdrs=$(psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -Atc 'select count(*) from call_record' 2>/dev/null || echo '?')

{
    echo "# Call-setup benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo '```'
    cat "$OUT/machine.txt"
    [[ -f $OUT/quiet.txt ]] && echo "quiet: $(head -n 1 "$OUT/quiet.txt")"
    echo "pairs: $PAIRS, steps of $STEP_SECONDS s (achieved rate and CPU from $WINDOW_START s on), talk $TALK_MS ms, cool-down $COOLDOWN_SECONDS s, warm-up ${WARMUP:-none}"
    echo "idle server CPU: $IDLE_CPU % of one core"
    echo '```'
    echo
    echo "Memory: $HOLD_RESULT."
    echo
    echo "| attempted/s | achieved/s | failed | setup p50 ms | p90 ms | p99 ms | max ms | server CPU | server CPU per call | callers' SIPp CPU | callees' SIPp CPU | PostgreSQL CPU | machine CPU | SIPp retrans. | GC pauses: total (longest) | verdict |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|"
    tail -n +2 "$OUT/steps.txt" | while read -r line; do
        v=FAIL; clean "$line" && v=clean
        awk -v v=$v '{ printf "| %s | %s | %s (%s %%) | %s | %s | %s | %s | %s %% | %s ms | %s %% | %s %% | %s %% | %s %% | %s | %s ms (%s ms) | %s |\n", $1, $2, $5, $6, $7, $8, $9, $10, $11, $17, $12, $13, $14, $15, $16, $19, $20, v }' <<<"$line"
    done
    echo
    echo "CPU in % of one core over each step's window (the machine has $NCPU cores: $((NCPU * 100)) % is all of it);"
    echo "both SIPps run on the same cores as the server."
    echo
    echo "Highest clean rate: **$BEST calls/s** (failed < $MAX_FAILED_PERCENT %, setup p99 < $MAX_P99_MS ms, achieved ≥ ${MIN_ACHIEVED_SHARE} × attempted)."
    echo
    echo "After the run: $(paste -sd' ' "$OUT/rss-after.txt"), call records stored: $cdrs, server log warnings and errors after start: $(wc -l <"$OUT/server-warnings.txt")"
} >"$OUT/summary.md"
cat "$OUT/summary.md"
log "results in $OUT"
exit 0
}
