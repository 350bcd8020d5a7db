#!/usr/bin/env bash
# The techmarket benchmark harness: one program, nine parts. The market's (baselines, catalogue, bids, propagation,
# drills, footprint) start their own embedded default (deploy/local/techmarket start, free ports, home
# deploy/bench/target/market-home) and stop it at the end; the event backbone's (backbone) runs outbox -> Kafka ->
# inbox in this JVM on its own PostgreSQL and broker, after the market; relevance (search and matching on the
# labelled sets) runs in this JVM in seconds, no market; index (the search index's rebuild rate) in this JVM, no
# market. One report: deploy/bench/results/
# bench-<run>.md, .json and .png. Builds what the parts asked for need when it is missing or older than its sources.
# Options: ./deploy/bench/run-bench.sh --help; what it measures and how to read it: deploy/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$HERE/target/quarkus-app/quarkus-run.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for arg in "$@"; do
  if [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    if [[ -f "$JAR" ]]; then
      exec "$JAVA" -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$JAR" --help
    fi
    sed -n '2,7p' "$0"
    echo "(build it for the full option list: ./mvnw -pl deploy/bench -am package -DskipTests)"
    exit 0
  fi
done

# Which parts run: the last --only counts, as in the harness itself (the wrappers put theirs first).
parts="all"
previous=""
for arg in "$@"; do
  [[ "$previous" == "--only" ]] && parts="$arg"
  [[ "$arg" == --only=* ]] && parts="${arg#--only=}"
  previous="$arg"
done
market=0 baselines=0 backbone=0
IFS=',' read -ra asked <<< "$parts"
for part in "${asked[@]}"; do
  part="$(tr -d '[:space:]' <<< "$part" | tr '[:upper:]' '[:lower:]')"
  case "$part" in
    all) market=1 baselines=1 backbone=1 ;;
    market|baselines) market=1 baselines=1 ;;
    backbone) backbone=1 ;;
    relevance) ;; # in-process, on the labelled sets: only the bench itself
    index) ;; # in-process, the search index's rebuild rate: only the bench itself
    *) market=1 ;; # a market part, or a mistake the harness will name
  esac
done

newer_than_jar() {
  [[ -n "$(find "$@" \( -path '*/target' -prune \) -o \( -type f \( -name '*.java' -o -name '*.xml' \
      -o -name '*.properties' -o -name '*.sql' -o -name '*.json' -o -name '*.jsonl' -o -name '*.html' \) -newer "$JAR" -print -quit \) \
      2>/dev/null)" ]]
}

# What the backbone exercises: the bench, the messaging library, the embedded servers, the event contracts.
stale_backbone() {
  [[ ! -f "$JAR" ]] && return 0
  newer_than_jar "$ROOT/pom.xml" "$HERE/pom.xml" "$HERE/src/main" "$ROOT/services/platform/messaging" \
    "$ROOT/services/platform/embedded" "$ROOT/contracts/events" "$ROOT/deploy/local/src/main"
}

# What the market runs: every service and the launcher, besides the bench.
stale_market() {
  stale_backbone && return 0
  [[ ! -f "$ROOT/deploy/local/target/lib/embedded-0.1.0-SNAPSHOT.jar" ]] && return 0
  local name
  for name in portal catalogue demand bidding registry subsidy; do
    [[ -f "$ROOT/services/$name/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  newer_than_jar "$ROOT/services" "$ROOT/deploy/local/pom.xml"
}

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  if [[ "$market" == 1 ]] && stale_market; then
    echo "bench: building the market and the bench (./mvnw install -DskipTests) ..."
    (cd "$ROOT" && ./mvnw -q install -DskipTests)
  elif [[ "$market" == 0 ]] && stale_backbone; then
    echo "bench: building the bench (./mvnw -pl deploy/bench -am package -DskipTests) ..."
    (cd "$ROOT" && ./mvnw -q -pl deploy/bench -am package -DskipTests)
  fi
fi
if [[ ! -f "$JAR" ]]; then
  echo "bench: $JAR is missing; build with ./mvnw install -DskipTests" >&2
  exit 2
fi

# pgbench (the PostgreSQL baseline) comes from Debian's postgresql-client
if [[ "$baselines" == 1 ]] && ! command -v pgbench >/dev/null 2>&1 \
    && ! compgen -G "/usr/lib/postgresql/*/bin/pgbench" >/dev/null; then
  bash "$HERE/install-pgbench.sh"
fi

# The backbone holds the bench, a Quarkus application and (by default) the Kafka broker in this JVM: a fixed 2 GB
# heap, as before the merge; the market's parts need less of their own.
if [[ "$backbone" == 1 ]]; then
  default_opts="-Xms2g -Xmx2g -XX:+UseG1GC"
else
  default_opts="-Xms256m -Xmx2g -XX:+UseG1GC"
fi

# shellcheck disable=SC2086 # the options are words on purpose
exec "$JAVA" ${BENCH_JAVA_OPTS:-$default_opts} \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dtechmarket.repo="$ROOT" \
  -Dbench.command="${BENCH_COMMAND:-./deploy/bench/run-bench.sh${*:+ $*}}" \
  -jar "$JAR" "$@"
