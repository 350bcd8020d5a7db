# Sourced by the install-*.sh scripts (deploy/bench/install-pgbench.sh, deploy/e2e/install-chromium.sh): installs
# Debian packages from the machine's mirrors as root, or with sudo when it needs no password.
#
# apt_install NAME MISSING OTHERWISE PACKAGE...
#   NAME       the calling script, the prefix of its messages
#   MISSING    what is missing, for the message when this user may not install
#   OTHERWISE  what to install by hand where there is no apt-get
# Exits 2 when it cannot install (not root, no sudo, no apt-get); returns once apt-get has finished.

apt_install() {
  local name="$1" missing="$2" otherwise="$3"
  shift 3
  local as_root
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "$name: $missing is missing and this user is neither root nor allowed to sudo" >&2
    echo "$name: as root run: apt-get update && apt-get install -y --no-install-recommends $*" >&2
    exit 2
  fi

  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$name: no apt-get here; $otherwise" >&2
    exit 2
  fi

  echo "$name: installing $* (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" apt-get install -y -q --no-install-recommends "$@"
}
