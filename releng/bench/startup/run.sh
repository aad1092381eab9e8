#!/usr/bin/env bash
# Start-up of the review application: from `tilsyn` to its window, and the classes it loads from
# Xtext, Guice and ANTLR on the way, for this build's product and a baseline product (another
# build's tilsyn folder), alternating run by run on one private Xvfb display so that both see
# the same machine. Takes the build lock. Usage:
#   BASELINE_NAME='commit abc1234' releng/bench/startup/run.sh BASELINE_PRODUCT_DIR [RUNS]   (results: bench/startup.md)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../bench-env.sh"
baseline=${1:?usage: run.sh BASELINE_PRODUCT_DIR [RUNS]}
runs=${2:-7}
[ -x "$baseline/tilsyn" ] || { echo "bench: no tilsyn in $baseline" >&2; exit 2; }
command -v Xvfb >/dev/null && command -v xwininfo >/dev/null || { echo "bench: needs Xvfb and xwininfo" >&2; exit 2; }
work=$(mktemp -d)
display=:$((200 + RANDOM % 300))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

# A store with the demo's 400 cases, made by each product's own command line, so that the
# window opens on a case list and a concept as a supervisor sees it.
prepare() {
	local product=$1 data=$2
	mkdir -p "$data"
	TILSYN_DATA=$data "$product/tilsyn" demo --out "$data/demo-out" >/dev/null 2>&1
	TILSYN_DATA=$data "$product/tilsyn" import --concept kk2018 --cases "$data/demo-out/cases.csv" \
		--events "$data/demo-out/events.csv" >/dev/null 2>&1
}

# one start: prints "<ms to the window> <classes from Xtext/Guice/ANTLR> <classes from dk.tilsyn.lang>"
start_once() {
	local product=$1 data=$2 log=$work/classes-$RANDOM.log t0 t1 pid
	t0=$(date +%s%N)
	DISPLAY=$display TILSYN_DATA=$data TILSYN_JAVA_OPTS="-Xlog:class+load=info:file=$log" \
		"$product/tilsyn" >/dev/null 2>&1 &
	pid=$!
	while ! xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"Tilsyn – ledelsestilsyn'; do
		sleep 0.05
		if (( ($(date +%s%N) - t0) / 1000000 > 120000 )); then echo "bench: no window after 120 s" >&2; break; fi
	done
	t1=$(date +%s%N)
	sleep 2 # what the window loads right after it is shown counts too
	pkill -TERM -P "$pid" 2>/dev/null || true
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo "$(( (t1 - t0) / 1000000 )) $(grep -cE ' (org\.eclipse\.xtext|com\.google\.inject|org\.antlr)\.' "$log" || true)" \
		"$(grep -c ' dk\.tilsyn\.lang\.' "$log" || true)"
}

declare -a new_ms=() base_ms=()
exec 9>"$lock"
flock 9
prepare "$product" "$work/data-new"
prepare "$baseline" "$work/data-base"
start_once "$product" "$work/data-new" >/dev/null; start_once "$baseline" "$work/data-base" >/dev/null # warm the file cache
for ((i = 0; i < runs; i++)); do
	read -r ms new_classes new_lang < <(start_once "$product" "$work/data-new"); new_ms+=("$ms")
	read -r ms base_classes base_lang < <(start_once "$baseline" "$work/data-base"); base_ms+=("$ms")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1; s+=$1} END {printf "%d / %d / %d", a[1], a[int((NR+1)/2)], s/NR}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio=$(awk -v a="$(median "${new_ms[@]}")" -v b="$(median "${base_ms[@]}")" 'BEGIN {printf "%.2f", a / b}')
commit=$(git -C "$root" rev-parse --short HEAD)
{
	echo "# Start-up of the review application"
	echo
	echo "Commit $commit. $(bench_machine) $(basename "$TILSYN_JAVA" >/dev/null; "$TILSYN_JAVA" -version 2>&1 | head -1)."
	echo "\`releng/bench/startup/run.sh BASELINE $runs\` (baseline: ${BASELINE_NAME:-a build given by its folder}): from \`tilsyn\` to the window \"Tilsyn – ledelsestilsyn\""
	echo "on a store with the demo's 400 cases, $runs runs each, alternating with the baseline product on one Xvfb display."
	echo
	echo "| product | to the window, ms (min / median / mean) | classes loaded from Xtext, Guice, ANTLR | from the language bundle dk.tilsyn.lang |"
	echo "|---|---|---|---|"
	echo "| this build | $(stats "${new_ms[@]}") | $new_classes | $new_lang |"
	echo "| baseline | $(stats "${base_ms[@]}") | $base_classes | $base_lang |"
	echo
	echo "Median ratio this build / baseline: $ratio."
} | tee "$root/bench/startup.md"
