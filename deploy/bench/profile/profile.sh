#!/usr/bin/env bash
# Profiles one running service of the market with JDK Flight Recorder and writes a flame graph and a summary of where
# its CPU goes, by layer (docs/performance.md). Run the load yourself meanwhile (e.g. wrk, or the market benchmark).
#
#   deploy/bench/profile/profile.sh <service|pid> <seconds> <name>
#   e.g. deploy/bench/profile/profile.sh catalogue 45 catalogue-read
#
# Writes deploy/bench/results/profiles/<UTC date>-<name>.{jfr,html.gz,collapsed,txt} (the .jfr and .collapsed stay
# local, git-ignored). The flame graph comes from
# async-profiler's JFR converter (tools.profiler:jfr-converter, fetched by the Maven Wrapper on first use).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
if [ $# -ne 3 ]; then
  echo "usage: $0 <service|pid> <seconds> <name>" >&2
  exit 2
fi
target="$1"; seconds="$2"; name="$3"
case "$seconds" in ''|*[!0-9]*) echo "seconds must be a whole number" >&2; exit 2;; esac
case "$name" in ''|*[!A-Za-z0-9._-]*) echo "name: letters, digits, . _ - only" >&2; exit 2;; esac
if [[ "$target" =~ ^[0-9]+$ ]]; then
  pid="$target"
else
  pid="$(pgrep -f "services/$target/target/quarkus-app/quarkus-run.jar" | head -n 1 || true)"
fi
if [ -z "${pid:-}" ] || ! kill -0 "$pid" 2>/dev/null; then
  echo "no running process for '$target'" >&2
  exit 3
fi
version=4.2
converter="$HOME/.m2/repository/tools/profiler/jfr-converter/$version/jfr-converter-$version.jar"
if [ ! -f "$converter" ]; then
  "$repo/mvnw" -q dependency:get -Dartifact="tools.profiler:jfr-converter:$version" >/dev/null
fi
out="$repo/deploy/bench/results/profiles"
mkdir -p "$out"
base="$out/$(date -u +%Y%m%dT%H%M%SZ)-$name"
# The first recording a JVM starts makes every compiled method not entrant (HotSpot deoptimises all on its first
# class retransformation: the JFR event classes); a profile started at once would record the recompilation. So a
# primer recording of a second first, then PROFILE_REWARM seconds (default 30) of the load to compile again.
rewarm="${PROFILE_REWARM:-30}"
case "$rewarm" in ''|*[!0-9]*) echo "PROFILE_REWARM must be a whole number" >&2; exit 2;; esac
jcmd "$pid" JFR.start name="$name-primer" duration=1s >/dev/null
echo "primer recording started in pid $pid; $rewarm s for the JIT to compile again"
sleep "$rewarm"
jcmd "$pid" JFR.start name="$name" settings=profile duration="${seconds}s" filename="$base.jfr" >/dev/null
echo "recording pid $pid for $seconds s -> $base.jfr"
sleep "$((seconds + 3))"
while ! java -cp "$converter" Main -o collapsed "$base.jfr" "$base.collapsed" >/dev/null 2>&1; do sleep 1; done
java -cp "$converter" Main --title "$name (pid $pid, $seconds s)" "$base.jfr" "$base.html" >/dev/null
# The flame graph is generated data (a page with its samples inlined, 1-3 MB): kept compressed, opened after gunzip.
gzip -9f "$base.html"
python3 "$here/summarise.py" "$base.collapsed" 4 | tee "$base.txt"
echo "flame graph: $base.html.gz (gunzip -k to open)"
