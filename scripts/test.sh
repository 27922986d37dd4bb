#!/usr/bin/env bash
# Run the whole FederatedGraph test suite. This is THE test command:
#
#   bash scripts/test.sh
#
# Steps: PostgreSQL (scripts/postgres.sh) -> Chromium -> Banana Cake Pop's npm
# package -> Apollo Gateway's npm packages -> dotnet test on the solution -> count results from the .trx files. The last line printed is always
#
#   tests: N passed, M failed
#
# and the exit code is 0 only if the build and test run succeeded, at least one
# test ran and none failed. (Whenever the run fails without any test counted as
# failed -- build error, crash, timeout, no tests -- M is reported as at least 1.)
#
# Environment:
#   FEDERATEDGRAPH_TEST_POSTGRES  Npgsql connection string for the tests (default:
#                                 Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres);
#                                 when set, the local PostgreSQL setup is skipped.
#   FEDERATEDGRAPH_TEST_TIMEOUT   seconds allowed for `dotnet test` (default: what is
#                                 left of a 27-minute budget for the whole script).
#   Extra arguments are passed to `dotnet test`, e.g. --filter "FullyQualifiedName~Toolkit".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RESULTS_DIR="$ROOT/artifacts/test-results"
BUDGET_SECONDS=$((27 * 60))

section() { printf '\n==== %s ====\n' "$*"; }

# Print the summary line (always the last line) and exit accordingly.
finish() {
  local passed=$1 failed=$2 code=$3
  if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  echo "tests: ${passed} passed, ${failed} failed"
  exit "$code"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left behind after the run (they would outlive CI steps).
export MSBUILDDISABLENODEREUSE=1

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------
if [ -z "${FEDERATEDGRAPH_TEST_POSTGRES:-}" ]; then
  section "PostgreSQL"
  if ! bash "$ROOT/scripts/postgres.sh"; then
    echo "ERROR: PostgreSQL setup failed (scripts/postgres.sh)." >&2
    finish 0 1 1
  fi
  export FEDERATEDGRAPH_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"
else
  section "PostgreSQL"
  echo "FEDERATEDGRAPH_TEST_POSTGRES is set; skipping local PostgreSQL setup."
fi

# ---------------------------------------------------------------------------
# Chromium (for browser tests): Debian's `chromium` package at /usr/bin/chromium.
# Quick no-op when already installed.
# ---------------------------------------------------------------------------
section "Chromium"
if [ -x /usr/bin/chromium ]; then
  echo "Chromium already installed: /usr/bin/chromium"
else
  echo "Installing Debian package 'chromium'..."
  chromium_start=$SECONDS
  if ! { as_root apt-get update -q \
         && as_root apt-get install -y -q --no-install-recommends \
              -o DPkg::Lock::Timeout=300 chromium; }; then
    echo "ERROR: could not install chromium with apt-get." >&2
    finish 0 1 1
  fi
  [ -x /usr/bin/chromium ] || { echo "ERROR: /usr/bin/chromium missing after install." >&2; finish 0 1 1; }
  echo "Installed chromium in $((SECONDS - chromium_start))s."
fi

# ---------------------------------------------------------------------------
# Banana Cake Pop: the IDE every process serves, from the npm package pinned in
# gateway/BananaCakePop/package-lock.json. The build would run the same `npm ci`;
# doing it here keeps npm's output out of the build. Quick no-op when node_modules
# is newer than the lock file (npm writes node_modules/.package-lock.json).
# ---------------------------------------------------------------------------
section "Banana Cake Pop"
BCP_DIR="$ROOT/gateway/BananaCakePop"
if [ -f "$BCP_DIR/node_modules/.package-lock.json" ] \
   && [ ! "$BCP_DIR/package-lock.json" -nt "$BCP_DIR/node_modules/.package-lock.json" ]; then
  echo "Banana Cake Pop already installed: $BCP_DIR/node_modules"
else
  if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Debian package 'npm'..."
    if ! { as_root apt-get update -q \
           && as_root apt-get install -y -q --no-install-recommends \
                -o DPkg::Lock::Timeout=300 npm; }; then
      echo "ERROR: could not install npm with apt-get." >&2
      finish 0 1 1
    fi
  fi
  if ! (cd "$BCP_DIR" && npm ci --no-audit --no-fund --prefer-offline); then
    echo "ERROR: npm ci failed in $BCP_DIR." >&2
    finish 0 1 1
  fi
fi

# ---------------------------------------------------------------------------
# Apollo Gateway: the interop tests (tests/ApolloInterop.Tests) run it in front of
# the registries, from the npm packages pinned in its package-lock.json. The tests
# would run the same `npm ci`; doing it here keeps npm's output out of the test run.
# Quick no-op when node_modules is newer than the lock file.
# ---------------------------------------------------------------------------
section "Apollo Gateway"
APOLLO_DIR="$ROOT/tests/ApolloInterop.Tests/apollo-gateway"
if [ -f "$APOLLO_DIR/node_modules/.package-lock.json" ] \
   && [ ! "$APOLLO_DIR/package-lock.json" -nt "$APOLLO_DIR/node_modules/.package-lock.json" ]; then
  echo "Apollo Gateway already installed: $APOLLO_DIR/node_modules"
elif ! (cd "$APOLLO_DIR" && npm ci --no-audit --no-fund --prefer-offline); then
  echo "ERROR: npm ci failed in $APOLLO_DIR." >&2
  finish 0 1 1
fi

# ---------------------------------------------------------------------------
# dotnet test
# ---------------------------------------------------------------------------
section "dotnet test"
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

if [ -n "${FEDERATEDGRAPH_TEST_TIMEOUT:-}" ]; then
  timeout_s=$FEDERATEDGRAPH_TEST_TIMEOUT
else
  timeout_s=$((BUDGET_SECONDS - SECONDS))
  [ "$timeout_s" -ge 300 ] || timeout_s=300
fi
echo "Time limit for dotnet test: ${timeout_s}s"

# One .trx per test project: LogFilePrefix gives each run its own
# results_<tfm>_<timestamp>.trx (LogFileName would make parallel projects overwrite
# each other's file).
set +e
timeout --kill-after=30 "$timeout_s" \
  dotnet test "$ROOT/FederatedGraph.sln" -c Release \
    --logger "trx;LogFilePrefix=results" \
    --results-directory "$RESULTS_DIR" \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    "$@" 2>&1 | tee "$RESULTS_DIR/dotnet-test.log"
dotnet_rc=${PIPESTATUS[0]}
set -e
# Stop the compiler/razor build servers so no process outlives the script.
dotnet build-server shutdown >/dev/null 2>&1 || true

section "Summary"
if [ "$dotnet_rc" -eq 124 ] || [ "$dotnet_rc" -eq 137 ]; then
  echo "ERROR: dotnet test exceeded the time limit (${timeout_s}s) and was killed." >&2
fi
echo "dotnet test exit code: ${dotnet_rc}"

# Sum the <Counters .../> of every .trx. As a cross-check, the console logger prints
# one "Passed!/Failed!  - Failed: x, Passed: y, ..." line per test assembly; if there
# are more of those than .trx files, results were lost and the console sums are used.
counts=$(python3 - "$RESULTS_DIR" <<'PY'
import glob, os, re, sys
import xml.etree.ElementTree as ET

results_dir = sys.argv[1]
passed = failed = executed = files = 0
for path in sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True)):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"WARNING: cannot parse {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    counters = next((el for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "Counters"), None)
    if counters is None:
        print(f"WARNING: no <Counters> in {path}", file=sys.stderr)
        failed += 1
        continue
    get = lambda k: int(counters.get(k, "0") or 0)
    p = get("passed")
    f = get("failed") + get("error") + get("timeout") + get("aborted")
    print(f"  {os.path.relpath(path, results_dir)}: total={get('total')} executed={get('executed')} "
          f"passed={p} failed={f}", file=sys.stderr)
    files += 1
    passed += p
    failed += f
    executed += get("executed")

