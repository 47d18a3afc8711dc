#!/usr/bin/env bash
# The database side of each README query (issue 13's profile): starts the tracker in Release with EF Core's
# statement and query-compilation logging on, then bench/ef-profile.py sends each query alone and counts, per
# request, the statements, their time, the LINQ compilations (query cache misses) and the wall time.
#   bench/ef-profile.sh                          a fresh seeded SQLite database
#   bench/ef-profile.sh --reuse /tmp/tracker-scale.XYZ   a database kept by bench/scale.sh --keep (SQLite folder,
#                                                or a PostgreSQL database name with --provider postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
provider=sqlite reuse= repeat=10
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider=$2; shift 2 ;;
    --reuse) reuse=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
postgres=${SCALE_POSTGRES:-Host=localhost;Port=5432;Username=postgres;Password=tracker-tests}
port=${PROFILE_PORT:-5111}
log=$(mktemp /tmp/tracker-ef-profile.XXXXXX.log)
folder=
if [ "$provider" = postgres ]; then
  [ -n "$reuse" ] || { echo "--provider postgres needs --reuse DATABASE" >&2; exit 2; }
  settings=(--Tracker:Provider=Postgres "--ConnectionStrings:Tracker=${postgres%;};Database=$reuse")
else
  folder=${reuse:-$(mktemp -d /tmp/tracker-ef-profile.XXXXXX)}
  settings=("--Tracker:DataFolder=$folder")
fi
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
ASPNETCORE_ENVIRONMENT=Production dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" "${settings[@]}" \
  --Logging:LogLevel:Default=Warning \
  --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information \
  --Logging:LogLevel:Microsoft.EntityFrameworkCore.Query=Debug >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"; [ -z "$reuse" ] && [ -n "$folder" ] && rm -rf "$folder"' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 $server 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
  sleep 1
done
echo "== $provider ${reuse:-seeded}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
folders=(docs/queries)
[ -d bench/scale-queries ] && folders+=(bench/scale-queries)
python3 bench/ef-profile.py "http://127.0.0.1:$port/graphql" "$log" "${folders[@]}" --repeat "$repeat"
