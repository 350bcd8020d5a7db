#!/usr/bin/env bash
# The event backbone alone: outbox -> Kafka -> inbox throughput, latency, exactly-once and per-aggregate order at
# fixed rates, then a sustained run at 2,000 events/s, next to a raw Kafka producer -> consumer on the same broker.
# The harness's backbone part: the same as ./deploy/bench/run-bench.sh --only backbone. --rates is taken as the
# harness's --event-rates (this script's option before the merge); every other option is the harness's.
# Options: ./deploy/bench/run-bench.sh --help; what it measures and how to read it: deploy/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export BENCH_COMMAND="${BENCH_COMMAND:-./deploy/bench/run-outbox-bench.sh${*:+ $*}}"
args=()
for arg in "$@"; do
  case "$arg" in
    --rates) args+=(--event-rates) ;;
    --rates=*) args+=("--event-rates=${arg#--rates=}") ;;
    *) args+=("$arg") ;;
  esac
done
exec "$HERE/run-bench.sh" --only backbone ${args[@]+"${args[@]}"}
