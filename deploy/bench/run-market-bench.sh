#!/usr/bin/env bash
# The market benchmark and fault drills against the embedded default: starts its own market
# (deploy/local/techmarket start, free ports, home deploy/bench/market/target/market-home), measures the machine's
# baselines and the market's workloads, runs the fault drills, writes deploy/bench/results/market-bench-<run>.md,
# .json and .png, and stops the market. Builds what is missing or older than its sources first.
# Options: ./deploy/bench/run-market-bench.sh --help; what it measures and how to read it: deploy/bench/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
MODULE="$HERE/market"
JAR="$MODULE/target/market-bench-0.1.0-SNAPSHOT.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

for arg in "$@"; do
  if [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    exec "$JAVA" -cp "$JAR:$MODULE/target/lib/*" gx.techmarket.bench.market.MarketBench --help 2>/dev/null \
      || sed -n '2,6p' "$0"
  fi
done

# what the market runs and what the bench is: every service, the launcher and the bench itself
stale() {
  [[ ! -f "$JAR" ]] && return 0
  [[ ! -f "$ROOT/deploy/local/target/lib/embedded-0.1.0-SNAPSHOT.jar" ]] && return 0
  local name
  for name in portal catalogue demand bidding registry subsidy; do
    [[ -f "$ROOT/services/$name/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  [[ -n "$(find "$ROOT/pom.xml" "$ROOT/services" "$ROOT/contracts" "$ROOT/deploy/local/src/main" \
      "$ROOT/deploy/local/pom.xml" "$MODULE/pom.xml" "$MODULE/src/main" \
      \( -path '*/target' -prune \) -o \( -type f \( -name '*.java' -o -name '*.xml' -o -name '*.properties' \
      -o -name '*.sql' -o -name '*.json' -o -name '*.html' \) -newer "$JAR" -print -quit \) 2>/dev/null)" ]]
}

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]] && stale; then
  echo "bench: building the market and the bench (./mvnw install -DskipTests) ..."
  (cd "$ROOT" && ./mvnw -q install -DskipTests)
fi
if [[ ! -f "$JAR" ]]; then
  echo "bench: $JAR is missing; build with ./mvnw install -DskipTests" >&2
  exit 2
fi

# pgbench (the PostgreSQL baseline) comes from Debian's postgresql-client
if ! command -v pgbench >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/pgbench" >/dev/null; then
  bash "$HERE/install-pgbench.sh"
fi

# shellcheck disable=SC2086 # the options are words on purpose
exec "$JAVA" ${BENCH_JAVA_OPTS:--Xms256m -Xmx2g -XX:+UseG1GC} \
  -Dtechmarket.repo="$ROOT" \
  -Dbench.command="./deploy/bench/run-market-bench.sh${*:+ $*}" \
  -cp "$JAR:$MODULE/target/lib/*" gx.techmarket.bench.market.MarketBench "$@"
