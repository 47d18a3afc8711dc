#!/usr/bin/env bash
# Memory under a flood of large distinct documents (issue 9, item 2): starts the tracker in Release on a fresh SQLite
# database and reports its resident memory before and after 1,000 distinct 90 KB documents of 4,990 aliases (each
# refused MAX_ALIASES_EXCEEDED) and 2,000 automatic persisted query registrations of distinct 250 KB documents.
#   bench/flood.sh [--aliases N] [--persisted M] [--persisted-bytes B] [--threads T]   (options go to bench/flood.py)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/tracker-flood.XXXXXX)
port=${FLOOD_PORT:-5097}
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" >/tmp/tracker-flood-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/flood.py --url "http://127.0.0.1:$port/graphql" --pid "$server" "$@"
