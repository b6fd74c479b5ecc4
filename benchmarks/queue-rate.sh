#!/usr/bin/env bash
# Queue benchmark for Parley: one queue with AGENTS registered agents (SIPp phones that ring RING_MS, answer, and
# talk until the caller hangs up after TALK_MS) and callers (registered SIPp phones) dialling it at steady rates
# below and above what the agents can take. Measures, in the server, the time from an agent becoming free while
# callers wait to the agent being rung (parley_queue_dispatch_seconds on /metrics), the callers' wait until connected
# (parley_queue_wait_seconds), and the calls connected per second. See benchmarks/README.md.
#
# Usage (from the repository root, after `mvn -DskipTests install`, or with --build):
#   benchmarks/queue-rate.sh [options]
#
# Options (each also settable through the environment variable in brackets):
#   --agents N             agents (static members of the queue)         [AGENTS] default 50
#   --strategy NAME        the queue's strategy                         [STRATEGY] default rrmemory
#   --ring MS              how long an agent's phone rings before it answers [RING_MS] default 500
#   --talk MS              talk time of each call (the caller hangs up)  [TALK_MS] default 3000
#   --wrap-up S            the queue's wrap-up time                     [WRAP_UP_SECONDS] default 0
#   --load "0.8 …"         rates to try, as fractions of the agents' capacity, AGENTS / (ring + talk) calls/s
#                                                                      [LOAD] default 0.8 0.95 1.05 1.2
#   --rates "10 12 …"      rates to try, calls/s (instead of --load)     [RATES]
#   --duration S           seconds of load per step (calls = rate × S)  [STEP_SECONDS] default 60
#   --window-start S       calls/s and CPU measured from S s on         [WINDOW_START] default 35
#   --max-wait S           the queue's maximum wait (then 480)          [MAX_WAIT_SECONDS] default 120
#   --callers N            caller extensions                           [CALLERS_COUNT] default 200
#   --cooldown S           pause between steps (the queue drains first) [COOLDOWN_SECONDS] default 10
#   --warmup "RATE:S …"    unreported warm-up runs, RATE in calls/s      [WARMUP] default "5:20" ("" for none)
#   --first-failure        stop after the first step failing the criteria (the default runs every step: the steps
#                          above capacity are meant to exceed it)      [ALL_STEPS=0]
#   --java-opts "…"        server JVM options                           [SERVER_JAVA_OPTS] default -Xms2g -Xmx2g -XX:+UseParallelGC
#   --quiet-wait           first wait (≤ 20 min) for a quiet machine    [QUIET_WAIT=1]
#   --build                run `mvn -DskipTests install` first          [BUILD=1]
#   --git REV              benchmark commit REV (built in the results    [GIT_REV]
#                          directory, nothing installed)
#   --out DIR              results directory                           [OUT] default benchmarks/results/queue-<UTC time>
#   -h, --help
#
# Needs what register-rate.sh needs (bash, awk, curl, sipp, PostgreSQL client tools reaching 127.0.0.1:5432 as
# postgres, ss, a JDK 17+ with jcmd, Payara Micro in ~/.m2). Linux only (/proc).
set -euo pipefail
# The whole script is one compound command, read before it runs: editing the file during a run cannot change it.
{

# ---------------------------------------------------------------------------------------------------------------
# settings (see the options above; lib/bench.sh has those the benchmarks share)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/bench.sh
source "$ROOT/benchmarks/lib/bench.sh"
AGENTS=${AGENTS:-50}
STRATEGY=${STRATEGY:-rrmemory}
RING_MS=${RING_MS:-500}
TALK_MS=${TALK_MS:-3000}
WRAP_UP_SECONDS=${WRAP_UP_SECONDS:-0}
LOAD=${LOAD:-"0.8 0.95 1.05 1.2"}
RATES=${RATES:-}
MAX_WAIT_SECONDS=${MAX_WAIT_SECONDS:-120}
CALLERS_COUNT=${CALLERS_COUNT:-200}
WARMUP=${WARMUP-5:20}
ALL_STEPS=${ALL_STEPS:-1}
bench_defaults

while [[ $# -gt 0 ]]; do
    case $1 in
        --agents) AGENTS=$2; shift 2 ;;
        --strategy) STRATEGY=$2; shift 2 ;;
        --ring) RING_MS=$2; shift 2 ;;
        --talk) TALK_MS=$2; shift 2 ;;
        --wrap-up) WRAP_UP_SECONDS=$2; shift 2 ;;
        --load) LOAD=$2; shift 2 ;;
        --max-wait) MAX_WAIT_SECONDS=$2; shift 2 ;;
        --callers) CALLERS_COUNT=$2; shift 2 ;;
        --first-failure) ALL_STEPS=0; shift ;;
        *) common_option "$@"; shift "$TAKEN" ;;
    esac
