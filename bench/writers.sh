#!/usr/bin/env bash
# Fairness of the write lock (issue 9, item 10): 32 maintainers writing at once to one server on SQLite, each
# sending mutations one after another for 20 s; how long each write waited (p50, p99, max).
#   bench/writers.sh [SOURCE_DIR]       SOURCE_DIR: the tree to build and measure (default: this one), so that
#                                        an older commit can be measured the same way (git archive it to a folder)
#   WRITERS=32 SECONDS_TO_RUN=20 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=$(pwd)/bench
source_dir=$(cd "${1:-.}" && pwd)
port=${WRITERS_PORT:-5181}
if curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; then echo "port $port is taken by another server; set WRITERS_PORT"; exit 1; fi
data=$(mktemp -d /tmp/tracker-writers.XXXXXX)
dotnet build -c Release -v q -nologo "$source_dir/src/Tracker.Api/Tracker.Api.csproj" >/dev/null
api="$source_dir/src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll"
key=$(dotnet "$api" keys create --name bench --role maintainer "--Tracker:DataFolder=$data" | tail -n 1)
ASPNETCORE_ENVIRONMENT=Production dotnet "$api" --urls "http://127.0.0.1:$port" "--Tracker:DataFolder=$data" \
  --Logging:LogLevel:Default=Warning >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || basename "$source_dir")"
echo "| load | writes | writes/s | p50 wait | p99 wait | max wait | refused |"
echo "|---|---|---|---|---|---|---|"
node "$bench/writers.mjs" "http://127.0.0.1:$port/graphql" "$key" "${SECONDS_TO_RUN:-20}" "${WRITERS:-32}"
