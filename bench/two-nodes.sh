#!/usr/bin/env bash
# Two Gatehouse nodes on one PostgreSQL behind HAProxy (Debian's package), on this machine:
#   node A on :18081 starts the embedded PostgreSQL, node B on :18082 uses it, HAProxy on :18080 spreads the load.
# Then bench/two-nodes.py measures the pair and shows a suspension on one node refusing the next request on the
# other. Usage: bench/two-nodes.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v haproxy >/dev/null || { echo "installing haproxy"; apt-get install -y -q haproxy >/dev/null; }
[ -f web/target/gatehouse.jar ] || ./mvnw -B -q install -DskipTests

work=$(mktemp -d /tmp/gatehouse-two-nodes-XXXX)
export AXONIQ_UPDATE_CHECKER_DISABLED=true GATEHOUSE_DATA_DIR="$work/data"
export GATEHOUSE_ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -d "/+=")"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

ready() { for _ in $(seq 1 120); do grep -q "ready at" "$1" && return 0; sleep 1; done; echo "no start: $1"; exit 1; }

SERVER_PORT=18081 java -Xmx512m -jar web/target/gatehouse.jar > "$work/a.log" 2>&1 & pids+=($!)
ready "$work/a.log"
pg_port=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$work/a.log" | grep -o "[0-9]*$")
# node B shares node A's database and keys directory (the same data dir: it starts no database of its own)
SERVER_PORT=18082 SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/postgres" \
  SPRING_DATASOURCE_USERNAME=postgres java -Xmx512m -jar web/target/gatehouse.jar > "$work/b.log" 2>&1 & pids+=($!)
ready "$work/b.log"

cat > "$work/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
frontend gatehouse
  bind 127.0.0.1:18080
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /actuator/health
  server a 127.0.0.1:18081 check
  server b 127.0.0.1:18082 check
CFG
haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 & pids+=($!)
for _ in $(seq 1 20); do curl -sf http://127.0.0.1:18080/actuator/health >/dev/null && break; sleep 0.5; done

python3 bench/two-nodes.py http://127.0.0.1:18080 http://127.0.0.1:18081 http://127.0.0.1:18082 \
  "$GATEHOUSE_DATA_DIR" admin@gatehouse.local "$GATEHOUSE_ADMIN_PASSWORD" "${1:-16}" "${2:-10}"
