#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start` makes one under /tmp on a loopback port (initdb, pg_ctl)
# as an unprivileged user and prints its connection string; `stop` stops it and removes its folder.
# PORT (default 54316) and PGBIN (default: the newest /usr/lib/postgresql/*/bin, else the PATH) may be set.
set -euo pipefail
PORT="${PORT:-54316}"
DIR="${PG_TEST_DIR:-/tmp/ql-pg-$PORT}"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
bin() { if [ -n "$PGBIN" ] && [ -x "$PGBIN/$1" ]; then echo "$PGBIN/$1"; else command -v "$1"; fi; }
# initdb refuses to run as root: run the cluster as the postgres user (or nobody) then.
as_user() {
  if [ "$(id -u)" = 0 ]; then
    local u=postgres; getent passwd postgres >/dev/null || u=nobody
    runuser -u "$u" -- "$@"
  else "$@"; fi
}
case "${1:-}" in
  start)
    if [ -f "$DIR/data/postmaster.pid" ] && as_user "$(bin pg_ctl)" -D "$DIR/data" status >/dev/null 2>&1; then
      echo "postgres://quellenlage@127.0.0.1:$PORT/quellenlage"; exit 0
    fi
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown "$(getent passwd postgres >/dev/null && echo postgres || echo nobody)" "$DIR"
    as_user "$(bin initdb)" -D "$DIR/data" -U quellenlage --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_user "$(bin pg_ctl)" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c max_connections=100" start >/dev/null \
      || { cat "$DIR/server.log" >&2; exit 1; }
    as_user "$(bin createdb)" -h 127.0.0.1 -p "$PORT" -U quellenlage quellenlage
    echo "postgres://quellenlage@127.0.0.1:$PORT/quellenlage"
    ;;
  stop)
    [ -d "$DIR/data" ] && as_user "$(bin pg_ctl)" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
