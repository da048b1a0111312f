#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 as the 'postgres' user (initdb refuses root).
# Prints the admin URL the tests use. Usage: .ci/start-postgres.sh DATA_DIR PORT
set -euo pipefail
data_dir=${1:?data dir}
port=${2:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
mkdir -p "$data_dir"
chown postgres "$data_dir"
runuser -u postgres -- "$bin/initdb" -D "$data_dir/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$data_dir/initdb.log" 2>&1
runuser -u postgres -- "$bin/pg_ctl" -D "$data_dir/db" -l "$data_dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $data_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
