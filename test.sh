#!/usr/bin/env bash
# Runs Brink's whole test suite. GUI tests need an X server: Xvfb is installed if missing (as root)
# and the suite runs under xvfb-run, so nothing is skipped. The HTML pages are tested in headless
# Chromium, installed here too when missing (as root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v xvfb-run >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing xvfb for the GUI tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth) >&2
  else
    echo "test.sh: xvfb-run is needed for the GUI tests: sudo apt-get install -y xvfb" >&2
    exit 1
  fi
fi
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "test.sh: installing chromium for the browser tests of the HTML pages..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -ntp test "$@"
