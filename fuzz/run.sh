#!/usr/bin/env bash
# Runs every fuzz target of a sanitizer build for a bounded time from its seed corpus.
#   fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# SECONDS 0 runs each seed of fuzz/corpus/<target> once and nothing else (the same every time).
# New inputs go to BUILD_DIR/fuzz/corpus/<target> (the seeds in fuzz/corpus stay as written); a
# finding (crash, failed invariant, sanitizer report, leak, an input slower than 10 s) is saved as
# BUILD_DIR/fuzz/findings/<target>-crash-... and makes the script fail. Reproduce one with
#   BUILD_DIR/fuzz/<target> BUILD_DIR/fuzz/findings/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
seconds=$2
shift 2
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_json_parsers fuzz_html_sanitizer fuzz_markdown_preview fuzz_server_params fuzz_server_search)
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=$symbolizer

findings=$build/fuzz/findings
mkdir -p "$findings"
failed=()
for target in "${targets[@]}"; do
    work=$build/fuzz/corpus/$target
    mkdir -p "$work"
    dict=()
    [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
    if [ "$seconds" = 0 ]; then
        echo "== $target: the seeds"
        run=(-runs=0 "fuzz/corpus/$target")
    else
        echo "== $target: ${seconds}s"
        run=(-max_total_time="$seconds" "${dict[@]}" "$work" "fuzz/corpus/$target")
    fi
    if ! "$build/fuzz/$target" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$findings/$target-" "${run[@]}" 2>"$build/fuzz/$target.log"; then
        tail -n 60 "$build/fuzz/$target.log"
        failed+=("$target")
    else
        grep -E '^stat::(number_of_executed_units|new_units_added)' "$build/fuzz/$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzz findings in: ${failed[*]} (inputs in $findings)"
    exit 1
fi
