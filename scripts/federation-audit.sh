#!/usr/bin/env bash
# Runs the public Apollo Federation gateway audit (graphql-hive/federation-gateway-audit: 46 suites, 199 tests) against
# our gateway on this machine, without Docker, through ../shared/federation-audit/run-audit.sh.
#
#   bash scripts/federation-audit.sh            # every suite (a few minutes)
#   bash scripts/federation-audit.sh <suite>    # one suite, e.g. requires-with-argument
#
# Builds the gateway once (Release), writes the run script the harness calls per suite into artifacts/federation-audit/
# (git-ignored; the harness puts results.txt and logs/ with the diffs next to it) and prints the harness's summary.
# Each suite's gateway runs on the suite's Apollo supergraph in the Development environment with anonymous callers
# (Gateway:AnonymousCallers, development and testing only) and a processing log of its own in that folder.
# Exits non-zero when a test fails or the harness does.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
audit="$root/../shared/federation-audit/run-audit.sh"
[ -f "$audit" ] || { echo "federation-audit: $audit not found (the shared audit harness)" >&2; exit 2; }
out="$root/artifacts/federation-audit"

dotnet build "$root/gateway/Host" -c Release --nologo -v quiet -clp:ErrorsOnly
dll="$root/gateway/Host/bin/Release/net10.0/FederatedGraph.Gateway.dll"

mkdir -p "$out"
rm -rf "$out/logs" "$out/results.txt" "$out/data"
# The published development pseudonymisation key of the gateway (DevelopmentPseudonymKey.For("gateway")): the
# Development environment accepts it, so the processing log works as everywhere else.
key="$(printf '%s' 'FederatedGraph development pseudonymisation key: gateway' | openssl dgst -sha256 -binary | base64)"
cat > "$out/run.sh" <<RUN
# Written by scripts/federation-audit.sh: starts our gateway on the suite's supergraph (sh run.sh <suite-id>).
rm -f supergraph.graphql
for i in \$(seq 1 20); do
  curl -sf "http://127.0.0.1:\${SUBGRAPHS_PORT:-4310}/\$1/supergraph" -o supergraph.graphql && break
  sleep 0.5
done
[ -s supergraph.graphql ] || { echo "no supergraph for \$1" >&2; exit 1; }
exec dotnet "$dll" --environment=Development --Gateway:Supergraph="\$PWD/supergraph.graphql" --Gateway:AnonymousCallers=true \\
  --urls="http://127.0.0.1:\${GATEWAY_PORT:-4110}" --ProcessingLog:PseudonymKey="$key" \\
  --Logging:LogLevel:Default=Warning
RUN

set +e
bash "$audit" "$out/run.sh" "$@" | tee "$out/summary.txt"
status=${PIPESTATUS[0]}
set -e
# One suite prints TAP (# pass / # fail); all suites print "Total: N  Passed: P  Failed: F", or only Total and
# Passed (and "fully compatible") when nothing failed.
failed="$(sed -n 's/.*Failed: *\([0-9]*\).*/\1/p; s/^# fail \([0-9]*\)$/\1/p; s/.*fully compatible.*/0/p' "$out/summary.txt" | tail -1)"
if [ "$status" -ne 0 ] || [ -z "$failed" ] || [ "$failed" -ne 0 ]; then
  echo "federation-audit: failures (harness exit $status); see $out/results.txt and $out/logs/" >&2
  exit 1
fi
