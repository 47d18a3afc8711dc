#!/usr/bin/env bash
# The dashboard's budget (issue 12): the compressed size of all its JavaScript, CSS and map data (from the build's
# manifest; the build itself fails above 400 KB), and its first meaningful render (the map drawn with its
# statuses) on loopback from a cold Chromium, over DASHBOARD_RUNS (10) runs, against the server in Release.
#   bench/dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/tracker-dashboard.XXXXXX)
port=${DASHBOARD_PORT:-5098}
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
dotnet build -c Release -v q -nologo bench/Tracker.DashboardBench/Tracker.DashboardBench.csproj >/dev/null
node -e '
  const m = require("./src/Tracker.Web/dist/manifest.json");
  const kb = (n) => (n / 1024).toFixed(1) + " KB";
  for (const s of m.sizes) console.log(`${s.file.padEnd(44)} ${kb(s.bytes).padStart(10)} raw ${kb(s.brotli).padStart(10)} brotli ${kb(s.gzip).padStart(10)} gzip`);
  console.log(`all JavaScript, CSS and map data: ${kb(m.totalBrotli)} brotli, ${kb(m.totalGzip)} gzip (budget ${kb(m.budgetBrotli)})`);'
# Anything answering there (another server, another engineer's sink) would be measured instead of this one.
if curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then
  echo "port $port is already in use: set DASHBOARD_PORT to a free one" >&2
  exit 1
fi
Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" >/tmp/tracker-dashboard-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; kill -0 $server 2>/dev/null || { echo "the server did not start: /tmp/tracker-dashboard-server.log" >&2; exit 1; }; sleep 1; done
echo "== first meaningful render ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
dotnet bench/Tracker.DashboardBench/bin/Release/net10.0/Tracker.DashboardBench.dll "http://127.0.0.1:$port/" "${DASHBOARD_RUNS:-10}"
# The map's two queries by GET as the page sends them (warm server, median of 20 over loopback, curl's total time):
# today reads the stored statuses, a past day computes them from the events counting then.
echo "== the map's queries (load average $(cut -d' ' -f1-3 /proc/loadavg))"
for document in MapStatuses MapCounties; do
  hash=$(node -p "require('./src/Tracker.Web/dist/manifest.json').documents.$document")
  for day in today 2011-06-01 2020-01-01; do
    url="http://127.0.0.1:$port/graphql?extensions=$(node -p "encodeURIComponent(JSON.stringify({persistedQuery:{version:1,sha256Hash:'$hash'}}))")"
    [ "$day" = today ] || url="$url&variables=$(node -p "encodeURIComponent(JSON.stringify({asOf:'$day'}))")"
    curl -s "$url" | node -e 'const b = JSON.parse(require("fs").readFileSync(0, "utf8")); if (b.errors || !b.data) { console.error(JSON.stringify(b)); process.exit(1); }'
    times=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    echo "$document $day: median $(echo "$times" | sed -n 10p | awk '{printf "%.1f ms", $1*1000}'), max $(echo "$times" | tail -1 | awk '{printf "%.1f ms", $1*1000}')"
  done
done
