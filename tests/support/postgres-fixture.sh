#!/usr/bin/env bash
# A throwaway PostgreSQL 15 on 127.0.0.1 for the team server tests (CTest fixtures).
#   postgres-fixture.sh start STATE   initdb in a new temporary folder, a free port, scram-sha-256
#                                     passwords, fsync off; writes STATE (shell assignments:
#                                     PGDIR, PGPORT, PGADMIN, PGADMINPASS) for the tests to read.
#   postgres-fixture.sh stop STATE    stops that server and removes its folder.
# A server left over by a crashed run (STATE still there) is stopped and removed before a new
# one starts, so it never breaks the next run. initdb refuses root: it runs as postgres.
set -euo pipefail
action=$1
state=$2
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$bin/initdb" ] || { echo "postgres-fixture: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "${PGDIR:-}" ] && [ -d "$PGDIR/data" ]; then
    as_postgres "$bin/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${PGDIR:-}" ] && [ -d "$PGDIR" ]; then
    case "$PGDIR" in /tmp/cpd-pg.*|"${TMPDIR:-/tmp}"/cpd-pg.*) rm -rf "$PGDIR" ;; esac
  fi
  rm -f "$state"
}

case "$action" in
start)
  stop_server
  dir=$(mktemp -d "${TMPDIR:-/tmp}/cpd-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  pass=fixture-admin-$RANDOM$RANDOM
  printf '%s\n' "$pass" > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  as_postgres "$bin/initdb" -D "$dir/data" -U admin --pwfile="$dir/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  started=""
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    if as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
        start >/dev/null; then
      started=yes
      break
    fi
  done
  [ -n "$started" ] || { echo "postgres-fixture: the server did not start" >&2; cat "$dir/log" >&2; exit 1; }
  {
    printf 'PGDIR=%q\n' "$dir"
    printf 'PGPORT=%q\n' "$port"
    printf 'PGADMIN=admin\n'
    printf 'PGADMINPASS=%q\n' "$pass"
  } > "$state.tmp"
  mv "$state.tmp" "$state"
  echo "PostgreSQL on 127.0.0.1:$port in $dir"
  ;;
stop)
  stop_server
  ;;
*)
  echo "usage: postgres-fixture.sh start|stop STATE" >&2
  exit 2
  ;;
esac
