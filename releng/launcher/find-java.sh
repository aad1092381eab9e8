# Finds a Java runtime of version 21 or newer and sets TILSYN_JAVA to its java executable.
# Sourced by ./mvnw (for the build) and by the product's `tilsyn` launch script.
# Order: $TILSYN_JAVA_HOME, $JAVA_HOME, java on the PATH, then the newest JDK in the usual
# install folders. Returns 1 with a message on stderr when there is none.

tilsyn_java_major() {
	# Prints the feature version of the java executable $1 (8 for 1.8, 17, 21, 25, ...).
	local v
	v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
	case "$v" in
		1.*) v=${v#1.}; echo "${v%%.*}" ;;
		"") echo 0 ;;
		*) v=${v%%[.+-]*}; echo "${v:-0}" ;;
	esac
}

tilsyn_find_java() {
	local min=${1:-21} candidate best="" best_major=0 major
	local -a candidates=()
	[ -n "${TILSYN_JAVA_HOME:-}" ] && candidates+=("$TILSYN_JAVA_HOME/bin/java")
	[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
	command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
	# First choice that is new enough wins; the usual folders are searched for the newest.
	for candidate in "${candidates[@]}"; do
		if [ -x "$candidate" ] && [ "$(tilsyn_java_major "$candidate")" -ge "$min" ]; then
			TILSYN_JAVA=$candidate
			return 0
		fi
	done
	for candidate in /usr/lib/jvm/*/bin/java /usr/java/*/bin/java /opt/*/bin/java /opt/java/*/bin/java \
		"$HOME"/.sdkman/candidates/java/*/bin/java "$HOME"/.jdks/*/bin/java; do
		[ -x "$candidate" ] || continue
		major=$(tilsyn_java_major "$candidate")
		if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
			best=$candidate
			best_major=$major
		fi
	done
	if [ -n "$best" ]; then
		TILSYN_JAVA=$best
		return 0
	fi
	echo "Tilsyn needs Java $min or newer, and none was found." >&2
	echo "  Looked at \$TILSYN_JAVA_HOME, \$JAVA_HOME, java on the PATH and the usual JDK folders." >&2
	tilsyn_java_help "$min"
	return 1
}

tilsyn_java_help() {
	# What to install when there is no Java $1 or newer (Debian 12 packages only Java 17).
	local min=${1:-21}
	echo "  Install a JDK $min or newer. Debian 13, Ubuntu 24.04 and newer: 'sudo apt-get install -y openjdk-$min-jdk-headless'." >&2
	echo "  Debian 12 packages only Java 17: install a JDK $min+ from a JDK vendor (Temurin, Zulu, ...), or unpack one" >&2
	echo "  and set JAVA_HOME (or TILSYN_JAVA_HOME) to its folder." >&2
}
