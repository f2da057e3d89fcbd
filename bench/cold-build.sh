#!/usr/bin/env bash
# Cold and warm `./mvnw -B verify`: the first with an empty local Maven repository.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(mktemp -d)
t0=$(date +%s)
./mvnw -B -q verify -Dmaven.repo.local="$REPO" > "$REPO.log" 2>&1 || { echo "cold build failed, see $REPO.log"; exit 1; }
t1=$(date +%s)
./mvnw -B -q verify -Dmaven.repo.local="$REPO" > "$REPO.warm.log" 2>&1 || { echo "warm build failed"; exit 1; }
t2=$(date +%s)
echo "cold ./mvnw verify (empty repository): $((t1 - t0)) s"
echo "warm ./mvnw verify:                    $((t2 - t1)) s"
rm -rf "$REPO"
