#!/usr/bin/env bash
# A local PostgreSQL for the store tests: installs Debian's postgresql if missing, starts its cluster, makes an
# empty database, and prints the URL to export as PANTAU_ZI_TEST_DATABASE_URL. Needs root; safe to run again.
set -euo pipefail
# Only the URL may reach stdout: the caller captures it. Tools below (apt, pg_ctlcluster's systemd warning) print there.
exec 3>&1 1>&2

start_database() {
  if ! command -v pg_lsclusters >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if [ -z "$(pg_lsclusters -h)" ]; then
    pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
  fi
  read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$cluster" start
  fi

  as_postgres() { su postgres -c "$1"; }
  # A throwaway role and database on localhost only, for tests; the password is not a secret.
  as_postgres "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'pantau'\"" | grep -q 1 \
    || as_postgres "psql -p $port -qc \"CREATE ROLE pantau LOGIN PASSWORD 'pantau'\""
  as_postgres "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'pantau_test'\"" | grep -q 1 \
    || as_postgres "createdb -p $port -O pantau pantau_test"
}

# The server (started here, or by the package's install script) outlives this script; if it inherited fd 3,
# the caller's $(...) would wait for it to close forever.
start_database 3>&-
echo "postgresql+psycopg://pantau:pantau@localhost:$port/pantau_test" >&3
