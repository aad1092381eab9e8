#!/usr/bin/env bash
# Benchmark of the sampling engine: every level of Model 1 and Model 3 (as kk2018 declares them)
# from a 1,000,000-unit frame, against the same stratified selection in PostgreSQL
# (ROW_NUMBER() OVER (PARTITION BY stratum ORDER BY rank)) and against merely reading the frame
# file (the floor). Uses the product built by ./mvnw -B verify; writes bench/sampling.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../bench-env.sh"
here="$root/releng/bench/sampling"
units=${UNITS:-1000000}
work=$(mktemp -d)
pg_dir=""
cleanup() {
	[ -n "$pg_dir" ] && "$root/releng/postgres.sh" stop "$pg_dir"
	rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work" # the PostgreSQL server reads nothing here, psql does (\copy)
java=("$TILSYN_JAVA" -Xmx3g -cp "$product/plugins/*" "$here/SamplingBenchmark.java")
exec 9>"$lock"
flock 9 # no build runs while we measure

"${java[@]}" generate "$work/frame.csv" "$units"
eval "$("$root/releng/postgres.sh" start)"
pg_dir=$TILSYN_PG_DIR
port=$(echo "$TILSYN_PG_URL" | sed -E 's|.*127\.0\.0\.1:([0-9]+)/.*|\1|')
psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U tilsyn -d tilsyn)
"${psql[@]}" -c "CREATE TABLE frame (case_id text, stage text, unit text, caseworker text, completed date, flags text)" \
	-c "\\copy frame FROM '$work/frame.csv' WITH (FORMAT csv, HEADER true)" -c "ANALYZE frame"

pg_best() { # pg_best SQL_FILE: the best of 3 runs, in ms (work_mem large enough to sort in memory)
	{
		echo "SET work_mem = '512MB';"
		echo '\timing on'
		echo '\o /dev/null'
		for _ in 1 2 3; do cat "$1"; done
	} | "${psql[@]}" 2>&1 | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | sort -n | head -n 1
}
pg1=$(pg_best "$here/model1.sql")
pg3=$(pg_best "$here/model3.sql")
"${psql[@]}" -A -t -F, -c "SET work_mem = '512MB'" -f "$here/model1.sql" | LC_ALL=C sort >"$work/pg-model1.txt"
"${psql[@]}" -A -t -F, -c "SET work_mem = '512MB'" -f "$here/model3.sql" | LC_ALL=C sort >"$work/pg-model3.txt"

"${java[@]}" run "$work/frame.csv" "$work" >"$work/java.txt"
LC_ALL=C sort -o "$work/java-model1.txt" "$work/java-model1.txt"
LC_ALL=C sort -o "$work/java-model3.txt" "$work/java-model3.txt"
same1=$(cmp -s "$work/java-model1.txt" "$work/pg-model1.txt" && echo yes || echo NO)
same3=$(cmp -s "$work/java-model3.txt" "$work/pg-model3.txt" && echo yes || echo NO)
val() { sed -n "s/^$1 //p" "$work/java.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
read_ms=$(val read_ms)
out="$root/bench/sampling.md"
mkdir -p "$root/bench"
{
	echo "# Sampling: every level of Model 1 and Model 3 from a frame of $(val units) units"
	echo
	bench_machine
	echo "$("$TILSYN_JAVA" -version 2>&1 | head -n 1), heap 3 GiB; $(psql --version); \`releng/bench/sampling/run.sh\`."
	echo "Goals (issue 6): all levels < 1 s; ratio to PostgreSQL < 1; ratio to reading the frame file ≤ 3."
	echo "Best of 5 runs (Java; read + draw = the same run's read plus its draw) and of 3 runs (PostgreSQL, table loaded and analysed beforehand, work_mem 512 MB)."
	echo "Java \"draw\" = canonical sort + frame hash of every level + ranks and selection of all levels, from units"
	echo "in memory; \"read + draw\" adds reading the frame file. PostgreSQL computes the same ranks with sha256()"
	echo "and the same sub-strata in one statement (model1.sql, model3.sql) and returns all levels' rows."
	echo
	echo "| measurement | ms | ratio to PostgreSQL | ratio to reading the file |"
	echo "|---|---:|---:|---:|"
	echo "| read the frame file (floor) | $read_ms | | 1.00 |"
	echo "| Model 1: draw | $(val draw_model1_ms) | $(ratio "$(val draw_model1_ms)" "$pg1") | |"
	echo "| Model 1: read + draw | $(val total_model1_ms) | $(ratio "$(val total_model1_ms)" "$pg1") | $(ratio "$(val total_model1_ms)" "$read_ms") |"
	echo "| Model 1: PostgreSQL | $pg1 | 1.00 | |"
	echo "| Model 3: draw | $(val draw_model3_ms) | $(ratio "$(val draw_model3_ms)" "$pg3") | |"
	echo "| Model 3: read + draw | $(val total_model3_ms) | $(ratio "$(val total_model3_ms)" "$pg3") | $(ratio "$(val total_model3_ms)" "$read_ms") |"
	echo "| Model 3: PostgreSQL | $pg3 | 1.00 | |"
	echo
	echo "Units drawn over all levels: Model 1 $(val picked_model1), Model 3 $(val picked_model3)."
	echo "PostgreSQL's rows equal the engine's (level, case, stage, rank): Model 1 $same1, Model 3 $same3."
} >"$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
