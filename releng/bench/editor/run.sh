#!/usr/bin/env bash
# Benchmark of the concept editor's responsiveness (issue 4): lexical highlighting and the
# reconciler's analysis of a keystroke in a 2,000-line concept, against the language server and
# parsing alone. Uses the product and the editor bundle's jar built by ./mvnw -B verify; writes
# bench/editor.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
product="$root/releng/dk.tilsyn.product/target/products/dk.tilsyn.product/linux/gtk/x86_64/tilsyn"
if [ ! -d "$product/plugins" ]; then
	echo "bench: build the product first (./mvnw -B verify -DskipTests)" >&2
	exit 2
fi
# The editor bundle is not (yet) in the product: take its jar from the module's target folder.
editor=$(ls "$root"/plugins/dk.tilsyn.editor/target/dk.tilsyn.editor-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [ -z "$editor" ]; then
	echo "bench: plugins/dk.tilsyn.editor/target has no jar; run ./mvnw -B verify -DskipTests" >&2
	exit 2
fi
cp="$editor"
# The semantic highlighting must be the product's IDE bundle's; an older product lacks it.
ide=$(ls "$product"/plugins/dk.tilsyn.lang.ide_*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$ide" ] || ! unzip -l "$ide" | grep -q 'dk/tilsyn/lang/ide/highlighting/TilsynSemanticHighlighting.class'; then
	ide=$(ls "$root"/plugins/dk.tilsyn.lang.ide/target/dk.tilsyn.lang.ide-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
	[ -n "$ide" ] || { echo "bench: no dk.tilsyn.lang.ide jar with semantic highlighting" >&2; exit 2; }
	cp="$cp:$ide"
fi
. "$root/releng/launcher/find-java.sh"
tilsyn_find_java 21
opts=(-Xmx2g)
[ "$(tilsyn_java_major "$TILSYN_JAVA")" -ge 24 ] && opts+=(--sun-misc-unsafe-memory-access=allow)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$root/bench/editor.md"
mkdir -p "$root/bench"
lock=${XDG_CACHE_HOME:-$HOME/.cache}/tilsyn/build.lock
mkdir -p "$(dirname "$lock")"
{
	echo "# Concept editor: highlighting and diagnostics after a keystroke"
	echo
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
	echo "$("$TILSYN_JAVA" -version 2>&1 | head -n 1), heap 2 GiB; \`releng/bench/editor/run.sh\`."
	echo "Goal (issue 4): typing in a 2,000-line concept stays responsive: highlighting and diagnostics"
	echo "update within 300 ms after a pause in typing."
	echo
	flock "$lock" "$TILSYN_JAVA" "${opts[@]}" -cp "$cp:$product/plugins/*" \
		"$root/releng/bench/editor/EditorBenchmark.java" "$root/plugins/dk.tilsyn.concept.kk2018/concept" "$work" 2>"$work/stderr" \
		|| { cat "$work/stderr" >&2; exit 1; }
} >"$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
