#!/usr/bin/env bash
# Media engine benchmark: relayed calls (endpoint pairs) at 100, 250, 500 and 1,000 concurrent calls, then playback
# to 500 endpoints at once, all on loopback, the engine and the phones (UDP sockets) in one JVM. See
# benchmarks/README.md ("Media relay and playback") for what each figure means.
#
# Usage (from the repository root): benchmarks/media-relay.sh [CALLS ...] [play=N]
#   SECONDS_PER_STEP (default 20) measured seconds per step, after WARMUP (default 5) unmeasured ones.
# Needs a JDK 17+ and Maven; compiles the connector first (`mvn -o -q compile`, nothing installed).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q compile -pl sip-connector/impl -am
CP="sip-connector/impl/target/classes:sip-connector/api/target/classes"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms512m -Xmx512m -XX:+UseParallelGC -Dseconds="${SECONDS_PER_STEP:-20}" -Dwarmup="${WARMUP:-5}" \
    -cp "$CP" benchmarks/media/MediaBench.java "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
