#!/usr/bin/env bash
# Set up, lint, and run the whole test suite, browser tests included (they need Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Debian's chromium for the browser tests, and its nginx for the replica test (tests/browser/test_replicas.py).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's ${missing[*]} for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "WARNING: ${missing[*]} not installed and cannot be installed here; the tests needing them will be skipped." >&2
  fi
fi
# The store tests run against SQLite always and against PostgreSQL when it can be installed and started here.
if [ -z "${PANTAU_ZI_TEST_DATABASE_URL:-}" ]; then
  if [ "$(id -u)" = 0 ] && PANTAU_ZI_TEST_DATABASE_URL=$(bash scripts/postgres_test_db.sh) \
    && [[ "$PANTAU_ZI_TEST_DATABASE_URL" =~ ^postgresql\+psycopg://[^[:space:]]+$ ]]; then
    export PANTAU_ZI_TEST_DATABASE_URL
  elif [ "${PANTAU_ZI_TEST_REQUIRE_POSTGRESQL:-}" = 1 ]; then
    echo "ERROR: PostgreSQL is required for this run but could not be set up (got URL: '${PANTAU_ZI_TEST_DATABASE_URL:-}')." >&2
    exit 1
  else
    echo "WARNING: PostgreSQL could not be set up (it needs root); the store tests run against SQLite only." >&2
  fi
fi
# axe-core for the accessibility browser test, at a pinned version from the npm registry, into .tools/ (not in git).
AXE_VERSION=4.14.1
if ! grep -qs "\"version\": \"$AXE_VERSION\"" .tools/node_modules/axe-core/package.json; then
  if command -v npm >/dev/null 2>&1; then
    npm install --silent --no-save --no-audit --no-fund --prefix .tools "axe-core@$AXE_VERSION"
  else
    echo "WARNING: npm is not installed; the accessibility browser test will be skipped." >&2
  fi
fi
.venv/bin/ruff check --quiet .
exec .venv/bin/python -m pytest "$@"
