#!/usr/bin/env bash
# Install what cascade needs on a fresh Debian/Ubuntu machine and create .venv.
#   scripts/setup.sh            Graphviz, a Vietnamese-capable font, Python packages
#   scripts/setup.sh --tests    the same, plus a PostgreSQL server for the store tests and
#                               Chromium for the HTML report's browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

want_postgres=0
[[ "${1:-}" == "--tests" ]] && want_postgres=1

packages=()
command -v dot >/dev/null || packages+=(graphviz)
# grep without -q reads all input: an early exit would SIGPIPE fc-list and fail the pipe
fc-list : family 2>/dev/null | grep -x "Noto Sans" >/dev/null || packages+=(fonts-noto-core fontconfig)
if [[ $want_postgres == 1 ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  packages+=(postgresql)
fi
# the report tests drive the system browser through Playwright; no browser is downloaded
if [[ $want_postgres == 1 ]] && ! command -v chromium >/dev/null; then
  packages+=(chromium)
fi
if [[ ${#packages[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  echo "setup: installing ${packages[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip 2>/dev/null || true
# the tests use PostgreSQL too: its driver is the postgres extra
extras="dev"
[[ $want_postgres == 1 ]] && extras="dev,postgres"
.venv/bin/python -m pip install -q -e ".[$extras]"
