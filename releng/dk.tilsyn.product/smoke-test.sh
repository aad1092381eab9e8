#!/usr/bin/env bash
# Smoke test of the built product, through its launch script as a user runs it:
# `tilsyn validate`, `tilsyn demo`, usage errors, and the review application's window.
# Usage: smoke-test.sh PRODUCT_DIR CONCEPT_FILE
set -u
product=$1
concept=$2
work=$(mktemp -d)
app_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
export TILSYN_DATA="$work/data" HOME="$work/home"
export TILSYN_JAVA_OPTS="-Duser.home=$work/home"
mkdir -p "$HOME" "$work/elsewhere"
cd "$work/elsewhere" || exit 1 # the launch script must work from any folder

passed=0
failed=0
check() {
	local name=$1
	shift
	if "$@"; then
		passed=$((passed + 1))
		echo "ok - $name"
	else
		failed=$((failed + 1))
		echo "FAILED - $name"
		sed 's/^/    | /' "$work/out" "$work/err" 2>/dev/null | tail -n 20
	fi
}
run() { # run ARGS...: the product's tilsyn, output in $work/out and $work/err, exit code in $code
	"$product/tilsyn" "$@" >"$work/out" 2>"$work/err"
	code=$?
}

run validate "$(dirname "$concept")"
check "validate accepts the reference concept" test "$code" -eq 0
check "validate reports in Danish by default" grep -q "2 fil(er) tjekket: 0 fejl, 0 advarsler" "$work/err"

printf 'koncept x "X"\nsagstrin a "A" {\n  spørgsmål q1 "Et?" hvis q9 = ja\n}\n' >bad.tilsyn
run validate bad.tilsyn
check "validate exits 1 on a broken concept" test "$code" -eq 1
check "a diagnostic names file, line, column and code" grep -q "^bad.tilsyn:3:[0-9]*: error: unresolved_reference: " "$work/err"

run --lang en validate bad.tilsyn
check "--lang en speaks English" grep -q "There is no question named 'q9'" "$work/err"

run validate no-such-file.tilsyn
check "a missing file is a usage error (exit 2)" test "$code" -eq 2
run no-such-command
check "an unknown command is a usage error (exit 2)" test "$code" -eq 2
check "no stack trace for a usage error" bash -c "! grep -q 'at dk.tilsyn' '$work/err'"

run export "$concept"
check "export writes the concept as JSON" grep -q '"type" : "Concept"' "$work/out"
run export bad.tilsyn
check "export refuses a concept with errors (exit 1)" test "$code" -eq 1

body='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"file://'"$work"'/elsewhere","capabilities":{}}}'
(printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body"; sleep 10) | timeout 60 "$product/tilsyn-lsp" >"$work/out" 2>"$work/err"
check "tilsyn-lsp answers an LSP initialize request" grep -q '"capabilities"' "$work/out"

run generate "$(dirname "$concept")" --out "$work/plugin"
check "generate writes a concept plugin" test -s "$work/plugin/src-gen/dk/tilsyn/concept/kk2018/Kk2018Validator.java" -a -s "$work/plugin/META-INF/MANIFEST.MF" -a -s "$work/plugin/concept/kk2018.tilsyn"
check "generate gives the same bytes as the build did" diff -r "$work/plugin/src-gen" "$(dirname "$(dirname "$concept")")/src-gen"
mkdir -p broken && cp bad.tilsyn broken/
run generate broken --out "$work/nothing"
check "generate writes nothing for a concept with errors" bash -c "test $code -eq 1 && test ! -e '$work/nothing'"

run demo --cases 300
check "demo runs end to end" test "$code" -eq 0
check "demo writes the population and the report" test -s "$TILSYN_DATA/demo/cases.csv" -a -s "$TILSYN_DATA/demo/events.csv" -a -s "$TILSYN_DATA/demo/compliance.csv"
check "demo's report has a row per question of the concept" test "$(wc -l <"$TILSYN_DATA/demo/compliance.csv")" -eq 80
check "demo says where the results are" grep -q "$TILSYN_DATA/demo" "$work/out"

env -u DISPLAY "$product/tilsyn" >"$work/out" 2>"$work/err"
code=$?
check "without a display, tilsyn says so and points to demo" bash -c "test $code -eq 2 && grep -q 'tilsyn demo' '$work/err'"

if [ -n "${DISPLAY:-}" ]; then
	"$product/tilsyn" >"$work/app.log" 2>&1 &
	app_pid=$!
	window=""
	for _ in $(seq 1 60); do
		window=$(xwininfo -root -tree 2>/dev/null | grep -o '"Tilsyn – ledelsestilsyn[^"]*"' | head -n 1)
		[ -n "$window" ] && break
		sleep 1
	done
	check "the review application opens its window ($window)" test -n "$window"
	sleep 2
	check "the review application logs no error" bash -c "! grep -q -s -E '^!ENTRY [^ ]+ 4 ' '$TILSYN_DATA/workspace/.metadata/.log'"
else
	failed=$((failed + 1))
	echo "FAILED - the review application needs a display for this test (run the build through ./mvnw with Xvfb installed)"
fi

echo "Product smoke test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
