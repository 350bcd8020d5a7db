#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver for the browser tests (deploy/e2e), once.
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are there already.
# Needs root or sudo without a password; the packages come from the machine's Debian mirrors.
set -euo pipefail
# shellcheck source=../apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/../apt-install.sh"

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$DRIVER" ]]; then
  echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) and $("$DRIVER" --version 2>/dev/null | cut -d' ' -f1-2) are installed"
  exit 0
fi

apt_install install-chromium "$CHROMIUM or $DRIVER" \
  "install Debian's (or your distribution's) chromium and chromium-driver so that $CHROMIUM and $DRIVER exist" \
  chromium chromium-driver

if [[ ! -x "$CHROMIUM" || ! -x "$DRIVER" ]]; then
  echo "install-chromium: apt-get finished but $CHROMIUM or $DRIVER is still missing" >&2
  exit 1
fi
echo "install-chromium: $("$CHROMIUM" --version) and $("$DRIVER" --version | cut -d' ' -f1-2) installed"
