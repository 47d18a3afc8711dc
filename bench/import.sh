#!/usr/bin/env bash
# CSV import (issue 9): wall time of the shell import of signatures, dry run and real, for 250, 2,000 and 20,000
# rows on a freshly seeded SQLite database (and PostgreSQL when IMPORT_POSTGRES is a connection string to a server
# where a scratch database may be created), then the latency of a maintainer's mutation sent through the server
# every 0.2 s while a 20,000-row import runs on the same database.
#   bench/import.sh [ROWS ...]      (default: 250 2000 20000)
# IMPORT_API=path/to/Tracker.Api.dll times another build (an older one, to compare) instead of this tree's.
# Wall times include the start of the process (about 1 s alone, much more on a loaded machine); CPU is user + system
# seconds of the process, which another program's load affects less.
# The rows are generated (fixed, no randomness): mostly new organisations, one in ten an organisation of the seed
# data (matched, or a duplicate when it already signed), one in seven a person, one in thirteen a repeat of an
# earlier row of the file (a duplicate). They are added to the Morton letter.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(250 2000 20000)
port=${IMPORT_PORT:-5187}
work=$(mktemp -d /tmp/tracker-import.XXXXXX)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  if [ -f "$work/databases" ]; then
    while read -r name; do drop_postgres "$name"; done <"$work/databases"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
api=${IMPORT_API:-src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll}
[ -n "${IMPORT_API:-}" ] || dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
export Logging__LogLevel__Default=Warning

jq -r '.[].name' seed-data/organizations.json >"$work/seed-names"
generate() { # generate ROWS FILE
  awk -v rows="$1" -v seeds="$work/seed-names" 'BEGIN {
    while ((getline name < seeds) > 0) seed[n++] = name
    split("Boston Duluth Chicago Fresno Austin Newark Tucson Omaha Reno Salem", cities, " ")
    split("MA MN IL CA TX NJ AZ NE NV OR", states, " ")
    print "printed_name,kind,city,state"
    for (i = 1; i <= rows; i++) {
      c = (i % 10) + 1
      if (i % 13 == 0) line = previous
      else if (i % 10 == 0) line = "\"" seed[(i / 10) % n] "\",organization,,"
      else if (i % 7 == 0) line = sprintf("\"Pat Example %06d\",person,%s,%s", i, cities[c], states[c])
      else line = sprintf("\"Benchmark Coalition %06d of %s\",organization,%s,%s", i, cities[c], cities[c], states[c])
      print line
      previous = line
    }
  }' >"$2"
}

seconds() { # seconds COMMAND...: runs the command quietly, prints "wall | cpu" in seconds (fails if it fails)
  /usr/bin/time -o "$work/last.time" -f "%e %U %S" "$@" >"$work/last.out" 2>"$work/last.err" || { cat "$work/last.err" >&2; return 1; }
  awk '{ printf "%.1f | %.1f", $1, $2 + $3 }' "$work/last.time"
}

measure() { # measure LABEL SETTINGS...
  local label=$1
  shift
  echo "| database | rows | dry run wall (s) | dry run CPU (s) | import wall (s) | import CPU (s) | added |"
  echo "|---|---|---|---|---|---|---|"
  for rows in "${sizes[@]}"; do
    generate "$rows" "$work/rows-$rows.csv"
    local db
    db=$(fresh "$@")
    dotnet "$api" keys create --name bench --role maintainer $db >/dev/null # migrates and seeds outside the timings
    local dry real added
    dry=$(seconds dotnet "$api" import signatures --letter morton-2011-07-20 "$work/rows-$rows.csv" --dry-run $db)
    real=$(seconds dotnet "$api" import signatures --letter morton-2011-07-20 "$work/rows-$rows.csv" --as bench $db)
    added=$(grep -o 'Added [0-9,]* of [0-9,]* rows' "$work/last.out" | cut -d' ' -f2)
    printf "| %s | %s | %s | %s | %s |\n" "$label" "$rows" "$dry" "$real" "$added"
  done
}

# Each measurement gets a database of its own: a SQLite folder, or a PostgreSQL database named after the run.
fresh_sqlite() { mktemp -d "$work/sqlite.XXXXXX" | sed 's/^/--Tracker:DataFolder=/'; }
fresh_postgres() {
  local name="tracker_import_bench_$RANDOM$RANDOM"
  echo "$name" >>"$work/databases"
  echo "--Tracker:Provider=Postgres --ConnectionStrings:Tracker=$IMPORT_POSTGRES;Database=$name"
}
postgres_field() { tr ';' '\n' <<<"$IMPORT_POSTGRES" | sed -n "s/^$1=//Ip" | head -n 1; }
drop_postgres() {
  PGPASSWORD=$(postgres_field Password) psql -h "$(postgres_field Host)" -p "$(postgres_field Port)" -U "$(postgres_field Username)" -d postgres \
    -qc "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1 || true
}

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
fresh() { fresh_sqlite; }
measure SQLite
if [ -n "${IMPORT_POSTGRES:-}" ]; then
  fresh() { fresh_postgres; }
  measure PostgreSQL
fi

# Other maintainers while a large import runs: the server and the import on one SQLite database.
rows=${sizes[-1]}
folder=$(mktemp -d "$work/shared.XXXXXX")
dotnet "$api" keys list "--Tracker:DataFolder=$folder" >/dev/null
key=$(dotnet "$api" keys create --name bench-writer --role maintainer "--Tracker:DataFolder=$folder" | tail -n 1)
if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then echo "port $port is taken; set IMPORT_PORT"; exit 1; fi
ASPNETCORE_ENVIRONMENT=Production dotnet "$api" "--Tracker:DataFolder=$folder" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
dotnet "$api" import signatures --letter morton-2011-07-20 "$work/rows-$rows.csv" --as bench-writer "--Tracker:DataFolder=$folder" >"$work/import.out" 2>&1 &
import=$!
mutation='{"query":"mutation ($i: AddSignaturesInput!) { addSignatures(input: $i) { added errors { message } } }","variables":{"i":{"letter":"mirac-dayton-2011-05-20","signatures":[{"printedName":"Writer during the import NUMBER"}]}}}'
: >"$work/latencies"
n=0
while kill -0 "$import" 2>/dev/null && [ $n -lt 3000 ]; do
  n=$((n + 1))
  curl -s -o "$work/answer" -w '%{time_total}\n' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    --data "${mutation/NUMBER/$n}" "http://127.0.0.1:$port/graphql" >>"$work/latencies"
  grep -q '"added":1' "$work/answer" || { echo "a mutation during the import failed: $(cat "$work/answer")"; echo >>"$work/failures"; }
  sleep 0.2
done
status=0
wait "$import" || status=$?
[ "$status" -eq 0 ] || { echo "the import failed ($status):"; tail -n 5 "$work/import.out"; }
failures=0
[ -f "$work/failures" ] && failures=$(wc -l <"$work/failures")
sort -n "$work/latencies" | awk -v rows="$rows" -v failures="$failures" '{ a[NR] = $1 } END {
  printf "== %d addSignatures mutations during a %d-row import (SQLite): %d failed; p50 %.3f s, max %.3f s\n", NR, rows, failures, a[int((NR + 1) / 2)], a[NR] }'
tail -n 1 "$work/import.out"
