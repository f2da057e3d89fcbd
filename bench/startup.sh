#!/usr/bin/env bash
# Start-up time and resident memory of the app on the embedded PostgreSQL.
# Usage: bench/startup.sh [port]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18080}
[ -f web/target/gatehouse.jar ] || ./mvnw -B -q install -DskipTests
DATA=$(mktemp -d)
export AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -d "/+=")"

run() {
  local label=$1 start pid ms rss
  start=$(date +%s%N)
  SERVER_PORT=$PORT GATEHOUSE_DATA_DIR=$DATA java -jar web/target/gatehouse.jar > "$DATA/$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "app died, see $DATA/$label.log"; exit 1; }
    sleep 0.2
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 5
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "$label: healthy after ${ms} ms; JVM RSS ${rss} MiB (no -Xmx)"
  kill $pid; wait $pid 2>/dev/null || true
}

run "first start (initdb + migrations)"
run "restart (existing data)"
rm -rf "$DATA"
