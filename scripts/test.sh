#!/usr/bin/env bash
# Set up everything the tests need (packages, Graphviz, PostgreSQL) and run them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
CASCADE_TEST_POSTGRES_URL="$(scripts/postgres.sh)"
export CASCADE_TEST_POSTGRES_URL
exec .venv/bin/pytest "$@"
