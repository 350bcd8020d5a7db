#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the browser tests (deploy/e2e), once.
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are there already.
# Needs root or sudo without a password; the packages come from the machine's Debian mirrors.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
  echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) and $("$DRIVER" --version 2>/dev/null | cut -d' ' -f1-2) are installed"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "install-chromium: $CHROMIUM or $DRIVER is missing and this user is neither root nor allowed to sudo" >&2
  echo "install-chromium: as root run: apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver" >&2
  exit 2
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install Debian's (or your distribution's) chromium and chromium-driver so that $CHROMIUM and $DRIVER exist" >&2
  exit 2
fi

echo "install-chromium: installing chromium and chromium-driver (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver

if [[ ! -x "$CHROMIUM" || ! -x "$DRIVER" ]]; then
  echo "install-chromium: apt-get finished but $CHROMIUM or $DRIVER is still missing" >&2
  exit 1
fi
echo "install-chromium: $("$CHROMIUM" --version) and $("$DRIVER" --version | cut -d' ' -f1-2) installed"
