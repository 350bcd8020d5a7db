#!/usr/bin/env bash
# Installs Debian's Chromium, its WebDriver and the Noto CJK fonts for the browser tests (deploy/e2e), once.
# Without a CJK font, headless Chromium draws every Chinese character of the market's pages as an empty box in the
# screenshots the tests keep (and the PDFs the market prints would lack them too): fonts-noto-cjk brings Noto Sans CJK.
# Idempotent: does nothing when /usr/bin/chromium, /usr/bin/chromedriver and the Noto Sans CJK font are there already.
# Needs root or sudo without a password; the packages come from the machine's Debian mirrors.
set -euo pipefail
# shellcheck source=../apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/../apt-install.sh"

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver
# fonts-noto-cjk's Sans CJK collection (Simplified Chinese among its faces)
CJK_FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

if [[ -x "$CHROMIUM" && -x "$DRIVER" && -f "$CJK_FONT" ]]; then
  echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium), $("$DRIVER" --version 2>/dev/null | cut -d' ' -f1-2) and Noto Sans CJK are installed"
  exit 0
fi

apt_install install-chromium "$CHROMIUM, $DRIVER or $CJK_FONT" \
  "install Debian's (or your distribution's) chromium, chromium-driver and fonts-noto-cjk so that $CHROMIUM, $DRIVER and $CJK_FONT exist" \
  chromium chromium-driver fonts-noto-cjk

if [[ ! -x "$CHROMIUM" || ! -x "$DRIVER" || ! -f "$CJK_FONT" ]]; then
  echo "install-chromium: apt-get finished but $CHROMIUM, $DRIVER or $CJK_FONT is still missing" >&2
  exit 1
fi
echo "install-chromium: $("$CHROMIUM" --version), $("$DRIVER" --version | cut -d' ' -f1-2) and Noto Sans CJK installed"
