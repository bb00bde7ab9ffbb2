#!/usr/bin/env bash
# Stop the ClickHouse servers that bench/clickhouse/up.sh started under DIR, by the pid each wrote; their data stays
# (delete DIR to drop it). Safe to run again, or when nothing runs.
#
#   bench/clickhouse/down.sh DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

[[ $# -eq 1 ]] || { echo "usage: $0 DIR" >&2; exit 2; }
[[ -d "$1" ]] || { echo "nothing to stop: $1 does not exist"; exit 0; }
dir=$(absolute_dir "$1")

stop_one() {
    local name=$1 pid_file="$dir/$1/server.pid" pid
    [[ -f "$pid_file" ]] || return 0
    pid=$(cat "$pid_file")
    if ! alive "$pid"; then
        echo "$name: not running (stale pid file removed)"
        rm -f "$pid_file"
        return 0
    fi
    # SIGTERM lets the server finish running merges and close its parts cleanly.
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        alive "$pid" || { echo "$name: stopped (pid $pid)"; rm -f "$pid_file"; return 0; }
        sleep 0.5
    done
    echo "$name: pid $pid still running 30 s after SIGTERM; sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
    rm -f "$pid_file"
}

for name in single shard1 shard2; do
    stop_one "$name"
done
rm -f "$dir/ports.env"
