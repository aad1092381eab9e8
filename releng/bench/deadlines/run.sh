#!/usr/bin/env bash
# Deadline benchmark: all reference rules over a synthetic population (default 1,000,000 cases),
# against a plain java.time loop, in the same run. Builds nothing: uses the product's bundles
# (run ./mvnw -B clean verify first). Takes the build lock so it never runs beside a build.
# Usage: releng/bench/deadlines/run.sh [CASES] [ROUNDS]   (results: bench/deadlines.md by hand)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
plugins=$(ls -d "$root"/releng/dk.tilsyn.product/target/products/*/linux/gtk/x86_64/*/plugins 2>/dev/null | head -1)
if [ -z "$plugins" ]; then
	echo "No built product under releng/dk.tilsyn.product/target: run ./mvnw -B clean verify first." >&2
	exit 2
fi
# shellcheck source=releng/launcher/find-java.sh
. "$root/releng/launcher/find-java.sh"
tilsyn_find_java 21 || exit 1
java=$TILSYN_JAVA
cp=""
for name in dk.tilsyn.deadlines dk.tilsyn.concept dk.tilsyn.concept.kk2018 dk.tilsyn.lang dk.tilsyn.model \
	dk.tilsyn.population org.eclipse.emf.ecore org.eclipse.emf.common org.eclipse.emf.ecore.xmi; do
	jar=$(ls "$plugins"/${name}_*.jar | head -1)
	cp="$cp:$jar"
done
lock=${HOME}/.cache/tilsyn/build.lock
mkdir -p "$(dirname "$lock")"
exec flock "$lock" "$java" -Xms6g -Xmx6g -XX:+UseParallelGC ${TILSYN_BENCH_OPTS:-} -cp "${cp#:}" "$here/DeadlinesBench.java" "$@"
