#!/usr/bin/env bash
# Smoke test of the built product, through its launch script as a user runs it:
# validate, export, generate, lsp, import/status, check-deadlines, sample, demo, usage errors (with
# issue 11's: --out rules, exit 2 not 3, escaped control characters, lsp on garbage), and the
# review application's window and Tilsyn Studio's.
# Usage: smoke-test.sh PRODUCT_DIR CONCEPT_FILE
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
product=$1
concept=$2
work=$(mktemp -d)
app_pid=""
studio_pid=""
cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
	[ -n "$studio_pid" ] && kill "$studio_pid" 2>/dev/null
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
no_trace() { # neither output names a Java frame or exception (a user's mistake is a message)
	! grep -q -E '^\s+at [a-z]|Exception|^Caused by' "$work/out" "$work/err"
}

run validate "$(dirname "$concept")"
check "validate accepts the reference concept" test "$code" -eq 0
check "validate reports in Danish by default" grep -q "2 filer tjekket: 0 fejl, 0 advarsler" "$work/err"

printf 'koncept x "X"\nsagstrin a "A" {\n  spørgsmål q1 "Et?" hvis q9 = ja\n}\n' >bad.tilsyn
run validate bad.tilsyn
check "validate exits 1 on a broken concept" test "$code" -eq 1
check "a diagnostic names file, line, column and code" grep -q "^bad.tilsyn:3:[0-9]*: error: unresolved_reference: " "$work/err"

run --lang en validate bad.tilsyn
check "--lang en speaks English" grep -q "There is no question named 'q9'" "$work/err"

run validate no-such-file.tilsyn
check "a missing file is a usage error (exit 2)" test "$code" -eq 2
run validate /proc
check "validate /proc is a usage error (exit 2), not an internal error" test "$code" -eq 2
check "validate /proc says it holds no concept files" grep -q "Ingen konceptfiler (\*.tilsyn) i /proc" "$work/err"
printf 'noter\n' >notes.txt
run validate notes.txt
check "validate of a file that is no concept is a usage error (exit 2)" test "$code" -eq 2
mkdir -p lib && printf 'bibliotek l "L"\nflag f "F"\nflag f "F igen"\n' >lib/l.tilsyn
printf 'koncept k "K"\nimporter "lib/l.tilsyn"\n' >uses-lib.tilsyn
run validate uses-lib.tilsyn
check "validating a concept checks the library it imports (exit 1)" test "$code" -eq 1
check "the library's error names its own file and line" grep -q "lib/l.tilsyn:3:[0-9]*: error: duplicate_flag_id: " "$work/err"
{ printf 'koncept d "D"\nsagstrin s "S" {\nspørgsmål a "A?"\nspørgsmål b "B?" hvis '
	for _ in $(seq 10000); do printf '('; done; printf 'a = ja'; for _ in $(seq 10000); do printf ')'; done; printf '\n}\n'; } >deep.tilsyn
run validate deep.tilsyn
check "10,000 parentheses are an error where the limit is passed (exit 1)" grep -q "^deep.tilsyn:4:[0-9]*: error: nesting_too_deep: " "$work/err"
printf '\xef\xbb\xbfkoncept bom "B"\n' >bom.tilsyn
run validate bom.tilsyn
check "a byte order mark is accepted" test "$code" -eq 0

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
check "generate leaves no staging folder behind" bash -c "! ls -a '$work' | grep -q '^\.nothing'"

# issue 11: --out never deletes what the product did not write
run generate "$(dirname "$concept")" --out "$work/plugin"
check "generate replaces its own earlier output" bash -c "test $code -eq 0 && test -s '$work/plugin/.tilsyn-output'"
mkdir -p mine && echo "four years of work" >mine/thesis.txt
run generate "$(dirname "$concept")" --out mine
check "generate refuses a folder holding the user's files (exit 2) and names it" bash -c "test $code -eq 2 && grep -q 'mine' '$work/err'"
check "the user's file survives" grep -qx "four years of work" mine/thesis.txt
run generate "$(dirname "$concept")" --out .
check "generate --out . is refused (exit 2) with a message" bash -c "test $code -eq 2 && grep -q -- \"--out '\\.'\" '$work/err'"
check "--out . leaves the current folder alone" test -s mine/thesis.txt -a -s bad.tilsyn
run demo --cases 20 --out mine
check "demo refuses a folder holding the user's files (exit 2)" bash -c "test $code -eq 2 && test -s mine/thesis.txt"
check "a refused --out shows no stack trace" no_trace