done

# What the agents can take: each is busy ring + talk (+ wrap-up) per call.
CAPACITY=$(awk -v a="$AGENTS" -v r="$RING_MS" -v t="$TALK_MS" -v w="$WRAP_UP_SECONDS" \
    'BEGIN { printf "%.2f", a / ((r + t) / 1000 + w) }')
if [[ -z $RATES ]]; then
    RATES=$(for f in $LOAD; do awk -v c="$CAPACITY" -v f="$f" 'BEGIN { printf "%.2f\n", c * f }'; done | paste -sd' ')
fi
# A step is clean when fewer than 0.1 % of the callers failed, the dispatch p99 is below 200 ms (or nothing was
# dispatched: below capacity callers seldom wait) and the calls connected per second reached 97 % of the arrival
# rate or, above capacity, of the agents' capacity (the queue kept every agent busy).
MAX_P99_MS=200
clean() { # a line of run_calls
    awk -v mf="$MAX_FAILED_PERCENT" -v mp="$MAX_P99_MS" -v ms="$MIN_ACHIEVED_SHARE" -v c="$CAPACITY" \
        '{ exit !($6 < mf && ($9 == "-" || ($9 !~ />/ && $9 + 0 < mp)) && $2 >= ms * ($1 < c ? $1 : c)) }' <<<"$1"
}

cd "$ROOT"
UAC=$ROOT/benchmarks/sipp/call-uac.xml
AGENT_UAS=$ROOT/benchmarks/sipp/queue-agent.xml
REGISTER=$ROOT/benchmarks/sipp/register.xml
OUT=${OUT:-$ROOT/benchmarks/results/queue-$(date -u +%Y%m%dT%H%M%SZ)}
BENCH_FILES=("$UAC" "$AGENT_UAS" "$REGISTER")
bench_init

# ---------------------------------------------------------------------------------------------------------------
# machine, server, phones, the queue

[[ $QUIET_WAIT == 1 ]] && wait_for_quiet_machine
describe_machine
start_parley
sipp_ports
AGENT_PORT=$UAS_PORT

CALLERS=100000
AGENT_FIRST=300000
QUEUE_NUMBER=600000
create_extensions "$CALLERS" "$CALLERS_COUNT"
create_extensions "$AGENT_FIRST" "$AGENTS"
injection_file "$OUT/callers.csv" "$CALLERS" "$CALLERS_COUNT" "127.0.0.1:$CALLER_PORT"
injection_file "$OUT/agents.csv" "$AGENT_FIRST" "$AGENTS" "127.0.0.1:$AGENT_PORT"
injection_file "$OUT/calls.csv" "$CALLERS" "$CALLERS_COUNT" "$QUEUE_NUMBER"
register_phones register-callers "$OUT/callers.csv" "$CALLER_PORT" "$CALLERS_COUNT"
register_phones register-agents "$OUT/agents.csv" "$AGENT_PORT" "$AGENTS"

