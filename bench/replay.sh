#!/usr/bin/env bash
# Replay speed of a streaming projection: generates N events (default 100,000) through Axon's storage engine
# on a fresh embedded database, then replays the projection as /admin/projections does and reports events/s.
# Usage: bench/replay.sh [events] [projection]   (projection: documents (default) or audit-trail)
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}
PROJECTION=${2:-documents}
./mvnw -B -q verify -pl web -am -Dtest=ReplayBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgatehouse.bench.events="$EVENTS" -Dgatehouse.bench.projection="$PROJECTION" \
  -Djacoco.skip=true > /dev/null
cat web/target/bench/replay.txt
