#!/usr/bin/env bash
# Outbox -> Kafka -> inbox throughput and latency at fixed rates, next to a raw Kafka producer -> consumer baseline
# on the same broker in the same run. Builds the bench first if it is missing or older than its sources.
# Options: ./deploy/bench/run-outbox-bench.sh --help; what it measures and how to read it: deploy/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$HERE/target/quarkus-app/quarkus-run.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

stale() {
  [[ ! -f "$JAR" ]] && return 0
  # the bench and what it exercises: any source or pom newer than the packaged application
  [[ -n "$(find "$ROOT/pom.xml" "$HERE/pom.xml" "$HERE/src/main" \
      "$ROOT/services/platform/messaging/pom.xml" "$ROOT/services/platform/messaging/src/main" \
      "$ROOT/services/platform/embedded/pom.xml" "$ROOT/services/platform/embedded/src/main" \
      "$ROOT/contracts/events/pom.xml" "$ROOT/contracts/events/src/main" "$ROOT/contracts/events/schemas" \
      -newer "$JAR" -type f -print -quit 2>/dev/null)" ]]
}

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]] && stale; then
  echo "bench: building (./mvnw -pl deploy/bench -am package -DskipTests) ..."
  (cd "$ROOT" && ./mvnw -q -pl deploy/bench -am package -DskipTests)
fi
if [[ ! -f "$JAR" ]]; then
  echo "bench: $JAR is missing; build with ./mvnw -pl deploy/bench -am package -DskipTests" >&2
  exit 2
fi

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || true)"
if [[ -n "$commit" && -n "$(git -C "$ROOT" status --porcelain -- services contracts deploy/bench pom.xml 2>/dev/null)" ]]; then
  commit="$commit (with uncommitted changes)"
fi

# One JVM holds the bench, the Quarkus application and (by default) the Kafka broker; PostgreSQL runs beside it.
# shellcheck disable=SC2086
exec "$JAVA" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g -XX:+UseG1GC} \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dbench.dir="$HERE" \
  -Dbench.commit="$commit" \
  -Dbench.command="./deploy/bench/run-outbox-bench.sh${*:+ $*}" \
  -jar "$JAR" "$@"
