#!/usr/bin/env bash
# Installs Debian's PostgreSQL client (for pgbench) for the harness's baselines part (deploy/bench), once.
# Idempotent: does nothing when pgbench is on the PATH or in /usr/lib/postgresql/*/bin already.
# Needs root or sudo without a password; the packages come from the machine's Debian mirrors.
set -euo pipefail
# shellcheck source=../apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/../apt-install.sh"

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

apt_install install-pgbench pgbench \
  "install your distribution's PostgreSQL client package that ships pgbench" postgresql-client

if ! found="$(find_pgbench)"; then
  echo "install-pgbench: apt-get finished but pgbench is still missing" >&2
  exit 1
fi
echo "install-pgbench: $("$found" --version) installed ($found)"