# issue 11: user mistakes are usage errors (exit 2) naming the path, never exit 3
run generate "$(dirname "$concept")" --out /proc/tilsyn-x
check "generate --out /proc/x is a usage error naming it" bash -c "test $code -eq 2 && grep -q '/proc/tilsyn-x' '$work/err'"
check "generate --out /proc/x: no stack trace" no_trace
run demo --cases 20 --out /proc/tilsyn-x
check "demo --out /proc/x is a usage error naming it" bash -c "test $code -eq 2 && grep -q '/proc/tilsyn-x' '$work/err'"
run export "$concept" --out mine
check "export --out an existing folder is a usage error, the folder untouched" bash -c "test $code -eq 2 && grep -q 'mine' '$work/err' && test \"\$(ls -A mine)\" = thesis.txt"
run validate bad.tilsyn --lang
check "--lang without a value is a usage error naming it" bash -c "test $code -eq 2 && grep -q -- '--lang' '$work/err'"
run status --format
check "--format without a value is a usage error" test "$code" -eq 2
run check-deadlines --concept kk2018 --cases a.csv --events b.csv
check "a missing --as-of is named" bash -c "test $code -eq 2 && grep -q 'Tilvalget --as-of mangler' '$work/err'"
run -h
check "-h is help (exit 0)" bash -c "test $code -eq 0 && grep -q '^Brug: tilsyn' '$work/err'"
check "the usage lists studio" grep -q '^  studio' "$work/err"
run sample
check "Danish usage without doubled apostrophes" bash -c "grep -q \"id'et\" '$work/err' && ! grep -q \"''\" '$work/err'"

# issue 11: control characters in names are escaped, one message per line
evil=$'x\n\e[31mbad.tilsyn:1:1: error: forged'
run validate "$evil"
check "a file name with a newline and ANSI codes is escaped" bash -c "test $code -eq 2 && ! grep -q \$'\\e' '$work/err' && ! grep -q '^.\\[31mbad' '$work/err' && grep -q 'x\\\\n\\\\u001b' '$work/err'"

# issue 11: tilsyn lsp with garbage on stdin: one message, exit 1
printf 'this is not LSP\n' | timeout 60 "$product/tilsyn" lsp >"$work/out" 2>"$work/err"
code=$?
check "tilsyn lsp refuses garbage with one message and exit 1" bash -c "test $code -eq 1 && test \$(grep -c 'LSP' '$work/err') -eq 1 && grep -q 'Content-Length' '$work/err'"
check "tilsyn lsp with garbage: no stack trace" no_trace

run demo --cases 300
check "demo runs end to end" test "$code" -eq 0
run demo --cases 300
check "demo runs again into its own earlier output" bash -c "test $code -eq 0 && test -s '$TILSYN_DATA/demo/.tilsyn-output'"
check "demo writes the population and the report" test -s "$TILSYN_DATA/demo/cases.csv" -a -s "$TILSYN_DATA/demo/events.csv" -a -s "$TILSYN_DATA/demo/compliance.csv"
check "demo's report has a row per question of the concept" test "$(wc -l <"$TILSYN_DATA/demo/compliance.csv")" -eq 80
check "demo says where the results are" grep -q "$TILSYN_DATA/demo" "$work/out"

