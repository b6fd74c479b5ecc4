#!/usr/bin/env bash
# The figures of the README's Performance section in one command (issue 18, point 4): SWEEPS sweeps of the register,
# call and queue benchmarks against Parley (this working tree, and with --before REV also commit REV, built apart),
# and of the register and call benchmarks against the Kamailio reference (benchmarks/kamailio/kamailio.cfg), all with
# the same script, steps, users and 60 s steps; then the median of each figure over the sweeps, per target and step.
#
# Usage (from the repository root, after `mvn -DskipTests package`, on a quiet machine):
#   benchmarks/sweeps.sh [--before REV] [--sweeps N] [--only "register calls queue"] [--out DIR] [-- options for every run]
#
#   --before REV   also benchmark commit REV (the "before" column), built from git archive in the results directory
#   --sweeps N     sweeps (3)
#   --only LIST    which benchmarks (register calls queue)
# Every run goes to DIR/<benchmark>-<target>-<sweep>/ (its own summary.md); DIR/medians.md has the medians of
# achieved rate, p99, server CPU and server CPU per operation for each step that ran in every sweep. The runs use
# --all-steps so that every sweep has every step. About an hour per sweep without --before.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SWEEPS=3
BEFORE=
ONLY="register calls queue"
OUT=$ROOT/benchmarks/results/sweeps-$(date -u +%Y%m%dT%H%M%SZ)
while [[ $# -gt 0 ]]; do
    case $1 in
        --before) BEFORE=$2; shift 2 ;;
        --sweeps) SWEEPS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (--help)" >&2; exit 2 ;;
    esac
done
EXTRA=("$@")
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
command -v kamailio >/dev/null || echo "kamailio not installed (apt-get install kamailio): the reference runs will fail" >&2

targets_of() { # benchmark → "name:options" words
    local t="parley:"
    [[ -n $BEFORE ]] && t+=" before:--git=$BEFORE"
    [[ $1 != queue ]] && t+=" kamailio:--target=kamailio"
    echo "$t"
}
script_of() { case $1 in register) echo register-rate.sh ;; calls) echo call-rate.sh ;; queue) echo queue-rate.sh ;; esac; }

for sweep in $(seq 1 "$SWEEPS"); do
    for bench in $ONLY; do
        for target in $(targets_of "$bench"); do
            name=${target%%:*}
            opts=()
            [[ -n ${target#*:} ]] && opts=(${target#*:})
            opts=("${opts[@]/=/ }")
            dir=$OUT/$bench-$name-$sweep
            echo "$(date -u +%H:%M:%S) sweep $sweep: $bench against $name (load $(cut -d' ' -f1-3 /proc/loadavg))"
            # shellcheck disable=SC2068 # "--git REV" and "--target kamailio" are two words each
            "$ROOT/benchmarks/$(script_of "$bench")" ${opts[@]} --all-steps --out "$dir" "${EXTRA[@]}" >"$dir.log" 2>&1 \
                || echo "  failed, see $dir.log" >&2
        done
    done
done

# medians over the sweeps of each (benchmark, target, step): columns of steps.txt (see each script's header line)
{
    echo "# Medians of $SWEEPS sweeps, $(date -u +%Y-%m-%d)"
    echo
    echo "| benchmark | target | step | sweeps | achieved/s | p99 ms | server CPU (% of one core) | server CPU per operation (ms) | failed % |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    for bench in $ONLY; do
        for target in $(targets_of "$bench"); do
            name=${target%%:*}
            cpu_col=17; [[ $bench == register ]] && cpu_col=16
            for f in "$OUT/$bench-$name-"*/steps.txt; do [[ -f $f ]] && tail -n +2 "$f"; done | awk -v b="$bench" -v t="$name" -v cc="$cpu_col" '
                function median(list,   n, a, i, j, x) {
                    n = split(list, a, " ")
                    for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > x + 0; j--) a[j + 1] = a[j]; a[j + 1] = x }
                    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
                }
                # queue-rate.sh: connected/s, dispatch p99, server CPU in column 13, CPU per call in 18
                BEGIN { sc = 11; if (b == "queue") { sc = 13; cc = 18 } }
                { r = $1; n[r]++; ach[r] = ach[r] " " $2; p99[r] = p99[r] " " $9; cpu[r] = cpu[r] " " $sc; fl[r] = fl[r] " " $6
                  if (cc) per[r] = per[r] " " $cc; if (!(r in seen)) { seen[r] = 1; order[++k] = r } }
                END { for (i = 1; i <= k; i++) { r = order[i]
                    printf "| %s | %s | %s | %d | %s | %s | %s | %s | %s |\n", b, t, r, n[r], median(ach[r]), median(p99[r]),
                        median(cpu[r]), cc ? median(per[r]) : "-", median(fl[r]) } }'
        done
    done
    echo
    echo "load during the runs: see each run's machine.txt (load before) and summary.md"
} >"$OUT/medians.md"
cat "$OUT/medians.md"
