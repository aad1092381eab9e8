#!/usr/bin/env bash
# Store benchmark: import of 100,000 cases with 1,000,000 events into the embedded (H2) store
# and PostgreSQL, with PostgreSQL's COPY of the same rows as the floor, and saving one answer
# on the embedded store (p50/p99). Builds nothing: uses the built product's plugins and the
# store test bundle's jar (run ./mvnw -B clean verify first). Writes bench/store.md.
#   releng/bench/store/run.sh [CASES]
# Takes the build lock (no benchmark while a build runs). Uses $TILSYN_PG_URL, or starts a
# throw-away PostgreSQL (releng/postgres.sh).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../bench-env.sh"
cases=${1:-100000}
plugins="$product/plugins"
tests_jar=$(ls "$root"/tests/dk.tilsyn.store.tests/target/dk.tilsyn.store.tests-*.jar 2>/dev/null | head -n 1)
if [ -z "$tests_jar" ]; then
	echo "run.sh: build first (./mvnw -B clean verify): no store test jar" >&2
	exit 1
fi
cp="$tests_jar"
# Tilsyn's bundles as last built (target/), the libraries from the product
for b in dk.tilsyn.store dk.tilsyn.model dk.tilsyn.population; do
	cp="$cp:$(ls "$root/plugins/$b/target/$b"-*.jar | grep -v sources | head -n 1)"
done
for b in org.eclipse.emf.ecore_ org.eclipse.emf.common_ org.eclipse.osgi_ com.h2database_ org.postgresql.jdbc_ \
	org.apache.commons.commons-csv_; do
	cp="$cp:$(ls "$plugins/$b"*.jar | head -n 1)"
done

exec 9>"$lock"
flock 9

pg_dir=""
if [ -z "${TILSYN_PG_URL:-}" ]; then
	eval "$("$root/releng/postgres.sh" start)"
	pg_dir=$TILSYN_PG_DIR
fi
trap '[ -n "$pg_dir" ] && "$root/releng/postgres.sh" stop "$pg_dir"' EXIT

out="$root/bench/store.md"
table=$("$TILSYN_JAVA" -Xmx3g -cp "$cp" dk.tilsyn.store.tests.StoreBenchmark "$TILSYN_PG_URL" "$cases")
pg_version=$(ls -d /usr/lib/postgresql/*/ 2>/dev/null | sort -V | tail -n 1 | xargs -r basename)
{
	echo "# Store benchmark"
	echo
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by releng/bench/store/run.sh on $(nproc) cores,"
	echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM;"
	echo "Java $("$TILSYN_JAVA" -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/'), H2 2.3.232, PostgreSQL ${pg_version:-?} (throw-away server on loopback, fsync off)."
	echo "Population: SyntheticPopulation(3).casesWithCourse (10 events per case). Import = the store's"
	echo "importCases in one transaction (batched inserts, idempotent: ON CONFLICT DO NOTHING);"
	echo "the floor is PostgreSQL COPY of the same rows into the same tables in one transaction."
	echo
	echo "$table"
	echo
	echo "Notes: COPY is the floor (no statements per row, no conflict handling). The embedded"
	echo "store has no COPY of its own, so its import is set against PostgreSQL's COPY too. An"
	echo "import into an empty store uses plain inserts; into a store with cases, INSERT ... ON"
	echo "CONFLICT DO NOTHING plus an update pass for changed cases (the re-import line)."
	echo "Saving one answer: a 10-answer review, one answer changed per save, 3,000 saves after"
	echo "500 warm-up saves, each a transaction with its audit-trail rows (H2 WRITE_DELAY=0)."
} >"$out"
cat "$out"