# import and status on the embedded default store ($TILSYN_DATA), CSV and XLSX
demo_data="$TILSYN_DATA/demo"
run import --concept kk2018 --cases "$demo_data/cases.csv" --events "$demo_data/events.csv"
check "import stores the demo population" test "$code" -eq 0
check "import says what it stored" grep -q "300 nye sager" "$work/err"
run import --concept kk2018 --cases "$demo_data/cases.csv" --events "$demo_data/events.csv"
check "importing the same export again changes nothing" grep -q "0 nye sager, 0 .*ndrede, 0 nye h.*ndelser" "$work/err"
printf 'case_id;unit;caseworker;sibling_group\r\nX-1;Valby;AB;"se 010190-1234"\r\n' >cpr.csv
printf 'case_id;event;at\r\nX-1;opfoelgning;i går\r\n' >cpr-events.csv
run import --concept kk2018 --cases cpr.csv --events cpr-events.csv
check "import refuses a file with a CPR number (exit 1)" test "$code" -eq 1
check "the CPR number is named by row and column, not echoed" bash -c "grep -q '^cpr.csv:2: sibling_group: ' '$work/err' && ! grep -q '010190' '$work/err'"
check "every problem is reported" grep -q "^cpr-events.csv:2: at: " "$work/err"
printf 'case_id,event,at,value\nX-1,foranstaltning_afgjort,2018-07-02,hjemmebesøg\nX-1,opfoelgningsrytme_besluttet,2018-07-02,seks\n' >undeclared-events.csv
printf 'case_id,unit,caseworker\nX-1,Valby,AB\n' >undeclared-cases.csv
run --lang en import --concept kk2018 --cases undeclared-cases.csv --events undeclared-events.csv
check "import refuses values the concept does not declare, in English with --lang en" bash -c "test $code -eq 1 && grep -q \"^undeclared-events.csv:2: value: 'hjemmebes.*g' is not a value the concept declares for foranstaltning_afgjort; write one of: anbringelse, forebyggende\" '$work/err' && grep -q \"^undeclared-events.csv:3: value: 'seks' is not a whole number\" '$work/err'"
run import --concept kk2018 --cases "$demo_data/cases.csv"
check "import without events for a CSV is a usage error (exit 2)" test "$code" -eq 2
# a minimal XLSX workbook (inline strings), written without any spreadsheet program
python3 "$here/smoke-xlsx.py" export.xlsx
run import --concept kk2018 --cases export.xlsx
check "import reads an XLSX workbook in the product" grep -q "2 nye sager" "$work/err"

run status --format csv
check "status counts the imported cases" grep -q "^store,cases,,302$" "$work/out"
run status --format json
check "status speaks JSON" grep -q '"cases":302' "$work/out"
# check-deadlines: a known case set, installed concept and concept files
printf 'case_id,unit,caseworker,birth_date,sibling_group,flags\nK1,Amager,SB101,2010-05-01,,\nK2,Valby,SB201,2012-01-01,,professionel_underretter\n' >cases.csv
printf 'case_id,event,at,value\nK1,underretning_modtaget,2017-03-03T16:40,\nK1,underretning_vurderet,2017-03-06T09:00,\nK2,underretning_modtaget,2024-04-22T10:00,\nK2,underretning_vurderet,2024-04-22T15:00,\nK2,kvittering_sendt,2024-04-30,\n' >events.csv
run check-deadlines --concept kk2018 --cases cases.csv --events events.csv --as-of 2025-01-01
check "check-deadlines runs on the installed concept" test "$code" -eq 0
check "check-deadlines writes one row per case and rule" test "$(wc -l <"$work/out")" -eq 17
check "a missed 24-hour deadline with its derivation" grep -q '^K1,underretning_24t,SEL § 155 stk. 2,2017-03-04 16:40,missed,underretning_modtaget 2017-03-03 16:40 + 24 timer = 2017-03-04 16:40; underretning_vurderet 2017-03-06 09:00 → overskredet$' "$work/out"
check "6 working days under Barnets Lov" grep -q '^K2,kvittering_6hverdage,BL § 134,2024-04-30,met,' "$work/out"
run --lang en check-deadlines --concept "$(dirname "$concept")" --cases cases.csv --events events.csv --as-of 2025-01-01 --format json --summary
check "check-deadlines reads concept files and sums up per rule and unit in JSON" bash -c "test $code -eq 0 && grep -q '\"rule\":\"underretning_24t\",\"unit\":\"\*\",\"met\":1,\"missed\":1' '$work/out'"
check "check-deadlines speaks English with --lang en" grep -q "2 cases checked against 8 deadline rules" "$work/err"
run check-deadlines --concept uses-lib.tilsyn --cases cases.csv --events events.csv --as-of 2025-01-01
check "check-deadlines refuses a concept whose library is broken (exit 1), naming the library's line" bash -c "test $code -eq 1 && grep -q 'lib/l.tilsyn:3:' '$work/err' && test ! -s '$work/out'"
printf 'case_id,event,at,value\nK1,underretning_modtaget,2017-13-03,\n' >bad-events.csv
run check-deadlines --concept kk2018 --cases cases.csv --events bad-events.csv --as-of 2025-01-01
check "check-deadlines refuses bad case files with exit 1 and the row" bash -c "test $code -eq 1 && grep -q 'bad-events.csv:2' '$work/err' && test ! -s '$work/out'"
run check-deadlines --concept kk2018 --cases cases.csv --events events.csv --as-of tomorrow
check "check-deadlines: a bad --as-of is a usage error (exit 2)" test "$code" -eq 2

