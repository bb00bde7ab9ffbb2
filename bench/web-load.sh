#!/usr/bin/env bash
# Web load benchmark (not a test): `turnover serve` on the demo store, loaded on loopback by Debian's wrk, bounded in
# time, against the series and the target-check endpoints. Prints requests/s and p50/p99 latency. See bench/README.md.
#
#   bench/web-load.sh [SECONDS] [CONNECTIONS]     defaults: 15 s per run, 16 connections, 2 wrk threads
#
# Runs: the series of China–Russia (monthly, as the dashboard asks it), the same with a different question on nearly
# every request (asOf, flow and frequency drawn at random with a fixed seed: the cache rarely helps), and the check of
# China–Russia's targets (five targets, 2,000 simulated paths each, ensemble model) after one cold request.
set -euo pipefail

seconds=${1:-15}
connections=${2:-16}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${BENCH_DIR:-/tmp/turnover-web-bench}
port=${PORT:-5099}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$dir"
dotnet build "$root/src/Turnover.Cli" -c Release -v quiet -nologo >/dev/null
bin="$root/src/Turnover.Cli/bin/Release/net10.0/turnover"
[[ -f "$dir/demo.duckdb" ]] || (cd "$root" && "$bin" demo --db "$dir/demo.duckdb" >/dev/null)

"$bin" serve --db "$dir/demo.duckdb" --urls "$base" >"$dir/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$base/api/capabilities" >/dev/null && break; sleep 0.2; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: ${seconds}s per run, $connections connections, 2 threads; server: Release build, read-only demo store"

cat >"$dir/varied.lua" <<'LUA'
math.randomseed(42)
local flows = { "turnover", "exports", "imports", "balance" }
local freqs = { "month", "quarter", "year" }
request = function()
  local day = os.date("!%Y-%m-%d", 1356998400 + math.random(0, 4380) * 86400)
  return wrk.format("GET", string.format("/api/series?a=CHN&b=RUS&flow=%s&freq=%s&asOf=%s", flows[math.random(4)], freqs[math.random(3)], day))
end
LUA

# wrk's summary as one line: requests/s, p50, p99, errors.
run() {
    local name=$1; shift
    local out
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@")
    awk -v name="$name" '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 }
        /^ +99%/ { p99 = $2 }
        /Non-2xx/ { errors = $NF }
        /Socket errors/ { sockets = $0 }
        END { printf "%-34s %10s req/s   p50 %8s   p99 %8s%s%s\n", name, rps, p50, p99, errors ? "   non-2xx " errors : "", sockets ? "   " sockets : "" }' <<<"$out"
}

curl -sf "$base/api/series?a=CHN&b=RUS" >/dev/null
run "series CHN-RUS (repeat)" "$base/api/series?a=CHN&b=RUS"
run "series CHN-RUS (varied, seeded)" -s "$dir/varied.lua" "$base"
cold=$(curl -sf -o /dev/null -w '%{time_total}' "$base/api/targets/check?a=CHN&b=RUS")
echo "target check CHN-RUS, first request (cold): ${cold}s"
run "target check CHN-RUS (repeat)" "$base/api/targets/check?a=CHN&b=RUS"
