#!/usr/bin/env bash
# Installs Debian's PostgreSQL client (for pgbench) for the harness's baselines part (deploy/bench), once.
# Idempotent: does nothing when pgbench is on the PATH or in /usr/lib/postgresql/*/bin already.
# Needs root or sudo without a password; the packages come from the machine's Debian mirrors.
set -euo pipefail

find_pgbench() {
  if command -v pgbench >/dev/null 2>&1; then
    command -v pgbench
    return 0
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if found="$(find_pgbench)"; then
  echo "install-pgbench: $("$found" --version) is installed ($found)"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-pgbench: pgbench is missing and this user is neither root nor allowed to sudo" >&2
  echo "install-pgbench: as root run: apt-get update && apt-get install -y --no-install-recommends postgresql-client" >&2
  exit 2
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-pgbench: no apt-get here; install your distribution's PostgreSQL client package that ships pgbench" >&2
  exit 2
fi

echo "install-pgbench: installing postgresql-client (Debian package)"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends postgresql-client

if ! found="$(find_pgbench)"; then
  echo "install-pgbench: apt-get finished but pgbench is still missing" >&2
  exit 1
fi
echo "install-pgbench: $("$found" --version) installed ($found)"
