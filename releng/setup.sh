#!/usr/bin/env bash
# Installs what this checkout needs and the machine lacks, so that the README's two commands
# work on a fresh Debian or Ubuntu machine. Called by ./mvnw (build, tests) and ./tilsyn (run).
#   releng/setup.sh NEED...     NEED: jdk maven display x11-utils gtk postgresql
# As root it installs the missing packages with apt-get; otherwise it prints the one apt-get
# line to run and exits 2. TILSYN_SETUP=off only reports what is missing (exit 0).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=launcher/find-java.sh
. "$here/launcher/find-java.sh"

packages=()
missing_jdk=false
for need in "$@"; do
	case "$need" in
	jdk) tilsyn_find_java 21 2>/dev/null || missing_jdk=true ;;
	maven) command -v mvn >/dev/null 2>&1 || packages+=(maven) ;;
	# A display for the UI tests: Xvfb, unless the caller already has a display.
	display) [ -n "${DISPLAY:-}" ] || command -v Xvfb >/dev/null 2>&1 || packages+=(xvfb) ;;
	x11-utils) command -v xwininfo >/dev/null 2>&1 || packages+=(x11-utils) ;;
	gtk)
		# SWT's native toolkit, and a font so that its text is drawn at all.
		# (captured first: grep -q would end the pipe early, which pipefail counts as a failure)
		libraries=$(/sbin/ldconfig -p 2>/dev/null || true)
		[[ $libraries == *libgtk-3.so.0* ]] || packages+=(libgtk-3-0)
		fonts=$(fc-list 2>/dev/null || true)
		[ -n "$fonts" ] || packages+=(fonts-dejavu-core)
		;;
	postgresql)
		# The store tests start a private server unless one is given in TILSYN_PG_URL.
		[ -n "${TILSYN_PG_URL:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
		;;
	*)
		echo "setup.sh: unknown need '$need'" >&2
		exit 2
		;;
	esac
done

# Debian 13 and Ubuntu 24.04 package a JDK 21; Debian 12 stops at 17.
jdk_package=openjdk-21-jdk-headless

if ! $missing_jdk && [ ${#packages[@]} -eq 0 ]; then
	exit 0
fi
if [ "${TILSYN_SETUP:-}" = "off" ]; then
	$missing_jdk && packages+=("a JDK 21+")
	echo "setup.sh: missing (TILSYN_SETUP=off, not installed): ${packages[*]}" >&2
	exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "tilsyn: this machine lacks what the build needs, and it has no apt-get to install it with." >&2
		[ ${#packages[@]} -gt 0 ] && echo "  Debian's names for what is missing: ${packages[*]}" >&2
	else
		echo "tilsyn: this machine lacks what the build needs. Install it once with:" >&2
		[ ${#packages[@]} -gt 0 ] && echo "    sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
	fi
	$missing_jdk && { echo "tilsyn: no Java 21 or newer was found." >&2; tilsyn_java_help 21; }
	echo "  Then run the same command again." >&2
	exit 2
fi

export DEBIAN_FRONTEND=noninteractive
echo "tilsyn: installing what this machine lacks (apt-get, about a minute): ${packages[*]}$($missing_jdk && echo " and a JDK 21+")" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# apt-get's and dpkg's progress goes to a log, shown only when something fails.
if ! apt-get update -qq >"$log" 2>&1; then
	tail -n 20 "$log" >&2
	echo "tilsyn: apt-get update failed (above); install ${packages[*]} by hand and run the command again." >&2
	exit 2
fi
if $missing_jdk; then
	if apt-cache show "$jdk_package" >/dev/null 2>&1; then
		packages+=("$jdk_package")
	else
		echo "tilsyn: no Java 21 or newer was found, and this system's packages have none." >&2
		tilsyn_java_help 21
		exit 2
	fi
fi
if ! apt-get install -y -qq "${packages[@]}" >"$log" 2>&1; then
	tail -n 20 "$log" >&2
	echo "tilsyn: apt-get could not install ${packages[*]}; see its messages above." >&2
	exit 2
fi
echo "tilsyn: installed ${packages[*]}" >&2
