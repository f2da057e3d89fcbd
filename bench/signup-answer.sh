#!/usr/bin/env bash
# Sign-up answer time for a taken address against a free one (no enumeration by timing). Starts its own app
# on a fresh embedded database, without SMTP. Usage: bench/signup-answer.sh [port] [tries-of-each-kind]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18081} TRIES=${2:-30}
[ -f web/target/gatehouse.jar ] || ./mvnw -B -q install -DskipTests
DATA=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
export AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -d "/+=")"
SERVER_PORT=$PORT GATEHOUSE_DATA_DIR=$DATA SERVER_FORWARD_HEADERS_STRATEGY=native \
  java -jar web/target/gatehouse.jar > "$DATA/app.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $PID 2>/dev/null || { echo "app died, see $DATA/app.log"; tail -20 "$DATA/app.log"; exit 1; }
  sleep 0.2
done
python3 bench/signup-answer.py "http://localhost:$PORT" "$DATA" "$TRIES"
