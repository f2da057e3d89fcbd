#!/usr/bin/env bash
# The cost of the record's hash chain: seals N generated events (default 100,000) and times it, then times a
# full /audit/integrity check, a full export and the offline verifier on it. See bench/chain.py.
# Usage: bench/chain.sh [N] [port]   (builds the jars first if they are missing)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
PORT=${2:-18081}
[ -f web/target/gatehouse.jar ] && [ -f verifier/target/gatehouse-verifier.jar ] \
  || ./mvnw -B -q package -DskipTests -pl web -am
DATA=$(mktemp -d)
ADMIN_EMAIL=bench-admin@gatehouse.test
export AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_ADMIN_EMAIL=$ADMIN_EMAIL \
  GATEHOUSE_ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -d "/+=")"
# No sealing on a schedule: the export seals everything first, so its request times the sealing alone.
SERVER_PORT=$PORT GATEHOUSE_DATA_DIR=$DATA GATEHOUSE_RECORD_SEAL_INTERVAL=0 java -Xmx512m -jar web/target/gatehouse.jar \
  > "$DATA/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $pid 2>/dev/null || { echo "app died, see $DATA/app.log"; cat "$DATA/app.log" | tail -20; exit 1; }
  sleep 0.5
done
PG_PORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$DATA/app.log" | grep -o '[0-9]*$')
python3 bench/chain.py "http://localhost:$PORT" "$PG_PORT" "$ADMIN_EMAIL" "$GATEHOUSE_ADMIN_PASSWORD" "$N" "$pid"