# tilsyn sample: the demo's population, Model 1, from the concept folder and from the installed concept
demo_files=(--cases "$TILSYN_DATA/demo/cases.csv" --events "$TILSYN_DATA/demo/events.csv")
period=(--round 2018Q3 --from 2018-07-01 --to 2018-09-30)
run sample --concept "$(dirname "$concept")" --model model1 "${period[@]}" --seed smoke "${demo_files[@]}" --audit "$work/audit.json"
check "sample draws Model 1 (exit 0)" test "$code" -eq 0
cp "$work/out" "$work/sample1.csv"
check "sample writes level,stratum,case_id,stage,rank rows for all four levels" bash -c \
	"head -n 1 '$work/sample1.csv' | grep -qx 'level,stratum,case_id,stage,rank' && grep -q '^4,\*,S-[0-9]*,underretning,[0-9a-f]\{64\}$' '$work/sample1.csv'"
check "sample's audit record on stderr, in Danish" grep -q "^Ramme: [0-9]* enheder, SHA-256 [0-9a-f]\{64\}$" "$work/err"
check "sample writes the audit record as JSON" grep -q '"sha256": "[0-9a-f]\{64\}"' "$work/audit.json"
run sample --concept kk2018 --model model1 "${period[@]}" --seed smoke "${demo_files[@]}" --store "jdbc:h2:file:$work/rounds" --audit /proc/tilsyn/audit.json
check "sample checks --audit before storing the round (exit 2)" bash -c "test $code -eq 2 && grep -q '/proc/tilsyn/audit.json' '$work/err' && test ! -s '$work/out'"
run sample --concept kk2018 --model model1 "${period[@]}" --seed smoke "${demo_files[@]}" --audit /
check "sample --audit / is a usage error (exit 2)" bash -c "test $code -eq 2 && grep -q \"'/'\" '$work/err'"
check "sample --audit /: no stack trace" no_trace
run sample --concept kk2018 --model model1 "${period[@]}" --seed smoke "${demo_files[@]}" --store "jdbc:h2:file:$work/rounds"
check "sample --store keeps the round with its seed and samples" bash -c "test $code -eq 0 && grep -q '2018Q3' '$work/err'"
run status --store "jdbc:h2:file:$work/rounds" --format csv
check "status shows the stored round as sampled" grep -q '^2018Q3,' "$work/out"
printf "CALL FILE_WRITE('ran', '%s');\n" "$work/ran" >"$work/evil.sql"
run status --store "jdbc:h2:file:$work/rounds;INIT=RUNSCRIPT FROM '$work/evil.sql'"
check "a store URL with a setting that runs code is refused (exit 2), names it, and runs nothing" bash -c \
	"test $code -eq 2 && grep -q 'INIT' '$work/err' && test ! -e '$work/ran'"
run sample --concept kk2018 --model model1 "${period[@]}" --seed smoke "${demo_files[@]}" --store "jdbc:h2:file:$work/rounds"
check "sampling the same round into the store again is refused (exit 1)" test "$code" -eq 1
run sample --concept kk2018 --model model1 "${period[@]}" --seed smoke "${demo_files[@]}"
check "the same inputs give the same sample, byte for byte (installed concept kk2018)" cmp -s "$work/out" "$work/sample1.csv"
run --lang en sample --concept kk2018 --model model2 "${period[@]}" "${demo_files[@]}" --format json
check "sample without --seed generates a 128-bit seed and prints it" grep -q '^Seed: [0-9a-f]\{32\} (generated' "$work/err"
check "sample --format json" grep -q '"case_id": "S-' "$work/out"
run sample --concept kk2018 --model model9 "${period[@]}" "${demo_files[@]}"
check "an unknown model is an input error naming the models (exit 1)" bash -c "test $code -eq 1 && grep -q 'model3' '$work/err'"
run sample --concept kk2018 --model model1 --round R --from 2018-13-01 --to 2018-09-30 "${demo_files[@]}"
check "a bad date is a usage error (exit 2)" test "$code" -eq 2
printf 'case_id,unit,caseworker,birth_date,sibling_group,flags\nA1,Valby,SB1,2010-01-01,,\nA2,Valby,SB1,2010-01-01,,ankestyrelsen_behandlet\nA3,Valby,SB2,2004-01-01,F1,\nA4,Valby,SB2,2008-01-01,F1,\n' >"$work/ank-cases.csv"
printf 'case_id,event,at,value\nA1,afgoerelse,2017-06-01,"SEL § 52, stk. 3, nr. 7"\nA2,afgoerelse,2017-09-01,"SEL § 52, stk. 3, nr. 7"\nA3,afgoerelse,2017-03-01,"SEL § 52, stk. 3, nr. 7"\nA4,afgoerelse,2017-09-20,"SEL § 52, stk. 3, nr. 7"\n' >"$work/ank-events.csv"
run sample --concept kk2018 --model ankestyrelsen --round ANK --from 2016-10-01 --to 2017-09-30 --seed 000 --cases "$work/ank-cases.csv" --events "$work/ank-events.csv"
check "Ankestyrelsen's rule: newest first, flag and younger sibling excluded" bash -c \
	"test $code -eq 0 && sed -n 2,3p '$work/out' | cut -d, -f5 | tr '\n' ' ' | grep -q '^A1 A3 $' && grep -q 'A4: ikke den' '$work/err'"

