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

# Desktop app (offscreen): one server on fresh demo data, one on the large data set.
echo "== desktop app: start, topic, feed switch, memory"
appdir=$(mktemp -d)
"$build/server/aivizor-server" --data-dir "$appdir/demo" --port 0 >"$appdir/demo.url" 2>/dev/null &
demo_pid=$!
"$build/server/aivizor-server" --data-dir "$large" --port 0 >"$appdir/large.url" 2>/dev/null &
large_pid=$!
trap 'kill $demo_pid $large_pid 2>/dev/null || true; rm -rf "$appdir"' EXIT
for _ in $(seq 100); do [ -s "$appdir/demo.url" ] && [ -s "$appdir/large.url" ] && break; sleep 0.1; done
demo_url=$(head -1 "$appdir/demo.url")
large_url=$(head -1 "$appdir/large.url")
"$build/bench/aivizor-bench-app" server "$demo_url"
"$build/bench/aivizor-bench-app" demo
"$build/bench/aivizor-bench-app" demo-cold
"$build/bench/aivizor-bench-appmem" "$demo_url" 28
"$build/bench/aivizor-bench-appmem" "$large_url" "$topic" 200
echo "== make available offline: the large community's latest 200 topics"
"$build/bench/aivizor-bench-offline" "$large_url" "$community" 200
kill $demo_pid $large_pid 2>/dev/null || true
trap - EXIT
rm -rf "$appdir"

# Starts its own server (fresh demo data, --post-rate-limit 0) and user.
echo "== desktop app: reply sent to post shown"
"$build/bench/aivizor-bench-send" 15

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
