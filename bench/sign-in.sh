#!/usr/bin/env bash
# Sign-in cost: one Argon2id hash alone, then logins/s and server CPU per login at 8 concurrent clients
# (from 8 addresses, then from one address as behind a NAT). Starts its own app on a fresh embedded database.
# Usage: bench/sign-in.sh [port] [clients] [logins-per-client]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18080} CLIENTS=${2:-8} LOGINS=${3:-40}
[ -f web/target/gatehouse.jar ] || ./mvnw -B -q install -DskipTests
DATA=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
mkdir -p "$DATA/lib" && (cd "$DATA/lib" && unzip -q -j "$OLDPWD/web/target/gatehouse.jar" 'BOOT-INF/lib/spring-security-crypto-*' 'BOOT-INF/lib/bcprov-*' 'BOOT-INF/lib/spring-core-*' 'BOOT-INF/lib/commons-logging-*' 2>/dev/null || true)
java -cp "$DATA/lib/*" bench/HashCost.java

export AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -d "/+=")"
SERVER_PORT=$PORT GATEHOUSE_DATA_DIR=$DATA SERVER_FORWARD_HEADERS_STRATEGY=native \
  java -jar web/target/gatehouse.jar > "$DATA/app.log" 2>&1 &
PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 $PID 2>/dev/null || { echo "app died, see $DATA/app.log"; cat "$DATA/app.log" | tail -20; exit 1; }
  sleep 0.2
done
python3 bench/sign-in.py "http://localhost:$PORT" "$DATA" $PID "$CLIENTS" "$LOGINS"
python3 bench/sign-in.py "http://localhost:$PORT" "$DATA" $PID "$CLIENTS" "$LOGINS" one-address
