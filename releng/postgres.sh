#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, in a temporary folder, for tests and benchmarks.
#   eval "$(releng/postgres.sh start)"   # prints export lines: TILSYN_PG_URL, TILSYN_PG_DIR
#   releng/postgres.sh stop "$TILSYN_PG_DIR"
#   releng/postgres.sh restart "$TILSYN_PG_DIR"   # after a crash (the crash test kills it)
#   releng/postgres.sh for-build   # start, or say on stderr why not (./mvnw uses it)
# The server listens on 127.0.0.1 only, on a free port, with trust authentication for the
# user "tilsyn" and a database "tilsyn". Needs Debian's postgresql package (or the folder of
# initdb, pg_ctl and createdb in TILSYN_PG_BINDIR).
set -euo pipefail

bindir() {
	local dir=${TILSYN_PG_BINDIR:-}
	if [ -z "$dir" ]; then
		dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	fi
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

# The last lines of a log, indented, on stderr: why a step failed.
show_tail() {
	local what=$1 log=$2
	echo "postgres.sh: $what failed; the end of its log ($log):" >&2
	tail -n 30 "$log" 2>/dev/null | sed 's/^/  /' >&2 || true
}

# Every step is checked here (not by set -e, which a caller's "|| ..." switches off); a failed
# start leaves neither its folder nor a running server behind.
start() {
	local bin dir port
	bin=$(bindir) || return 1
	dir=$(mktemp -d "${TMPDIR:-/tmp}/tilsyn-pg.XXXXXX") || return 1
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres "$dir" || { rm -rf "$dir"; return 1; }
	fi
	for _ in $(seq 1 50); do
		port=$((20000 + RANDOM % 20000))
		ss -ltn 2>/dev/null | grep -q ":$port " || break
	done
	if ! as_owner "$bin/initdb" -D "$dir/data" -U tilsyn --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
		show_tail initdb "$dir/initdb.log"
		rm -rf "$dir"
		return 1
	fi
	# in the configuration, not on the command line: a restart after a crash finds them there
	printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $port" "unix_socket_directories = '$dir'" "fsync = off" \
		>>"$dir/data/postgresql.conf" || { rm -rf "$dir"; return 1; }
	if ! restart "$dir"; then
		stop "$dir"
		return 1
	fi
	if ! as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U tilsyn tilsyn; then
		stop "$dir"
		return 1
	fi
	echo "export TILSYN_PG_URL='jdbc:postgresql://127.0.0.1:$port/tilsyn?user=tilsyn'"
	echo "export TILSYN_PG_DIR='$dir'"
}

restart() {
	local dir=${1:?usage: postgres.sh restart DIR} bin
	bin=$(bindir) || return 1
	# after a crash: the server refuses to start while its killed predecessor still exists
	# (even as a zombie not yet reaped)
	local old
	old=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
	for _ in $(seq 1 300); do
		[ -n "$old" ] && [ -e "/proc/$old" ] || break
		sleep 0.1
	done
	if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null 2>"$dir/pg_ctl.log"; then
		cat "$dir/pg_ctl.log" >&2
		show_tail "the server's start" "$dir/server.log"
		return 1
	fi
}

stop() {
	local dir=${1:?usage: postgres.sh stop DIR}
	if [ -d "$dir/data" ]; then
		as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}

# For a build: the export lines of a started server, or (exit 1) a reason on stderr that
# says what the missing server means for the build.
for_build() {
	local out err status=0
	err=$(mktemp "${TMPDIR:-/tmp}/tilsyn-pg-start.XXXXXX")
	out=$(start 2>"$err") || status=$?
	if [ "$status" -eq 0 ]; then
		rm -f "$err"
		echo "$out"
		return 0
	fi
	if grep -q "is not installed" "$err"; then
		echo "mvnw: PostgreSQL is not installed: the PostgreSQL store tests will fail. Install it ('apt-get install postgresql') or set TILSYN_PG_URL." >&2
	else
		echo "mvnw: the throw-away PostgreSQL did not start, so the PostgreSQL store tests will fail (or set TILSYN_PG_URL). Why:" >&2
		sed 's/^/  /' "$err" >&2
	fi
	rm -f "$err"
	return 1
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
restart) restart "${2:-}" ;;
for-build) for_build ;;
*)
	echo "usage: postgres.sh start | stop DIR | restart DIR | for-build" >&2
	exit 2
	;;
esac
