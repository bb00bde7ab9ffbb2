# Shared by up.sh and down.sh (sourced, not run): port layout and process checks.

# The folder DIR as an absolute path (created if missing), so generated configs never depend on the caller's cwd.
absolute_dir() {
    mkdir -p "$1"
    (cd "$1" && pwd)
}

# "HTTP TCP INTERSERVER" ports of the server NAME: CLICKHOUSE_PORT_BASE (default 28100) plus 0, 10 or 20.
ports_of() {
    local base=${CLICKHOUSE_PORT_BASE:-28100} offset
    case "$1" in
        single) offset=0 ;;
        shard1) offset=10 ;;
        shard2) offset=20 ;;
        *) echo "unknown server $1" >&2; return 1 ;;
    esac
    echo "$((base + offset)) $((base + offset + 1)) $((base + offset + 2))"
}

# True when a ClickHouse server answers SELECT 1 over HTTP on loopback PORT.
answers() {
    [[ "$(curl -fsS --max-time 2 "http://127.0.0.1:$1/?query=SELECT%201" 2>/dev/null)" == 1 ]]
}

# True when something listens on loopback PORT (bash's /dev/tcp: no extra tools needed).
port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when PID is a running clickhouse-server (guards against a stale pid file naming a reused pid).
alive() {
    [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null && grep -qa clickhouse "/proc/$1/cmdline" 2>/dev/null
}
