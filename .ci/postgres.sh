#!/usr/bin/env bash
# Start a local PostgreSQL server for the tests that need one and print its URL.
#
# Installs Debian's postgresql package when missing (as root), starts the
# cluster, and creates a role and a database for the tests. Listens on the
# loopback address only. Usage: export VANORT_TEST_PG_URL=$(bash .ci/postgres.sh)
set -euo pipefail

log() { echo "postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    if [[ $(id -u) -ne 0 ]]; then
        log "PostgreSQL is not installed and this is not root: sudo apt-get install postgresql"
        exit 1
    fi
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi

if command -v pg_lsclusters >/dev/null 2>&1; then
    read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
    if ! pg_lsclusters --no-header | grep -q online; then
        log "starting cluster $version/$cluster"
        pg_ctlcluster "$version" "$cluster" start >&2
    fi
else
    service postgresql start >&2
fi

for _ in $(seq 1 30); do
    su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
done

su postgres -c "psql -qAtc \"SELECT 1 FROM pg_roles WHERE rolname='vanort'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE vanort LOGIN PASSWORD 'vanort'\"" >&2
# The tests of `vanort server setup` make the editors' and readers' roles; the test of
# File > Restore on a server loads a copy into a second, empty database it makes.
su postgres -c "psql -qc \"ALTER ROLE vanort CREATEROLE CREATEDB\"" >&2
su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname='vanort_test'\"" | grep -q 1 ||
    su postgres -c "createdb -O vanort vanort_test" >&2

echo "postgresql+psycopg://vanort:vanort@127.0.0.1/vanort_test"
