# Sourced by the benchmark scripts: the repository root, the product the build materialised
# (benchmarks build nothing), a JDK >= 21 in $TILSYN_JAVA with the options Java 24+ wants, the
# machine-wide build lock (no benchmark runs beside a build), and the machine line of a report.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/releng/dk.tilsyn.product/target/products/dk.tilsyn.product/linux/gtk/x86_64/tilsyn"
if [ ! -d "$product/plugins" ]; then
	echo "bench: build the product first (./mvnw -B verify -DskipTests)" >&2
	exit 2
fi
# shellcheck source=releng/launcher/find-java.sh
. "$root/releng/launcher/find-java.sh"
tilsyn_find_java 21 || exit 2
java_opts=()
[ "$(tilsyn_java_major "$TILSYN_JAVA")" -ge 24 ] && java_opts+=(--sun-misc-unsafe-memory-access=allow)
lock=${TILSYN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tilsyn}/build.lock # the same lock as ./mvnw
mkdir -p "$(dirname "$lock")" "$root/bench"

# "Run <time> on <n> cores (<cpu>)," for the head of a report
bench_machine() {
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
}
