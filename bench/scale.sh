#!/usr/bin/env bash
# Scale benchmark (issue 4): fills a fresh SQLite database (seeded with the 3,234 real counties) with 20,000 cities,
# 100,000 organisations, 5,000 letters, 2,000 status events of every qualifier and 1,000,000 signatures (Bogus, fixed
# seed), starts the server on it in Release, and reports p50/p95/p99 latency of every README example query
# (docs/queries/*.graphql) and of the maps for a chosen day (bench/scale-queries/*.graphql), one request at a time.
#   bench/scale.sh [--signatures N ...]   (options go to the generator)
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/tracker-scale.XXXXXX)
port=${SCALE_PORT:-5099}
dotnet build -c Release -v q -nologo bench/Tracker.ScaleBench/Tracker.ScaleBench.csproj >/dev/null
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
echo "== generating into $data"
/usr/bin/time -f "generator: %e s wall, %M KB peak memory" dotnet bench/Tracker.ScaleBench/bin/Release/net10.0/Tracker.ScaleBench.dll generate "$data" "$@"
echo "== database: $(du -sh "$data" | cut -f1)"
Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" >/tmp/tracker-scale-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
echo "== latency ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
dotnet bench/Tracker.ScaleBench/bin/Release/net10.0/Tracker.ScaleBench.dll measure "http://127.0.0.1:$port/graphql" docs/queries --iterations "${SCALE_ITERATIONS:-200}"
echo "== maps for a chosen day (asOf), bench/scale-queries/"
dotnet bench/Tracker.ScaleBench/bin/Release/net10.0/Tracker.ScaleBench.dll measure "http://127.0.0.1:$port/graphql" bench/scale-queries --iterations "${SCALE_ITERATIONS:-200}"
