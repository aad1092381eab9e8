#!/usr/bin/env bash
# Benchmark of the concept editor's responsiveness (issue 4): lexical highlighting and the
# reconciler's analysis of a keystroke in a 2,000-line concept, against the language server and
# parsing alone. Uses the product built by ./mvnw -B verify (it holds the editor bundle); writes
# bench/editor.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../bench-env.sh"
opts=(-Xmx2g "${java_opts[@]}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$root/bench/editor.md"
{
	echo "# Concept editor: highlighting and diagnostics after a keystroke"
	echo
	bench_machine
	echo "$("$TILSYN_JAVA" -version 2>&1 | head -n 1), heap 2 GiB; \`releng/bench/editor/run.sh\`."
	echo "Goal (issue 4): typing in a 2,000-line concept stays responsive: highlighting and diagnostics"
	echo "update within 300 ms after a pause in typing."
	echo
	flock "$lock" "$TILSYN_JAVA" "${opts[@]}" -cp "$product/plugins/*" \
		"$root/releng/bench/editor/EditorBenchmark.java" "$root/plugins/dk.tilsyn.concept.kk2018/concept" "$work" 2>"$work/stderr" \
		|| { cat "$work/stderr" >&2; exit 1; }
} >"$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
