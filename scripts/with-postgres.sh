#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server of its own: a temporary data directory, a
# loopback port, trust auth for loopback only, stopped by PID afterwards whatever the command's
# outcome. The command sees ANTT_TEST_DATABASE_URL. Used by .ci/run; usable locally:
#   scripts/with-postgres.sh npm test
# Without PostgreSQL's binaries it runs the command as it is (the server suite then runs on PGlite).
set -uo pipefail

PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL binaries under /usr/lib/postgresql; running without" >&2
  exec "$@"
fi

PORT="${ANTT_TEST_PG_PORT:-55432}"
DATA="$(mktemp -d /tmp/antt-pg.XXXXXX)"
# initdb refuses to run as root: use the package's unprivileged user when we are root.
AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DATA"
  AS=(runuser -u postgres --)
fi

stop() {
  if [ -f "$DATA/postmaster.pid" ]; then
    PID="$(head -1 "$DATA/postmaster.pid")"
    # SIGINT: PostgreSQL's fast shutdown (roll back open transactions, then exit).
    kill -INT "$PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$PID" 2>/dev/null
  fi
  rm -rf "$DATA"
}
trap stop EXIT

"${AS[@]}" "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DATA.initdb.log" 2>&1 ||
  { cat "$DATA.initdb.log" >&2; echo "with-postgres: initdb failed" >&2; exit 1; }
rm -f "$DATA.initdb.log"
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DATA" -w -t 60 -l "$DATA/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$DATA/server.log" >&2; echo "with-postgres: the server did not start" >&2; exit 1; }
"${AS[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres antt_test ||
  { echo "with-postgres: createdb failed" >&2; exit 1; }

export ANTT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/antt_test"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (PID $(head -1 "$DATA/postmaster.pid"))"
"$@"
