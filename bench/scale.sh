#!/usr/bin/env bash
# The scale targets of issue 8: generates ACCOUNTS accounts and EVENTS events (defaults 1,000,000 and 10,000,000)
# through the app's real event format on a fresh embedded database, rebuilds the streaming read models from them
# (timed), then times each admin and audit page the targets name over HTTP as a signed-in admin (200 requests each
# after a warm-up). Prints a table and writes web/target/bench/scale.json (and scale.txt); progress goes to
# web/target/bench/scale-progress.txt while it runs. A quick run: bench/scale.sh 50000 500000.
# Usage: bench/scale.sh [accounts] [events]   (extra -D options after them go to Maven, e.g. -Dgatehouse.bench.hold=600)
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${1:-1000000}
EVENTS=${2:-10000000}
shift $(( $# < 2 ? $# : 2 ))
./mvnw -B -q verify -pl web -am -Dtest=ScaleBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgatehouse.bench.accounts="$ACCOUNTS" -Dgatehouse.bench.events="$EVENTS" \
  -Djacoco.skip=true "$@" > /dev/null
cat web/target/bench/scale.txt
