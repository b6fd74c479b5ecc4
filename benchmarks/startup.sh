#!/usr/bin/env bash
# Start-up time of the packaged Parley (issue 18, point 3): from the JVM's launch to /health/ready answering 200 with
# the SIP connector's check and the REST API answering, started exactly as the README's run command starts it (the
# same Payara Micro arguments, pre- and post-boot files, logging properties, RAR and WAR), on free ports with a
# database of its own, RUNS times. Prints one line per run with the phases read from the server's log, and the load
# average beside it (the machine is shared: a start under load says so).
#
# Usage (after `mvn -DskipTests package`):  benchmarks/startup.sh [RUNS] [-- JVM options …]
#   RUNS (default 3); JVM options replace the run command's (-Xmx1g), e.g. to try class data sharing:
#   benchmarks/startup.sh 1 -- -Xmx1g -XX:ArchiveClassesAtExit=/tmp/parley.jsa    (writes the archive at exit)
#   benchmarks/startup.sh 3 -- -Xmx1g -XX:SharedArchiveFile=/tmp/parley.jsa      (starts with it)
#
# Phases (ms from the JVM's launch; the log is the run command's with each line stamped in milliseconds and Payara's
# deployment lines kept): sip = the SIP connector listening; rar = the resource adapter deployed; war = the web
# application deployed; ready = /health/ready 200 and /api answering (401 without credentials).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
shift || true
[[ ${1:-} == -- ]] && shift
JAVA_OPTS=("$@")
((${#JAVA_OPTS[@]})) || JAVA_OPTS=(-Xmx1g)
MICRO_JAR=${PAYARA_MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
RAR=$ROOT/sip-connector/rar/target/parley-sip.rar
WAR=$ROOT/web/target/parley.war
GATE=$ROOT/http-gate/target/parley-http-gate.jar
PAYARA=$ROOT/web/src/main/payara
for f in "$MICRO_JAR" "$RAR" "$WAR" "$GATE"; do [[ -f $f ]] || { echo "$f missing: mvn -DskipTests package" >&2; exit 1; }; done
OUT=$(mktemp -d /tmp/parley-startup.XXXXXX)
# the run command's logging, with each line stamped in epoch milliseconds and the deployment lines kept
{ cat "$PAYARA/logging.properties"
  echo 'java.util.logging.SimpleFormatter.format=%1$tQ %4$-7s %3$s: %5$s%6$s%n'
  echo 'javax.enterprise.system.core.level=INFO'; } >"$OUT/logging.properties"

free_port() { local p; while :; do p=$((20000 + RANDOM % 40000)); [[ -z $(ss -Htuan "( sport = :$p )") ]] && { echo "$p"; return; }; done; }
ms_of() { # log pattern → ms since launch of the first line matching it
    awk -v pat="$2" -v t0="$3" 'index($0, pat) && $1 ~ /^[0-9]+$/ { print $1 - t0; exit }' "$1"
}

PID=
DB=
stop() {
    if [[ -n $PID ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    if [[ -n $DB ]]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" || true; fi
    PID=; DB=
}
trap 'stop' EXIT

echo "run  launch→ready  sip    rar    war    ready  (ms from launch)   load (1, 5, 15 min)   JVM ${JAVA_OPTS[*]}"
for run in $(seq 1 "$RUNS"); do
    DB=parley_startup_$$_$run
    createdb -h 127.0.0.1 -U postgres "$DB"
    http=$(free_port); sip=$(free_port)
    log=$OUT/server-$run.log
    t0=$(date +%s%3N)
    env PARLEY_SIP_HOST=127.0.0.1 PARLEY_SIP_PORT="$sip" PARLEY_SIP_WS_PORT=off PARLEY_HTTP_PORT="$http" \
        PARLEY_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" PARLEY_DB_USER=postgres PARLEY_DATA_DIR="$OUT/data-$run" \
        PARLEY_ADMIN_PASSWORD=startup-$RANDOM$RANDOM \
        java "${JAVA_OPTS[@]}" -jar "$MICRO_JAR" --nocluster --port "$http" --addlibs "$GATE" \
        --logproperties "$OUT/logging.properties" --prebootcommandfile "$PAYARA/preboot.asadmin" \
        --postbootcommandfile "$PAYARA/postboot.asadmin" --rootdir "$OUT/root-$run" --deploy "$RAR" --deploy "$WAR" \
        >"$log" 2>&1 &
    PID=$!
    until [[ $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/health/ready") == 200 ]] \
            && [[ $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/api/extensions") == 401 ]]; do
        kill -0 "$PID" 2>/dev/null || { tail -n 30 "$log" >&2; echo "the server exited" >&2; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s%3N)
    printf '%3d  %9.1f s  %6s %6s %6s %6s   %s   %s\n' "$run" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 1000 }')" \
        "$(ms_of "$log" 'SIP connector listening' "$t0" || true)" "$(ms_of "$log" 'parley-sip was successfully deployed' "$t0" || true)" \
        "$(ms_of "$log" 'parley was successfully deployed' "$t0" || true)" $((t1 - t0)) "$(cut -d' ' -f1-3 /proc/loadavg)" \
        "$(grep -c -i 'certificate.*expired\|expired.*certificate' "$log" || true) expired-certificate lines"
    stop
done
echo "logs in $OUT"
