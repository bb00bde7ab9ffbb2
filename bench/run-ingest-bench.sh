#!/usr/bin/env bash
# Ingest benchmark: turnover ingest of a generated BACI file next to DuckDB's own read_csv of the same file, in
# alternating rounds, then a pair series query on the loaded store. See bench/README.md.
#
#   bench/run-ingest-bench.sh [ROWS] [ROUNDS]     defaults: 10000000 rows, 3 rounds
#
# Needs GNU time (/usr/bin/time) for peak memory. Work files go to $BENCH_DIR (default /tmp/turnover-bench).
set -euo pipefail

rows=${1:-10000000}
rounds=${2:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${BENCH_DIR:-/tmp/turnover-bench}
file="$dir/baci_${rows}.csv"
bin="$root/bench/Turnover.Benchmarks/bin/Release/net10.0/Turnover.Benchmarks"

[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed for peak memory" >&2; exit 1; }
mkdir -p "$dir"
dotnet build "$root/bench/Turnover.Benchmarks" -c Release -v quiet -nologo >/dev/null
[[ -f "$file" ]] || "$bin" generate-baci "$rows" "$file"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "file: $file ($(du -hL "$file" | cut -f1))"

# One measured run: prints "wall cpu peak_mib", cpu = user + sys seconds, peak = maximum resident set.
measure() {
    local out
    out=$(/usr/bin/time -f 'TIME %e %U %S %M' "$bin" "$@" 2>&1 >/dev/null) || { echo "$out" >&2; exit 1; }
    awk '/^TIME/ {printf "%.2f %.2f %.0f\n", $2, $3 + $4, $5 / 1024}' <<<"$out"
}

results="$dir/results.txt"
: >"$results"
for round in $(seq 1 "$rounds"); do
    read -r wall cpu peak < <(measure duckdb-read-csv "$file" "$dir/read_csv.duckdb")
    printf 'round %d  duckdb read_csv  %6.2f s wall  %6.2f s cpu  %5d MiB peak\n' "$round" "$wall" "$cpu" "$peak"
    echo "csv $wall $cpu $peak" >>"$results"
    read -r wall cpu peak < <(measure ingest "$file" "$dir/turnover.duckdb")
    printf 'round %d  turnover ingest  %6.2f s wall  %6.2f s cpu  %5d MiB peak\n' "$round" "$wall" "$cpu" "$peak"
    echo "ingest $wall $cpu $peak" >>"$results"
done

# Medians per tool, and the ratios turnover / read_csv (goal: wall ratio <= 1.0).
awk '
    function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3; if ($4 > p[$1]) p[$1] = $4 }
    END {
        for (k in n) { for (i = 1; i <= n[k]; i++) { ww[i] = w[k, i]; cc[i] = c[k, i] } mw[k] = median(ww, n[k]); mc[k] = median(cc, n[k]) }
        printf "median  duckdb read_csv  %6.2f s wall  %6.2f s cpu  %5d MiB peak (max)\n", mw["csv"], mc["csv"], p["csv"]
        printf "median  turnover ingest  %6.2f s wall  %6.2f s cpu  %5d MiB peak (max)\n", mw["ingest"], mc["ingest"], p["ingest"]
        printf "ratio turnover / read_csv: %.2f wall, %.2f cpu\n", mw["ingest"] / mw["csv"], mc["ingest"] / mc["csv"]
    }' "$results"

"$bin" query "$dir/turnover.duckdb" | tail -n 1
