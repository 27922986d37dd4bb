#!/usr/bin/env bash
# Starts every registry subgraph that exists so far, each as its own process on its own SQLite
# database under data/ (seeded with the default sample municipality on first start).
# Ctrl+C stops them all. The gateway does not exist yet; see README "What does not work yet".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

registries=(brp:Brp:5101 bag:Bag:5102 hr:Hr:5103 woz:Woz:5104 brk:Brk:5105)

echo "Building..."
dotnet build FederatedGraph.sln -c Release -nologo -v quiet

for entry in "${registries[@]}"; do
  IFS=: read -r name _ port <<<"$entry"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port (for $name) is already in use. Stop the process using it, or change the port in this script." >&2
    exit 1
  fi
done

pids=()
stop() {
  echo "Stopping subgraphs..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

for entry in "${registries[@]}"; do
  IFS=: read -r name project port <<<"$entry"
  # Process substitution keeps $! the subgraph's own pid, so Ctrl+C leaves no orphan behind.
  dotnet "subgraphs/$project/bin/Release/net10.0/FederatedGraph.Subgraphs.$project.dll" --Port="$port" > >(sed -u "s/^/[$name] /") 2>&1 &
  pids+=($!)
done

for entry in "${registries[@]}"; do
  IFS=: read -r name _ port <<<"$entry"
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "$name did not become healthy" >&2; exit 1; }
done

cat <<'MSG'

All subgraphs are healthy:
  BRP  http://127.0.0.1:5101/graphql   (personen)
  BAG  http://127.0.0.1:5102/graphql   (adressen en gebouwen)
  HR   http://127.0.0.1:5103/graphql   (ondernemingen)
  WOZ  http://127.0.0.1:5104/graphql   (WOZ-waarden)
  BRK  http://127.0.0.1:5105/graphql   (kadaster)

Try:
  curl -s http://127.0.0.1:5101/graphql -H 'Content-Type: application/json' \
    -d '{"query":"{ personen(first: 3, order: [{ naam: { geslachtsnaam: ASC } }]) { totalCount nodes { burgerservicenummer naam { volledigeNaam } verblijfplaats { postcode huisnummer } } } }"}'

Press Ctrl+C to stop.
MSG
wait
