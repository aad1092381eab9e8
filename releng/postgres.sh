#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, in a temporary folder, for tests and benchmarks.
#   eval "$(releng/postgres.sh start)"   # prints export lines: TILSYN_PG_URL, TILSYN_PG_DIR
#   releng/postgres.sh stop "$TILSYN_PG_DIR"
# The server listens on 127.0.0.1 only, on a free port, with trust authentication for the
# user "tilsyn" and a database "tilsyn". Needs Debian's postgresql package.
set -euo pipefail

bindir() {
	local dir
	dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
		echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)." >&2
		return 1
	fi
	echo "$dir"
}

# initdb refuses to run as root: run the server as the postgres user then.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

start() {
	local bin dir port
	bin=$(bindir)
	dir=$(mktemp -d "${TMPDIR:-/tmp}/tilsyn-pg.XXXXXX")
	[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 20000))
		ss -ltn 2>/dev/null | grep -q ":$port " || break
	done
	as_owner "$bin/initdb" -D "$dir/data" -U tilsyn --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
		cat "$dir/initdb.log" >&2
		return 1
	}
	as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off" start >/dev/null || {
		cat "$dir/server.log" >&2
		return 1
	}
	as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U tilsyn tilsyn
	echo "export TILSYN_PG_URL='jdbc:postgresql://127.0.0.1:$port/tilsyn?user=tilsyn'"
	echo "export TILSYN_PG_DIR='$dir'"
}

stop() {
	local dir=${1:?usage: postgres.sh stop DIR}
	[ -d "$dir/data" ] || return 0
	as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*)
	echo "usage: postgres.sh start | stop DIR" >&2
	exit 2
	;;
esac
