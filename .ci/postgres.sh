# Starts Debian's PostgreSQL cluster and creates a throwaway database; sets DATABASE_URL.
# Sourced by .ci/run; a failure here leaves DATABASE_URL unset and the server tests run on SQLite only.
pg_start() {
  local ver
  ver=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  [ -n "$ver" ] || return 1
  pg_lsclusters -h 2>/dev/null | grep -q "^$ver main" || pg_createcluster "$ver" main >/dev/null || return 1
  pg_ctlcluster "$ver" main start 2>/dev/null || pg_lsclusters -h | grep -q "^$ver main .* online" || return 1
  su postgres -c "psql -qc \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='npt') THEN CREATE ROLE npt LOGIN PASSWORD 'npt'; END IF; END\\\$\\\$;\"" >/dev/null || return 1
  su postgres -c "dropdb --if-exists npt_test && createdb -O npt npt_test" >/dev/null || return 1
  DATABASE_URL=postgres://npt:npt@127.0.0.1:5432/npt_test
}
pg_start || echo "PostgreSQL could not be started: server tests run on SQLite only." >&2