env -u DISPLAY "$product/tilsyn" >"$work/out" 2>"$work/err"
code=$?
check "without a display, tilsyn says so and points to demo" bash -c "test $code -eq 2 && grep -q 'tilsyn demo' '$work/err'"

env -u DISPLAY "$product/tilsyn" --lang en >"$work/out" 2>"$work/err"
code=$?
check "tilsyn --lang en alone starts the review application (here: says in English there is no display)" bash -c "test $code -eq 2 && grep -q 'there is no display' '$work/err'"

env -u DISPLAY "$product/tilsyn" studio --lang >"$work/out" 2>"$work/err"
code=$?
check "tilsyn studio --lang without a value is a usage error, no folder '--lang' made" bash -c "test $code -eq 2 && grep -q 'Brug: tilsyn studio' '$work/err' && test ! -e ./--lang"

env -u DISPLAY "$product/tilsyn" studio "$work/no-display" >"$work/out" 2>"$work/err"
code=$?
check "without a display, tilsyn studio says so (exit 2)" bash -c "test $code -eq 2 && grep -q 'Tilsyn Studio' '$work/err'"

# A fresh machine: who cannot install (not root) gets the one apt-get line to run, and exit 2.
fake_bin="$work/fake-bin" # a PATH without Xvfb and xwininfo
mkdir -p "$fake_bin"
chmod 711 "$work" && chmod 755 "$fake_bin" # the user nobody runs it below
for tool in bash env grep ls id dirname head sed cat apt-get; do ln -sf "$(command -v "$tool")" "$fake_bin/$tool"; done
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(runuser -u nobody --)
(cd / && "${as_user[@]}" env -i PATH="$fake_bin" bash "$here/../setup.sh" display x11-utils) >"$work/out" 2>"$work/err"
code=$?
check "set-up without root names the apt-get line to run (exit 2)" bash -c \
	"test $code -eq 2 && grep -q 'sudo apt-get update && sudo apt-get install -y xvfb x11-utils' '$work/err'"

# Waits up to SECONDS for a top-level window whose title matches PATTERN; prints the title.
wait_window() {
	local pattern=$1 seconds=$2 title=""
	for _ in $(seq 1 "$seconds"); do
		title=$(xwininfo -root -tree 2>/dev/null | grep -o "\"$pattern[^\"]*\"" | head -n 1)
		[ -n "$title" ] && break
		sleep 1
	done
	echo "$title"
}

