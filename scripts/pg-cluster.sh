#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of the PostgreSQL log backend.
#
#   scripts/pg-cluster.sh start DIR   # initdb (first time) and start; prints the settings as env lines
#   scripts/pg-cluster.sh stop DIR    # fast shutdown
#   scripts/pg-cluster.sh restart DIR
#
# The cluster listens on a Unix socket in DIR/socket (trust authentication) and on 127.0.0.1 at
# port $DOSSIER_TEST_PG_PORT (default: a free port, kept in DIR/port) with SCRAM passwords: role
# `dossier`, password in DIR/password. Run as root, the server runs as the `postgres` user (it
# refuses to run as root).
set -euo pipefail
cmd=${1:?start, stop or restart}
dir=${2:?the cluster folder}
if [ -f "$dir/port" ]; then
    port=$(cat "$dir/port")
else
    port=${DOSSIER_TEST_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi
pgctl() { "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" "$@"; }

case "$cmd" in
start)
    if [ ! -d "$dir/data" ]; then
        mkdir -p "$dir/socket"
        echo "$port" >"$dir/port"
        [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
        "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
        cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 scram-sha-256
HBA
        cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
fsync = on
max_connections = 200
CONF
        pgctl -w start >/dev/null
        echo "dossier-test-password" >"$dir/password"
        "$bin/psql" -h "$dir/socket" -p "$port" -U postgres -q -c \
            "CREATE ROLE dossier LOGIN CREATEDB PASSWORD 'dossier-test-password'" postgres
    else
        pgctl -w start >/dev/null
    fi
    echo "DOSSIER_TEST_PG_SOCKET=$dir/socket"
    echo "DOSSIER_TEST_PG_PORT=$port"
    echo "DOSSIER_TEST_PG_PASSWORD_FILE=$dir/password"
    ;;
stop) pgctl -w -m fast stop >/dev/null ;;
restart) pgctl -w -m fast restart >/dev/null ;;
*) echo "pg-cluster: unknown command $cmd" >&2; exit 2 ;;
esac
