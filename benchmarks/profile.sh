#!/usr/bin/env bash
# Where Parley's time goes (issue 18, point 1): flight recordings (JFR, settings "profile": an execution sample every
# 10 ms per thread, allocation samples) of a packaged Parley at a fixed, moderate load, for REGISTER with digest
# authentication and for calls (SIPp callers and callees through the B2BUA), with the hottest frames and the
# allocation sites of each. The write-up of what they showed is docs/performance.md.
#
# Usage (from the repository root, after `mvn -DskipTests package`):
#   benchmarks/profile.sh [--register-rate R] [--call-rate C] [--duration S] [--out DIR]
#
#   --register-rate R   registrations/s of the recorded REGISTER step   [REGISTER_RATE] default 1000
#   --call-rate C       calls/s of the recorded call step               [CALL_RATE]     default 200
#   --duration S        seconds of the recorded steps                   [STEP_SECONDS]  default 60
#   --out DIR           results                                        default benchmarks/results/profile-<UTC time>
#
# Each load runs register-rate.sh / call-rate.sh with one step and --jfr on it (their warm-ups first), so every
# figure the benchmarks print (CPU per operation, load, GC) sits beside the recording. Results:
#   DIR/profile.md                       the load, CPU per operation, top frames and allocation sites of both
#   DIR/register/step-R.jfr, -top.txt, -alloc.txt, -stages.txt
#   DIR/calls/step-C.jfr, -top.txt, -alloc.txt
# Open a .jfr in JDK Mission Control for more; `jfr print --events jdk.ExecutionSample FILE` for the raw samples.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REGISTER_RATE=${REGISTER_RATE:-1000}
CALL_RATE=${CALL_RATE:-200}
STEP_SECONDS=${STEP_SECONDS:-60}
OUT=${OUT:-$ROOT/benchmarks/results/profile-$(date -u +%Y%m%dT%H%M%SZ)}
while [[ $# -gt 0 ]]; do
    case $1 in
        --register-rate) REGISTER_RATE=$2 ;;
        --call-rate) CALL_RATE=$2 ;;
        --duration) STEP_SECONDS=$2 ;;
        --out) OUT=$2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (--help)" >&2; exit 2 ;;
    esac
    shift 2
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export JFR_SETTINGS=profile STEP_SECONDS

echo "load before: $(cat /proc/loadavg)" >"$OUT/load.txt"
"$ROOT/benchmarks/register-rate.sh" --rates "$REGISTER_RATE" --jfr "$REGISTER_RATE" --all-steps \
    --out "$OUT/register" >"$OUT/register.log" 2>&1 || { tail -n 20 "$OUT/register.log" >&2; exit 1; }
echo "load between: $(cat /proc/loadavg)" >>"$OUT/load.txt"
"$ROOT/benchmarks/call-rate.sh" --rates "$CALL_RATE" --jfr "$CALL_RATE" --all-steps --hold 0 \
    --out "$OUT/calls" >"$OUT/calls.log" 2>&1 || { tail -n 20 "$OUT/calls.log" >&2; exit 1; }
echo "load after: $(cat /proc/loadavg)" >>"$OUT/load.txt"

section() { # title figures-file top alloc
    echo "## $1"
    echo
    echo '```'
    cat "$2"
    echo '```'
    echo
    echo '```'
    sed -n '1,/^-- top 60/p' "$3" | sed '$d' | head -n 25
    echo '```'
    echo
    echo '```'
    awk '/^-- top 30 by first/ { p = 1 } p' "$4" | head -n 20
    echo '```'
    echo
}
{
    echo "# Profile $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    cat "$OUT/load.txt"
    echo
    section "REGISTER at $REGISTER_RATE/s" "$OUT/register/steps.txt" "$OUT/register/step-$REGISTER_RATE-top.txt" \
        "$OUT/register/step-$REGISTER_RATE-alloc.txt"
    echo '```'
    cat "$OUT/register/step-$REGISTER_RATE-stages.txt"
    echo '```'
    echo
    section "Calls at $CALL_RATE/s" "$OUT/calls/steps.txt" "$OUT/calls/step-$CALL_RATE-top.txt" \
        "$OUT/calls/step-$CALL_RATE-alloc.txt"
} >"$OUT/profile.md"
echo "profile in $OUT/profile.md"