summary = re.compile(r"^\s*(Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+),", re.M)
log = os.path.join(results_dir, "dotnet-test.log")
text = open(log, encoding="utf-8", errors="replace").read() if os.path.exists(log) else ""
console = summary.findall(text)
if len(console) > files:
    print(f"WARNING: {len(console)} test assemblies reported on the console but only {files} "
          f".trx file(s) found; using the console summaries.", file=sys.stderr)
    passed = sum(int(m[2]) for m in console)
    failed = sum(int(m[1]) for m in console)
    executed = passed + failed
print(passed, failed, executed, files)
PY
) || counts="0 1 0 0"
read -r passed failed executed trx_files <<<"$counts"
echo "trx files: ${trx_files}, executed: ${executed}, passed: ${passed}, failed: ${failed}"

if [ "$trx_files" -eq 0 ] && [ "$dotnet_rc" -ne 0 ]; then
  echo "ERROR: dotnet test failed (exit ${dotnet_rc}) without producing any results (build error, crash or time limit -- see above)." >&2
  finish 0 1 1
fi
if [ "$dotnet_rc" -ne 0 ]; then
  echo "ERROR: dotnet test exited with code ${dotnet_rc}." >&2
  finish "$passed" "$failed" 1
fi
if [ "$failed" -gt 0 ]; then
  finish "$passed" "$failed" 1
fi
if [ "$executed" -eq 0 ] || [ "$passed" -eq 0 ]; then
  echo "ERROR: no tests ran." >&2
  finish "$passed" "$failed" 1
fi
finish "$passed" "$failed" 0
