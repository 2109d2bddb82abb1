# Starts Debian's PostgreSQL cluster (package `postgresql`) and creates a throwaway database; sets
# DATABASE_URL. Sourced by .ci/run as root; a failure here leaves DATABASE_URL unset and the server
# tests run on SQLite only (they say so). Tested with Debian 12's PostgreSQL 15, without systemd.
pg_start() {
  local ver port
  ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  [ -n "$ver" ] || return 1
  pg_lsclusters -h 2>/dev/null | grep -q "^$ver main " || pg_createcluster "$ver" main >/dev/null 2>&1 || return 1
  # Already running is fine; anything else that leaves it offline is a failure.
  pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
  pg_lsclusters -h | grep -q "^$ver main .* online" || return 1
  port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print $3 }')
  # Run from / so that psql does not complain about the current directory it cannot read as postgres.
  local as_pg="cd / && exec"
  su postgres -s /bin/sh -c "$as_pg psql -p $port -qX -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='npt') THEN CREATE ROLE npt LOGIN PASSWORD 'npt'; END IF; END\\\$\\\$;\"" >/dev/null 2>&1 || return 1
  su postgres -s /bin/sh -c "$as_pg dropdb -p $port --if-exists npt_test" >/dev/null 2>&1 || return 1
  su postgres -s /bin/sh -c "$as_pg createdb -p $port -O npt npt_test" >/dev/null 2>&1 || return 1
  DATABASE_URL="postgres://npt:npt@127.0.0.1:$port/npt_test"
}
if pg_start; then
  echo "PostgreSQL ready: server tests run on SQLite and PostgreSQL ($DATABASE_URL)." >&2
else
  echo "PostgreSQL could not be started: server tests run on SQLite only." >&2
fi
