#!/usr/bin/env bash
# Media engine benchmark: relayed calls at 100, 250, 500 and 1,000 concurrent calls, then playback to 500 endpoints.
# See benchmarks/README.md ("Media relay and playback") for what each figure means.
#
# Usage (from the repository root):
#   benchmarks/media-relay.sh [CALLS ...] [play=N]
#       the engine in this JVM, its phones UDP sockets on loopback; needs a JDK 17+ and Maven (compiles the
#       connector first, `mvn -o -q compile`, nothing installed)
#   benchmarks/media-relay.sh --server [CALLS ...]
#       the calls set up through a Parley server started with PARLEY_MEDIA_ANCHOR=always (SIPp callers offering the
#       RTP ports of this tool's phones, SIPp callees echoing the RTP: -rtp_echo), CPU of the server's media threads;
#       needs what call-rate.sh needs (packaged server: `mvn -DskipTests package`, sipp, PostgreSQL, Payara Micro)
#   SECONDS_PER_STEP (default 20) measured seconds per step, after WARMUP (default 5) unmeasured ones.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
mvn -B -o -q compile -pl sip-connector/impl -am
CP="sip-connector/impl/target/classes:sip-connector/api/target/classes"
BENCH_JAVA=(java -Xms512m -Xmx512m -XX:+UseParallelGC -Dseconds="${SECONDS_PER_STEP:-20}" -Dwarmup="${WARMUP:-5}"
    -cp "$CP" benchmarks/media/MediaBench.java)

if [[ ${1:-} != --server ]]; then
    echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    "${BENCH_JAVA[@]}" "$@"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

# ---------------------------------------------------------------------------------------------------------------
# server mode
shift
# shellcheck source=lib/bench.sh
source "$ROOT/benchmarks/lib/bench.sh"
bench_defaults
STEPS=("$@")
((${#STEPS[@]} > 0)) || STEPS=(100 250 500 1000)
SETUP_RATE=${SETUP_RATE:-100}
UAC=$ROOT/benchmarks/sipp/media-uac.xml
UAS=$ROOT/benchmarks/sipp/call-uas.xml
REGISTER=$ROOT/benchmarks/sipp/register.xml
OUT=${OUT:-$ROOT/benchmarks/results/media-$(date -u +%Y%m%dT%H%M%SZ)}
BENCH_FILES=("$UAC" "$UAS" "$REGISTER")
export PARLEY_MEDIA_ANCHOR=always
bench_init
describe_machine
start_parley
sipp_ports
ECHO_PORT=$(free_port)

MOST=0
for n in "${STEPS[@]}"; do ((n > MOST)) && MOST=$n; done
CALLERS=100000
CALLEES=200000
create_extensions "$CALLERS" "$MOST"
create_extensions "$CALLEES" "$MOST"
injection_file "$OUT/callers.csv" "$CALLERS" "$MOST" "127.0.0.1:$CALLER_PORT"
injection_file "$OUT/callees.csv" "$CALLEES" "$MOST" "127.0.0.1:$UAS_PORT"
register_phones register-callers "$OUT/callers.csv" "$CALLER_PORT" "$MOST"
register_phones register-callees "$OUT/callees.csv" "$UAS_PORT" "$MOST"
start_answering_sipp callees "$UAS" -rtp_echo -mi 127.0.0.1 -mp "$ECHO_PORT"
log "$MOST callers registered from port $CALLER_PORT; callees answer on $UAS_PORT and echo RTP on $ECHO_PORT"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${STEPS[@]}"; do
    dir=$OUT/step-$n
    mkdir -p "$dir"
    # the calls stay up while they are set up, then for the warm-up and the measured window, and a margin
    hold_ms=$(((n / SETUP_RATE + ${WARMUP:-5} + ${SECONDS_PER_STEP:-20} + 15) * 1000))
    log "step $n: $n calls through Parley (set up at $SETUP_RATE/s, each up $((hold_ms / 1000)) s)"
    "${BENCH_JAVA[@]}" server calls="$n" callers="$CALLERS" callees="$CALLEES" domain="$DOMAIN" pid="$SERVER_PID" \
        inf="$dir/calls.csv" log="$dir/anchored.log" ready="$dir/ready" | tee "$dir/result.md" &
    bench=$!
    until [[ -f $dir/ready ]]; do
        kill -0 "$bench" 2>/dev/null || die "MediaBench ended before its phones were ready"
        sleep 0.2
    done
    (cd "$dir" && timeout -k 5 $((hold_ms / 1000 + 120)) sipp -sf "$UAC" -inf "$dir/calls.csv" -i 127.0.0.1 \
        -p "$CALLER_PORT" -t u1 -m "$n" -l "$n" -r "$SETUP_RATE" -d "$hold_ms" -trace_logs -log_file "$dir/anchored.log" \
        -trace_err -buff_size 4194304 -nostdin -timeout $((hold_ms / 1000 + 100))s "127.0.0.1:$SIP_PORT" \
        >sipp.out 2>&1) &
    uac=$!
    wait "$bench" || die "MediaBench failed, see above"
    wait "$uac" || log "the callers' SIPp ended with status $? (see $dir/sipp.out)"
    metrics_snapshot "$dir/metrics-end.txt"
    open=$(metric_value "$dir/metrics-end.txt" parley_media_endpoints_open)
    for ((i = 0; i < 30 && ${open%.*} != 0; i++)); do
        sleep 1
        metrics_snapshot "$dir/metrics-end.txt"
        open=$(metric_value "$dir/metrics-end.txt" parley_media_endpoints_open)
    done
    log "step $n done: parley_media_endpoints_open $open after the hang-ups"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
