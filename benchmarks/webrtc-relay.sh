#!/usr/bin/env bash
# WebRTC benchmark: CPU of Parley's media engine per browser call (DTLS-SRTP on one side, relayed to plain RTP) at
# 50 and 200 concurrent calls. See benchmarks/README.md ("WebRTC relay") for what each figure means.
#
# Usage (from the repository root):
#   benchmarks/webrtc-relay.sh [CALLS ...]        default: 50 200
#   SECONDS_PER_STEP (default 20) measured seconds per step, after WARMUP (default 5) unmeasured ones.
# The engine runs in this JVM; the "browsers" are this tool's BouncyCastle DTLS clients with SRTP, the "phones" UDP
# sockets; all on 127.0.0.1. Needs a JDK 17+ and Maven with the BouncyCastle jars in the local repository (a build of
# the connector has fetched them); compiles the connector (`mvn -o -q compile`), installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q compile -pl sip-connector/impl -am
BC=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/bouncycastle" -name '*-jdk18on-*.jar' | sort | paste -sd: -)
[[ -n $BC ]] || { echo "no BouncyCastle jars in the Maven repository: build the connector once" >&2; exit 1; }
CP="sip-connector/impl/target/classes:sip-connector/api/target/classes:$BC"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms512m -Xmx512m -XX:+UseParallelGC -Dseconds="${SECONDS_PER_STEP:-20}" -Dwarmup="${WARMUP:-5}" \
    -cp "$CP" benchmarks/media/WebRtcBench.java "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