if [ -n "${DISPLAY:-}" ]; then
	"$product/tilsyn" >"$work/app.log" 2>&1 &
	app_pid=$!
	window=$(wait_window 'Tilsyn – ledelsestilsyn' 60)
	check "the review application opens its window ($window)" test -n "$window"
	sleep 2
	check "the review application logs no error" bash -c "! grep -q -s -E '^!ENTRY [^ ]+ 4 ' '$TILSYN_DATA/workspace/.metadata/.log'"
	kill "$app_pid" 2>/dev/null || true
	wait "$app_pid" 2>/dev/null || true

	# --demo: the demo's own store, made the first time, in the review application.
	TILSYN_DATA="$work/demo-data" "$product/tilsyn" --demo >"$work/demo-app.log" 2>&1 &
	app_pid=$!
	window=$(wait_window 'Tilsyn – ledelsestilsyn' 120)
	check "tilsyn --demo makes the demo's store and opens the review application ($window)" \
		bash -c "test -n '$window' && test -e '$work/demo-data/demo/tilsyn.mv.db'"
	kill "$app_pid" 2>/dev/null || true
	wait "$app_pid" 2>/dev/null || true

	studio_ws="$work/studio-workspace"
	"$product/tilsyn" studio "$studio_ws" >"$work/studio.log" 2>&1 &
	studio_pid=$!
	window=$(wait_window '[^"]*Tilsyn Studio' 90)
	check "tilsyn studio opens the Tilsyn Studio workbench ($window)" test -n "$window"
	sleep 3
	check "Tilsyn Studio logs no error" bash -c "! grep -q -s -E '^!ENTRY [^ ]+ 4 ' '$studio_ws/.metadata/.log'"
	kill "$studio_pid" 2>/dev/null || true
	wait "$studio_pid" 2>/dev/null || true
else
	failed=$((failed + 1))
	echo "FAILED - the review application needs a display for this test (run the build through ./mvnw with Xvfb installed)"
fi

# --- Tilsyn Studio on the newest JDK present (issue 11) -------------------------------------
# SPI Fly weaves SWT's SVG rasterizer with ASM; an ASM older than the JDK cannot read its class
# files, the rasterizer is then missing, and every decorated icon ended in a modal error dialog
# ("Unable to create resource DecorationOverlayIcon"). Studio starts here on the newest JDK this
# machine has, on a workspace with a concept folder: at start-up the folder becomes a project and
# its broken file gets an error marker, so project, problem and overlay icons are drawn. The
# workbench log must then hold no error.
if [ -n "${DISPLAY:-}" ]; then
	newest_java="" newest_major=0
	real_home=$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6)
	# shellcheck source=../launcher/find-java.sh
	. "$product/find-java.sh"
	for candidate in "${TILSYN_JAVA_HOME:-/-}/bin/java" "${JAVA_HOME:-/-}/bin/java" "$(command -v java 2>/dev/null || echo /-)" \
		/usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/*/bin/java /opt/java/*/bin/java \
		"${real_home:-/-}"/.sdkman/candidates/java/*/bin/java "${real_home:-/-}"/.jdks/*/bin/java; do
		[ -x "$candidate" ] || continue
		major=$(tilsyn_java_major "$candidate")
		if [ "$major" -gt "$newest_major" ]; then
			newest_java=$(readlink -f "$candidate") newest_major=$major
		fi
	done
	newest_ws="$work/studio-newest-jdk"
	mkdir -p "$newest_ws/koncepter"
	cp "$concept" "$(dirname "$concept")/lovgrundlag.tilsyn" "$newest_ws/koncepter/"
	sed -e 's/^koncept kk2018 /koncept broken /' -e 's/hvis u01 = nej/hvis u99 = nej/' "$concept" >"$newest_ws/koncepter/broken.tilsyn"
	TILSYN_JAVA_HOME=$(dirname "$(dirname "$newest_java")") "$product/tilsyn" studio "$newest_ws" >"$work/studio-newest.log" 2>&1 &
	studio_pid=$!
	window=$(wait_window '[^"]*Tilsyn Studio' 90)
	for _ in $(seq 1 30); do
		[ -f "$newest_ws/koncepter/.project" ] && break
		sleep 1
	done
	sleep 8 # the closed files are checked, their markers and icons drawn
	check "Tilsyn Studio starts on Java $newest_major, the newest JDK here, and makes the concept folder a project" \
		test -n "$window" -a -f "$newest_ws/koncepter/.project"
	failed_before=$failed
	check "Tilsyn Studio on Java $newest_major logs no error at start-up (SVG icons drawn)" \
		bash -c "! grep -q -s -E '^!ENTRY [^ ]+ 4 ' '$newest_ws/.metadata/.log'"
	if [ "$failed" -gt "$failed_before" ]; then
		grep -s -A3 -E '^!ENTRY [^ ]+ 4 ' "$newest_ws/.metadata/.log" | head -n 12 | sed 's/^/    | /'
	fi
	kill "$studio_pid" 2>/dev/null || true
	wait "$studio_pid" 2>/dev/null || true
	studio_pid=""
fi
# --- end of Tilsyn Studio on the newest JDK ---------------------------------------------------

echo "Product smoke test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
