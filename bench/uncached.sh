#!/usr/bin/env bash
# The uncached path of each README query (issue 13, item 2), as CPU per request: the tracker in Release on its
# seeded SQLite database, wrk on loopback sending each query with "Cache-Control: no-cache" (executed every time;
# the document cache still answers, as for a real dashboard), and the server's own CPU time (user + system from
# /proc, as bench/http.sh reads it) divided by the requests wrk counted. CPU per request moves much less with the
# machine's load than requests/s do. With UNCACHED_BEFORE=DIR (a copy of an older tree, e.g.
# `git archive main | tar -x -C DIR`) both builds run, each on its own seeded database, and every query is measured
# alternately before, after, before, after, so that each ratio compares runs a few seconds apart; each build sends
# a query as its own tree's docs/queries writes it (a query the older tree lacks is measured on the newer only).
# Before anything is measured every server runs every query for UNCACHED_WARMUP seconds: a server started a moment
# ago still runs most of its code unoptimised (the JIT's first tier), which made a 1-second warm-up report the
# first queries at half their steady rate.
#   bench/uncached.sh   (UNCACHED_SECONDS=5 UNCACHED_WARMUP=4 UNCACHED_CONNECTIONS=32 UNCACHED_ONLY=status-map,search
#                        UNCACHED_BEFORE=DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
port=${UNCACHED_PORT:-5121}
seconds=${UNCACHED_SECONDS:-5}
warmup=${UNCACHED_WARMUP:-4}
connections=${UNCACHED_CONNECTIONS:-32}
only=${UNCACHED_ONLY:-}
before=${UNCACHED_BEFORE:-}
work=$(mktemp -d /tmp/tracker-uncached.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
# Starts the tracker of tree $1 on port $2 with its own seeded database; prints its process id.
start() {
  dotnet build -c Release -v q -nologo "$1/src/Tracker.Api/Tracker.Api.csproj" >/dev/null
  mkdir -p "$work/data-$2"
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$1/src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll" --urls "http://127.0.0.1:$2" \
    --Tracker:DataFolder="$work/data-$2" >"$work/tracker-$2.log" 2>&1 &
  echo $!
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# One measurement: $1 pid, $2 port, $3 lua script; prints "requests/s cpu-us/request p99".
measure() {
  wrk -t2 -c"$connections" -d1s -s "$3" "http://127.0.0.1:$2/graphql" >/dev/null
  local t0 t1 out
  t0=$(ticks "$1")
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$3" "http://127.0.0.1:$2/graphql")
  t1=$(ticks "$1")
  awk -v t="$((t1 - t0))" -v hz="$(getconf CLK_TCK)" \
    '/requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 }
     END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } printf "%.0f %.0f %s\n", rps, 1e6 * t / hz / n, p99 }' <<<"$out"
}
after_pid=$(start . "$port"); pids+=("$after_pid")
ports=("$port") servers=("$after_pid") trees=(.) labels=(after)
if [ -n "$before" ]; then
  before_pid=$(start "$before" $((port + 1))); pids+=("$before_pid")
  ports=($((port + 1)) "$port" $((port + 1)) "$port") servers=("$before_pid" "$after_pid" "$before_pid" "$after_pid")
  trees=("$before" . "$before" .) labels=(before after before after)
fi
for p in "${ports[@]}"; do
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$p/healthz" >/dev/null && break
    sleep 1
  done
done
names=()
for file in docs/queries/*.graphql bench/scale-queries/*.graphql; do
  name=$(basename "$file" .graphql)
  [ -n "$only" ] && [[ ",$only," != *,"$name",* ]] && continue
  names+=("$name")
done
# Writes tree $1's wrk script for query $2 to $3 and checks the answer on port $4; fails when the tree lacks the query.
script_for() {
  local file
  file=$(ls "$1/docs/queries/$2.graphql" "$1/bench/scale-queries/$2.graphql" 2>/dev/null | head -1)
  [ -n "$file" ] || return 1
  local body answer
  body=$(python3 -c 'import json, sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$file")
  answer=$(curl -fs -X POST -H 'Content-Type: application/json' --data-binary "$body" "http://127.0.0.1:$4/graphql")
  python3 -c 'import json, sys; r = json.loads(sys.argv[1]); sys.exit(0 if "data" in r and "errors" not in r else 1)' "$answer" \
    || { echo "$2 on port $4: ${answer:0:300}" >&2; exit 1; }
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Cache-Control"] = "no-cache"\nwrk.body = [==[%s]==]\n' "$body" >"$3"
}
# The warm-up pass: every query on every server, unmeasured; each server's script for a query is written (and its
# answer checked) here, once, as $work/SERVER-NAME.lua (servers 0 and 1; cells 2 and 3 measure them again).
for i in "${!ports[@]}"; do
  [ "$i" -lt 2 ] || break
  for name in "${names[@]}"; do
    script_for "${trees[$i]}" "$name" "$work/$i-$name.lua" "${ports[$i]}" || continue
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/$i-$name.lua" "http://127.0.0.1:${ports[$i]}/graphql" >/dev/null
  done
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD)${before:+, before: $before}; wrk -t2 -c$connections -d${seconds}s after a ${warmup}s warm-up pass per query, Cache-Control: no-cache"
echo
header="| query |" rule="|---|"
for label in "${labels[@]}"; do header+=" $label req/s | CPU us/req |"; rule+="---|---|"; done
[ -n "$before" ] && { header+=" CPU after/before | load |"; rule+="---|---|"; }
echo "$header"; echo "$rule"
for name in "${names[@]}"; do
  row="| $name |" cpu=()
  for i in "${!ports[@]}"; do
    if [ -f "$work/$((i % 2))-$name.lua" ]; then
      # Assigned first, so that a failed measurement (non-2xx answers) stops the script.
      cell=$(measure "${servers[$i]}" "${ports[$i]}" "$work/$((i % 2))-$name.lua"); read -r rps us _ <<<"$cell"
      row+=" $rps | $us |"; cpu+=("$us")
    else
      row+=" - | - |"; cpu+=("")
    fi
  done
  if [ -n "$before" ]; then
    if [ -n "${cpu[0]}" ]; then
      row+=" $(awk -v a="${cpu[1]}" -v b="${cpu[3]}" -v c="${cpu[0]}" -v d="${cpu[2]}" 'BEGIN { printf "%.2f", (a + b) / (c + d) }') |"
    else
      row+=" - |"
    fi
    row+=" $(cut -d' ' -f1 /proc/loadavg) |"
  fi
  echo "$row"
done
