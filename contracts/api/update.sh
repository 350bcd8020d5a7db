#!/usr/bin/env bash
# Copies each service's OpenAPI document, as its last build wrote it, into contracts/api/.
# Build first (./mvnw package -DskipTests, or any verify), then run this and review the diff.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
for service in catalogue demand bidding registry subsidy notification directory matching statistics; do
  built="$repo/services/$service/target/openapi/openapi.yaml"
  if [[ ! -f "$built" ]]; then
    echo "update.sh: $built does not exist; build the service first: ./mvnw -pl services/$service -am package -DskipTests" >&2
    exit 1
  fi
  cp "$built" "$repo/contracts/api/$service.openapi.yaml"
  echo "contracts/api/$service.openapi.yaml"
done
