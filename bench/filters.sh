#!/usr/bin/env bash
# Wide filters and sorts (issue 9): starts the tracker in Release on a fresh seeded SQLite database (and on
# PostgreSQL when FILTER_BENCH_POSTGRES holds a connection string to a server; the database is created by the
# server and dropped afterwards), then sends the widest inputs the limits allow, one request at a time, and reports
# the wall time and the server's CPU time per request (from /proc). A response with errors is reported as such.
#   bench/filters.sh                                  the defaults: the largest inputs the default limits allow
#   IN_VALUES=20000 OR_TERMS=1000 SORT_KEYS=850 bench/filters.sh   larger inputs (refused now; the "before" figures)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${FILTER_BENCH_PORT:-5097}
iterations=${FILTER_BENCH_ITERATIONS:-50}
in_values=${IN_VALUES:-1000}
or_terms=${OR_TERMS:-100}
sort_keys=${SORT_KEYS:-10}
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
data=$(mktemp -d /tmp/tracker-filters.XXXXXX)
server=
database=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$data"
  if [ -n "$database" ]; then psql "$(libpq "$FILTER_BENCH_POSTGRES") dbname=postgres" -qc "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null || true; fi
}
trap cleanup EXIT
libpq() { # Npgsql's "Host=h;Username=u;Password=p" as psql's "host=h user=u password=p"
  tr ';' '\n' <<<"$1" | sed -E 's/^[Uu]sername=/user=/; s/^([A-Za-z]+)=/\L\1=/' | grep -v '^$' | tr '\n' ' '
}

measure() { # $1 = provider label; the server is already listening
  python3 - "$1" "$server" "http://127.0.0.1:$port/graphql" "$iterations" "$in_values" "$or_terms" "$sort_keys" <<'PY'
import json, os, statistics, sys, time, urllib.request
label, pid, url, iterations, in_values, or_terms, sort_keys = sys.argv[1], sys.argv[2], sys.argv[3], *map(int, sys.argv[4:])
tick = os.sysconf("SC_CLK_TCK")

def cpu():  # user + system seconds of the server process
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def post(body):
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        return {"errors": [{"message": f"HTTP {error.code}"}]}
    except Exception as error:  # the server died: report it rather than a number
        return {"errors": [{"message": type(error).__name__}]}

page = "{ totalCount nodes { code } }"
cases = [
    ("no filter, no sort (the floor of a request)", 96,
     {"query": "{ jurisdictions(first: 100) " + page + " }"}),
    (f"`in` list of {in_values:,} codes", 1,
     {"query": "query ($codes: [String!]) { jurisdictions(first: 100, where: { code: { in: $codes } }) " + page + " }",
      "variables": {"codes": [f"X{i}" for i in range(in_values - 1)] + ["MN"]}}),
    (f"`in` list of {in_values:,} positions, nested page", 1,
     {"query": "query ($positions: [Int!]) { letter(slug: \"morton-2011-07-20\") { signatures(first: 100, where: { position: { in: $positions } }) { totalCount nodes { position } } } }",
      "variables": {"positions": [100_000 + i for i in range(in_values - 1)] + [7]}}),
    (f"`or` of {or_terms:,} contains terms", 1,
     {"query": "query ($where: JurisdictionFilter) { jurisdictions(first: 100, where: $where) " + page + " }",
      "variables": {"where": {"or": [{"name": {"contains": f"zz{i}"}} for i in range(or_terms - 1)] + [{"name": {"contains": "minnesota"}}]}}}),
    (f"`and` of {or_terms:,} neq terms", 96,
     {"query": "query ($where: JurisdictionFilter) { jurisdictions(first: 100, where: $where) " + page + " }",
      "variables": {"where": {"and": [{"code": {"neq": f"X{i}"}} for i in range(or_terms)]}}}),
    (f"`order` of {sort_keys:,} keys", 96,
     {"query": "{ jurisdictions(first: 100, order: [" + ", ".join(["{ kind: ASC }", "{ status: DESC }", "{ fips: ASC }", "{ code: DESC }", "{ name: ASC }"][i % 5] for i in range(sort_keys)) + "]) " + page + " }"}),
]
print(f"| {label}: input | answer | p50 wall ms | max wall ms | CPU ms per request |")
print("|---|---|---|---|---|")
for name, expected, body in cases:
    answer = post(body)  # the answer to check; then warm-up (JIT, EF Core's query cache)
    for _ in range(5):
        post(body)
    if "errors" in answer:
        error = answer["errors"][0]
        print(f"| {name} | {error.get('extensions', {}).get('code', '')} {error['message'][:80]} | | | |")
        continue
    connection = next(iter(answer["data"].values()))
    connection = connection.get("signatures", connection)
    assert connection["totalCount"] == expected, (name, connection["totalCount"])
    walls, before = [], cpu()
    for _ in range(iterations):
        start = time.perf_counter()
        post(body)
        walls.append((time.perf_counter() - start) * 1000)
    used = (cpu() - before) * 1000 / iterations
    print(f"| {name} | {expected} found | {statistics.median(walls):.1f} | {max(walls):.1f} | {used:.1f} |")
PY
}

start() { # $@ = settings
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll --urls "http://127.0.0.1:$port" "$@" >"$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 1; done
  echo "the server did not start: $(tail -5 "$data/server.log")"; exit 1
}

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $iterations requests per input"
start --Tracker:DataFolder="$data"
measure SQLite
kill "$server"; wait "$server" 2>/dev/null || true; server=
if [ -n "${FILTER_BENCH_POSTGRES:-}" ]; then
  database="tracker_filters_$RANDOM$RANDOM"
  start --Tracker:Provider=Postgres --ConnectionStrings:Tracker="${FILTER_BENCH_POSTGRES%;};Database=$database"
  echo
  measure PostgreSQL
fi
