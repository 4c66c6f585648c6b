#!/usr/bin/env bash
# Runs every benchmark against a build dir and prints the figures for docs/performance.md.
# Usage: bench/run-all.sh [BUILD_DIR]   (make bench)
set -euo pipefail
build=${1:-build}
large=$build/bench-large

echo "== core library, demo data"
"$build/bench/aivizor-bench-core" small

# Idempotent: fills the data set once, then only prints the ids.
mkdir -p "$large"
ids=$("$build/server/aivizor-server" --data-dir "$large" --generate-large 2>/dev/null)
community=$(sed -n 's/^big community id: //p' <<<"$ids")
topic=$(sed -n 's/^big topic id: //p' <<<"$ids")

echo "== core library, large data (community $community, topic $topic)"
"$build/bench/aivizor-bench-core" large-topic "$large" "$topic"
"$build/bench/aivizor-bench-core" paging "$large" "$community"

if command -v wrk >/dev/null; then
    echo "== server throughput (wrk, 32 connections, 10 s)"
    out=$(mktemp)
    "$build/server/aivizor-server" --data-dir "$large" --port 0 >"$out" 2>/dev/null &
    pid=$!
    trap 'kill $pid 2>/dev/null || true; rm -f "$out"' EXIT
    for _ in $(seq 50); do [ -s "$out" ] && break; sleep 0.1; done
    url=$(head -1 "$out")
    for path in "/t/$topic.json" /latest.json; do
        echo "-- $path"
        wrk -t2 -c32 -d10s --latency "$url$path" | grep -E 'Requests/sec|99%|Non-2xx|Socket errors' || true
    done
fi
