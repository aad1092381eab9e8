#!/usr/bin/env bash
# Benchmark of the concept language (parse + link + validate) against Jackson reading the same
# concepts' JSON export. Uses the product built by ./mvnw -B verify; writes bench/concept-language.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../bench-env.sh"
opts=(-Xmx4g "${java_opts[@]}")
# Jackson's databind (the baseline) is no part of the product: take it from the local repository.
databind=$(find "$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-databind" -name 'jackson-databind-2.18.*.jar' 2>/dev/null | sort | tail -n 1)
annotations=$(find "$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-annotations" -name 'jackson-annotations-2.18.*.jar' 2>/dev/null | sort | tail -n 1)
if [ -z "$databind" ] || [ -z "$annotations" ]; then
	echo "bench: jackson-databind 2.18 is not in the local Maven repository; run ./mvnw -B verify first" >&2
	exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$root/bench/concept-language.md"
{
	echo "# Concept language: parse + link + validate"
	echo
	bench_machine
	echo "$("$TILSYN_JAVA" -version 2>&1 | head -n 1), heap 4 GiB; \`releng/bench/concept-language/run.sh\`."
	echo "Goals (issue 3): reference concept warm < 50 ms; 10k questions < 1 s; linear growth; ratio to Jackson ≤ 10."
	echo
	flock "$lock" "$TILSYN_JAVA" "${opts[@]}" -cp "$product/plugins/*:$databind:$annotations" \
		"$root/releng/bench/concept-language/LanguageBenchmark.java" "$root/plugins/dk.tilsyn.concept.kk2018/concept" "$work" 2>"$work/stderr" \
		|| { cat "$work/stderr" >&2; exit 1; }
} >"$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
