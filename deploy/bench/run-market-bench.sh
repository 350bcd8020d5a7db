#!/usr/bin/env bash
# The market benchmark and fault drills: the harness's market parts (baselines, catalogue, bids, propagation,
# drills, footprint) against its own embedded default. The same as ./deploy/bench/run-bench.sh --only market; every
# option of run-bench.sh works here (a later --only picks among the parts). Report: deploy/bench/results/bench-<run>.*
# Options: ./deploy/bench/run-bench.sh --help; what it measures and how to read it: deploy/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BENCH_COMMAND="${BENCH_COMMAND:-./deploy/bench/run-market-bench.sh${*:+ $*}}"
exec "$HERE/run-bench.sh" --only market "$@"