agents_json=$(seq "$AGENT_FIRST" $((AGENT_FIRST + AGENTS - 1)) | sed 's/.*/"&"/' | paste -sd,)
queue=$(curl -s -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -w '\n%{http_code}' "$BASE/api/queues" \
    -d "{\"name\":\"Bench\",\"extension\":\"$QUEUE_NUMBER\",\"strategy\":\"$STRATEGY\",\"maxWaitSeconds\":$MAX_WAIT_SECONDS,\
\"agentRingSeconds\":15,\"retrySeconds\":0,\"wrapUpSeconds\":$WRAP_UP_SECONDS,\"staticAgents\":[$agents_json]}")
[[ $(tail -n 1 <<<"$queue") == 201 ]] || die "creating the queue failed: $queue"
QUEUE_ID=$(head -n 1 <<<"$queue" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
log "queue $QUEUE_NUMBER ($STRATEGY): $AGENTS agents answering on port $AGENT_PORT after $RING_MS ms, $CALLERS_COUNT callers on port $CALLER_PORT; capacity $CAPACITY calls/s"

# The agents' phones: one SIPp answering every call after RING_MS, for the whole run.
start_answering_sipp agents "$AGENT_UAS" -d "$RING_MS"

measure_idle_cpu

waiting_callers() {
    curl -s -m 5 -u "admin:$ADMIN_PASSWORD" "$BASE/api/queues/$QUEUE_ID/agents" \
        | awk '{ n = gsub(/"callId"/, ""); print n + 0 }'
}

# ---------------------------------------------------------------------------------------------------------------
# One SIPp caller run at RATE calls/s (a decimal) for SECONDS. Prints one line:
#   attempted connected/s calls ok failed failed% dispatch-p50 p90 p99 dispatches wait-p50 wait-p99 server% uac% uas%
#   postgres% machine% server-ms-cpu/call gc-count gc-total-ms gc-max-ms
# (milliseconds). Dispatch and wait percentiles cover the whole run, from the server's histograms read before it
# started and after its last call ended; connected/s and CPU the steady window (from WINDOW_START s to a second
# before the last call is sent; all of it for shorter runs).
run_calls() { # name rate seconds
    local name=$1 rate=$2 secs=$3
    local dir=$OUT/$name calls
    calls=$(awk -v r="$rate" -v s="$secs" 'BEGIN { printf "%d", r * s + 0.5 }')
    mkdir -p "$dir"
    local from=0 to=$((secs - 1))
    ((secs > WINDOW_START + 1)) && from=$WINDOW_START
    local s0 s1 m0 m1 t0 t1 c0 c1 u0 u1 tpid uac_pid rc=0 begin
    metrics_snapshot "$dir/metrics-begin.txt"
    begin=$(now)
    (
        cd "$dir"
        exec timeout -k 10 $((secs + MAX_WAIT_SECONDS + 120)) sipp -sf "$UAC" -inf "$OUT/calls.csv" \
            -i 127.0.0.1 -p "$CALLER_PORT" -t u1 -m "$calls" -r "$rate" -rp 1000 -d "$TALK_MS" -l 100000 \
            -buff_size 4194304 -nostdin -timeout $((secs + MAX_WAIT_SECONDS + 90))s \
            -recv_timeout $(((MAX_WAIT_SECONDS + 30) * 1000)) -trace_stat -fd 1 -trace_err \
            "127.0.0.1:$SIP_PORT" >sipp.out 2>&1
    ) &
    tpid=$!
    uac_pid=$(sipp_child "$tpid")
    sleep_until "$begin" "$from"
    metrics_snapshot "$dir/metrics-window0.txt"
    postgres_ticks >"$dir/pg0"
    s0=$(proc_ticks "$SERVER_PID"); m0=$(machine_ticks); c0=$(proc_ticks "${uac_pid:-0}"); u0=$(proc_ticks "$UAS_PID"); t0=$(now)
    sleep_until "$begin" "$to"
    t1=$(now); m1=$(machine_ticks); s1=$(proc_ticks "$SERVER_PID"); c1=$(proc_ticks "${uac_pid:-0}"); u1=$(proc_ticks "$UAS_PID")
    postgres_ticks >"$dir/pg1"
    metrics_snapshot "$dir/metrics-window1.txt"
    wait "$tpid" || rc=$?
    echo "$rc" >"$dir/rc"
    metrics_snapshot "$dir/metrics-end.txt"
    local stat gc dispatch wait_ms connected wall
    stat=$(ls "$dir"/call-uac_*_.csv 2>/dev/null | head -n 1 || true)
    if [[ -z $stat ]]; then
        tail -n 20 "$dir/sipp.out" >&2
        log "SIPp wrote no statistics (exit $rc), see $dir"
        return 1
    fi
    gc=$(gc_pauses "$begin")
    dispatch=$(histogram_quantiles "$dir/metrics-begin.txt" "$dir/metrics-end.txt" parley_queue_dispatch_seconds "0.5 0.9 0.99")
    wait_ms=$(histogram_quantiles "$dir/metrics-begin.txt" "$dir/metrics-end.txt" parley_queue_wait_seconds "0.5 0.99")
    connected=$(($(metric_value "$dir/metrics-window1.txt" parley_queue_wait_seconds_count) \
        - $(metric_value "$dir/metrics-window0.txt" parley_queue_wait_seconds_count)))
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    awk -F';' -v rate="$rate" -v calls="$calls" -v connected="$connected" -v span=$((to - from)) -v wall="$wall" \
        -v dispatch="$dispatch" -v waits="$wait_ms" -v server="$s0 $s1" -v machine="$m0 $m1" \
        -v gens="$c0:$c1 $u0:$u1" -v pg="$(postgres_delta "$dir/pg0" "$dir/pg1")" -v gc="$gc" \
        -v tck="$CLK_TCK" -v ncpu="$NCPU" '
        NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
        { last = $0 }
        END {
            split(last, v, ";")
            ok = v[col["SuccessfulCall(C)"]]; failed = v[col["FailedCall(C)"]]
            failed += calls - v[col["TotalCallCreated"]]
            split(dispatch, d, " "); split(waits, w, " ")
            split(server, s, " "); split(machine, m, " ")
            achieved = connected / span
            srv = (s[2] - s[1]) / tck / wall
            busy = (m[4] - m[2]) ? 100 * ncpu * (m[3] - m[1]) / (m[4] - m[2]) : 0
            line = sprintf("%s %.2f %d %d %d %.3f %s %s %s %d %s %s %.0f", rate, achieved, calls, ok, failed,
                calls ? 100 * failed / calls : 0, d[1], d[2], d[3], d[4], w[1], w[2], 100 * srv)
            k = split(gens, g, " ")
            for (i = 1; i <= k; i++) { split(g[i], t, ":"); line = line sprintf(" %.0f", 100 * (t[2] - t[1]) / tck / wall) }
            printf "%s %.0f %.0f %.3f %s\n", line, 100 * pg / tck / wall, busy, achieved ? 1000 * srv / achieved : 0, gc
        }' "$stat"
}

# Between steps: the queue drains (callers above capacity wait until the agents take them) before the cool-down.
step_ended() {
    local start=$SECONDS
    until [[ $(waiting_callers) == 0 ]] || ((SECONDS - start > MAX_WAIT_SECONDS + 30)); do sleep 1; done
}

# ---------------------------------------------------------------------------------------------------------------
# warm-up, steps

warm_up run_calls

describe() { # figures verdict
    awk -v v="$2" '{ printf "%s/s: connected %s/s, failed %s (%s%%), agent free -> rung p50 %s ms p99 %s ms (%s), caller wait p50 %s ms p99 %s ms, CPU server %s%% callers %s%% agents %s%% postgres %s%% machine %s%% -> %s", $1, $2, $5, $6, $7, $9, $10, $11, $12, $13, $14, $15, $16, $17, v }' <<<"$1"
}
run_steps run_calls describe "attempted/s connected/s calls ok failed failed% dispatch-p50ms dispatch-p90ms dispatch-p99ms dispatches wait-p50ms wait-p99ms server%cpu uac%cpu uas%cpu postgres%cpu machine%cpu server-ms-cpu/call gc-pauses gc-total-ms gc-max-ms"

server_aftermath
events=$(psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -Atc \
    "select event || ' ' || count(*) from queue_event group by event order by event" 2>/dev/null | paste -sd',' || echo '?')

{
    echo "# Queue benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo '```'
    cat "$OUT/machine.txt"
    [[ -f $OUT/quiet.txt ]] && echo "quiet: $(head -n 1 "$OUT/quiet.txt")"
    echo "queue: $AGENTS static agents, strategy $STRATEGY, wrap-up $WRAP_UP_SECONDS s, max wait $MAX_WAIT_SECONDS s; agents ring $RING_MS ms then answer; callers ($CALLERS_COUNT extensions) talk $TALK_MS ms then hang up"
    window="from $WINDOW_START s on"
    ((STEP_SECONDS > WINDOW_START + 1)) || window="over the whole step"
    echo "capacity: $CAPACITY calls/s ($AGENTS / (ring + talk + wrap-up)); steps of $STEP_SECONDS s (connected/s and CPU $window), cool-down $COOLDOWN_SECONDS s, warm-up ${WARMUP:-none}"
    echo "idle server CPU: $IDLE_CPU % of one core"
    echo '```'
    echo
    echo "| arrivals/s | load | connected/s | failed | agent free → rung p50 | p90 | p99 | dispatches | caller wait p50 | p99 | server CPU | server CPU per call | callers' SIPp CPU | agents' SIPp CPU | PostgreSQL CPU | machine CPU | GC pauses: total (longest) | verdict |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|"
    tail -n +2 "$OUT/steps.txt" | while read -r line; do
        v=FAIL
        if clean "$line"; then
            v=clean
            awk -v c="$CAPACITY" '{ exit !($1 > c) }' <<<"$line" && v="clean (agents saturated)"
        fi
        awk -v v="$v" -v c="$CAPACITY" '{ printf "| %s | %.2f | %s | %s (%s %%) | %s ms | %s ms | %s ms | %s | %s ms | %s ms | %s %% | %s ms | %s %% | %s %% | %s %% | %s %% | %s ms (%s ms) | %s |\n", $1, $1 / c, $2, $5, $6, $7, $8, $9, $10, $11, $12, $13, $18, $14, $15, $16, $17, $20, $21, v }' <<<"$line"
    done
    echo
    echo "Times from the server's histograms (parley_queue_dispatch_seconds, parley_queue_wait_seconds on /metrics), read"
    echo "before and after each step, interpolated inside a bucket (buckets: 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50 ms …)."
    echo "CPU in % of one core over each step's window (the machine has $NCPU cores: $((NCPU * 100)) % is all of it)."
    echo
    echo "Highest clean arrival rate: **$BEST calls/s** (failed < $MAX_FAILED_PERCENT %, dispatch p99 < $MAX_P99_MS ms, connected ≥ ${MIN_ACHIEVED_SHARE} × arrivals, or × capacity above it)."
    echo
    echo "Queue events stored: $events. After the run: $(paste -sd' ' "$OUT/rss-after.txt"), server log warnings and errors after start: $(wc -l <"$OUT/server-warnings.txt")"
} >"$OUT/summary.md"
cat "$OUT/summary.md"
log "results in $OUT"
exit 0
}
