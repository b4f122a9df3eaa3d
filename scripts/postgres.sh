#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests (data in .pgdata, first free port from
# 55432) and print the URL to use. Idempotent: a server already running here is reused.
# For benchmarks: CASCADE_PG_DATA=DIR puts the data elsewhere, CASCADE_PG_DURABLE=1 keeps
# the server's default durability (the tests' server runs with fsync=off).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
data="${CASCADE_PG_DATA:-$PWD/.pgdata}"
durability="-c fsync=off"
if [[ "${CASCADE_PG_DURABLE:-0}" == 1 ]]; then durability=""; fi
run_as=()
if [[ $(id -u) -eq 0 ]]; then run_as=(runuser -u postgres --); fi
if [[ ! -f "$data/PG_VERSION" ]]; then
  mkdir -p "$data"
  if [[ $(id -u) -eq 0 ]]; then chown postgres "$data"; fi
  "${run_as[@]}" "$bin/initdb" -D "$data" -U cascade --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if "${run_as[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port=$(sed -n 4p "$data/postmaster.pid")  # the running server's port
else
  port=55432
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port" > "$data/cascade-port"
  "${run_as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 $durability" start >/dev/null
fi
"$bin/createdb" -h 127.0.0.1 -p "$port" -U cascade cascade_test 2>/dev/null || true
echo "postgresql+psycopg://cascade@127.0.0.1:$port/cascade_test"
