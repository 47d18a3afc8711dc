#!/usr/bin/env bash
# An update that changes nothing against one that changes a title (updateEvent), on two servers side by side (SQLite):
# BASE_DIR (an older tree, e.g. `git archive <commit> | tar -x -C /tmp/base`) and this one; batches alternate between
# the two, and each reports the server's CPU (user+system from /proc) per request, a figure a loud machine spoils less
# than requests/s.
#   bench/unchanged-updates.sh BASE_DIR       KINDS=change,noop,change ROUNDS=6 BATCH=200 PORTS="5250 5251" by default.
set -euo pipefail
cd "$(dirname "$0")/.."
base_dir=$(cd "$1" && pwd)
read -r base_port this_port <<<"${PORTS:-5250 5251}"
data_root=$(mktemp -d /tmp/tracker-unchanged.XXXXXX)
start() { # name source_dir port: builds, makes a maintainer's key, starts the server; prints name:port:pid:key
  dotnet build -c Release -v q -nologo "$2/src/Tracker.Api/Tracker.Api.csproj" >/dev/null
  local data="$data_root/$1" api="$2/src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll" key
  mkdir -p "$data"
  key=$(dotnet "$api" keys create --name bench --role maintainer "--Tracker:DataFolder=$data" | tail -n 1)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$api" --urls "http://127.0.0.1:$3" "--Tracker:DataFolder=$data" --Logging:LogLevel:Default=Warning >/dev/null 2>&1 &
  echo "$1:$3:$!:$key"
}
for port in "$base_port" "$this_port"; do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; then echo "port $port is taken; set PORTS"; exit 1; fi
done
A=$(start base "$base_dir" "$base_port"); B=$(start this "$(pwd)" "$this_port")
trap 'kill "$(cut -d: -f3 <<<"$A")" "$(cut -d: -f3 <<<"$B")" 2>/dev/null; rm -rf "$data_root"' EXIT
for port in "$base_port" "$this_port"; do
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
KINDS=${KINDS:-change,noop,change} python3 bench/unchanged-updates.py "$A" "$B" "${BATCH:-200}" "${ROUNDS:-6}"
