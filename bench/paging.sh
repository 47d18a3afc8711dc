#!/usr/bin/env bash
# Keyset paging at depth (issue 13): one letter with 1,000,000 signatures from bench/scale.sh's generator (SQLite),
# then page 1 and page 10,000 (100 a page) of its signatures in printed order, and page 1 newest first, each asked 20
# times; median and p95 wall time per request (curl). Every request is executed: it says `Cache-Control: no-cache`
# (or the response cache would answer all but the first) and the server keeps no loads (`Tracker:LoadMemo:MaxBytes`
# 0, or the memo would keep the page's rows until the data changes), so each reads its page from the database. Page 10,000 is reached through a cursor of row 999,900 made exactly as the
# server makes them (its key values read from the database, the tag from page 1's cursor), which is what a client
# holds after walking there. With PAGING_BEFORE=DIR (a checkout of an older commit, built in Release) the same
# pages are asked of that server too, its deep page through its own cursor format (an offset, "cursor:999899").
#
#   bench/paging.sh                         generate, measure this checkout
#   PAGING_BEFORE=/tmp/before bench/paging.sh --reuse /tmp/tracker-paging.XYZ
#   bench/paging.sh --signatures 100000     anything else goes to the generator
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PAGING_PORT:-5098} reuse= generator=() repeats=20
while [ $# -gt 0 ]; do
  case "$1" in
    --reuse) reuse=$2; shift 2 ;;
    *) generator+=("$1"); shift ;;
  esac
done
# The generator reads the first of an option given twice: the defaults go after what was asked.
generator+=(--letters 1 --signatures 1000000)
server=
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=; fi; }
trap stop EXIT
dotnet build -c Release -v q -nologo bench/Tracker.ScaleBench/Tracker.ScaleBench.csproj >/dev/null
dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null
folder=${reuse:-$(mktemp -d /tmp/tracker-paging.XXXXXX)}
if [ -z "$reuse" ]; then
  dotnet bench/Tracker.ScaleBench/bin/Release/net10.0/Tracker.ScaleBench.dll generate "$folder" "${generator[@]}" >/dev/null
  echo "generated into $folder (keep it for --reuse)"
fi
db=$folder/tracker.db
slug=$(sqlite3 "$db" "SELECT l.Slug FROM Letters l JOIN Signatures s ON s.LetterId = l.Id GROUP BY l.Id ORDER BY COUNT(*) DESC LIMIT 1")
total=$(sqlite3 "$db" "SELECT COUNT(*) FROM Signatures s JOIN Letters l ON l.Id = s.LetterId WHERE l.Slug = '$slug'")
deep=$(( (total / 100 - 1) * 100 ))   # rows before the deepest full page (999,900 at a million)
row=$(sqlite3 -separator , "$db" "SELECT s.Position, s.Id FROM Signatures s JOIN Letters l ON l.Id = s.LetterId WHERE l.Slug = '$slug' ORDER BY s.Position, s.Id LIMIT 1 OFFSET $((deep - 1))")
query='query ($after: String) { letter(slug: "'"$slug"'") { signatures(first: 100, after: $after) { nodes { printedName } pageInfo { endCursor } } } }'
newest='query ($after: String) { letter(slug: "'"$slug"'") { signatures(first: 100, after: $after, order: [{ position: DESC }]) { nodes { printedName } pageInfo { endCursor } } } }'

start() { # $1 = Tracker.Api.dll
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet "$1" --urls "http://127.0.0.1:$port" "--Tracker:DataFolder=$folder" \
    --Tracker:LoadMemo:MaxBytes=0 >/tmp/tracker-paging-$port.log 2>&1 &
  server=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 1; done
  echo "the server did not start: /tmp/tracker-paging-$port.log" >&2; exit 1
}
ask() { # $1 = after cursor or empty, $2 = the query (printed order if not given); prints the response
  python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"after": sys.argv[2] or None}}))' "${2:-$query}" "$1" |
    curl -fs -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' --data-binary @- "http://127.0.0.1:$port/graphql"
}
timed() { # $1 = label, $2 = cursor, $3 = the query (printed order if not given): median and p95 of $repeats requests, after one warm-up
  local body; body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"after": sys.argv[2] or None}}))' "${3:-$query}" "$2")
  ask "$2" "${3:-$query}" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert "errors" not in r, r; n=r["data"]["letter"]["signatures"]["nodes"]; assert len(n)==100, len(n); print("  first on the page:", n[0]["printedName"])'
  for _ in $(seq 1 "$repeats"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -H 'Cache-Control: no-cache' --data-binary "$body" "http://127.0.0.1:$port/graphql"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 } END { printf "%-40s median %7.1f ms   p95 %7.1f ms\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.95)] }'
}
measure() { # $1 = label, $2 = dll, $3 = deep cursor maker
  start "$2"
  echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  timed "page 1" ""
  timed "page $((deep / 100 + 1)) (after row $deep)" "$($3)"
  timed "page 1, newest first" "" "$newest"
  stop
}
keyset_cursor() { # the tag from page 1's cursor, the key values (position, id) of row $deep
  ask "" | python3 -c '
import base64, json, sys
cursor = json.load(sys.stdin)["data"]["letter"]["signatures"]["pageInfo"]["endCursor"]
values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
position, key = map(int, sys.argv[1].split(","))
print(base64.urlsafe_b64encode(json.dumps([values[0], values[1], position, key], separators=(",", ":")).encode()).decode().rstrip("="))' "$row"
}
offset_cursor() { printf 'cursor:%d' $((deep - 1)) | base64; }

echo "== $(nproc) cores; $(date -u +%FT%TZ); commit $(git rev-parse --short HEAD); letter $slug with $total signatures"
measure "keyset cursors (this checkout)" src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll keyset_cursor
if [ -n "${PAGING_BEFORE:-}" ]; then
  (cd "$PAGING_BEFORE" && dotnet build -c Release -v q -nologo src/Tracker.Api/Tracker.Api.csproj >/dev/null)
  measure "offset cursors ($PAGING_BEFORE)" "$PAGING_BEFORE/src/Tracker.Api/bin/Release/net10.0/Tracker.Api.dll" offset_cursor
fi
