#!/usr/bin/env bash
# Deadline benchmark: all reference rules over a synthetic population (default 1,000,000 cases),
# against a plain java.time loop, in the same run. Builds nothing: uses the product's bundles
# (run ./mvnw -B clean verify first). Takes the build lock so it never runs beside a build.
# Usage: releng/bench/deadlines/run.sh [CASES] [ROUNDS]   (results: bench/deadlines.md by hand)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../bench-env.sh"
plugins="$product/plugins"
java=$TILSYN_JAVA
cp=""
for name in dk.tilsyn.deadlines dk.tilsyn.concept dk.tilsyn.concept.kk2018 dk.tilsyn.model.concept dk.tilsyn.model \
	dk.tilsyn.population org.eclipse.emf.ecore org.eclipse.emf.common org.eclipse.emf.ecore.xmi; do
	jar=$(ls "$plugins"/${name}_*.jar | head -1)
	cp="$cp:$jar"
done
exec flock "$lock" "$java" -Xms6g -Xmx6g -XX:+UseParallelGC ${TILSYN_BENCH_OPTS:-} -cp "${cp#:}" "$here/DeadlinesBench.java" "$@"
