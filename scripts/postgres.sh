#!/usr/bin/env bash
# Ensure a local PostgreSQL server (Debian's `postgresql` package) is installed,
# running and reachable at 127.0.0.1:5432 with user `postgres` / password `postgres`.
#
# Idempotent and non-interactive: safe to run repeatedly, also when the cluster
# is already running. Needs root (or passwordless sudo) for install/start.
#
#   bash scripts/postgres.sh
set -euo pipefail

PG_PORT=5432
PG_HOST=127.0.0.1
PG_PASSWORD=postgres
WAIT_SECONDS=30

export DEBIAN_FRONTEND=noninteractive

log() { echo "[postgres] $*"; }
die() { echo "[postgres] ERROR: $*" >&2; exit 1; }

# Run a command as root (directly if we are root, else via non-interactive sudo).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    die "root privileges are required to run: $*"
  fi
}

# Run a command as the postgres OS user, from a directory it can read.
as_postgres() {
  (cd / && as_root runuser -u postgres -- "$@")
}

# Is something accepting TCP connections on 127.0.0.1:<port>?
port_open() {
  (exec 3<>"/dev/tcp/${PG_HOST}/$1") >/dev/null 2>&1
}

# Newest installed PostgreSQL major version with a server binary (empty if none).
installed_version() {
  local d
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$d" ] || continue
    d=${d#/usr/lib/postgresql/}
    echo "${d%%/*}"
  done | sort -n | tail -n 1
}

# ---------------------------------------------------------------------------
# 1. Install the server if it is missing.
# ---------------------------------------------------------------------------
if command -v pg_ctlcluster >/dev/null 2>&1 && command -v pg_lsclusters >/dev/null 2>&1 \
   && command -v psql >/dev/null 2>&1 && [ -n "$(installed_version)" ]; then
  log "PostgreSQL $(installed_version) is already installed."
else
  log "PostgreSQL server not found; installing Debian package 'postgresql'..."
  start=$SECONDS
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 postgresql
  log "Installed PostgreSQL in $((SECONDS - start))s."
fi

PG_VERSION=$(installed_version)
[ -n "$PG_VERSION" ] || die "no PostgreSQL server binary under /usr/lib/postgresql/*/bin after install."

# ---------------------------------------------------------------------------
# 2. Pick (or create) the cluster that should serve port 5432.
#    pg_lsclusters -h columns: version name port status owner datadir logfile
# ---------------------------------------------------------------------------
CLUSTER_VER=""
CLUSTER_NAME=""
CLUSTER_STATUS=""
# Prefer an existing cluster already configured for port 5432 (any version).
while read -r ver name port status _rest; do
  [ -n "${ver:-}" ] || continue
  if [ "$port" = "$PG_PORT" ]; then
    CLUSTER_VER=$ver CLUSTER_NAME=$name CLUSTER_STATUS=$status
    # An online one wins; otherwise keep looking.
    case "$status" in online*) break ;; esac
  fi
done < <(as_root pg_lsclusters -h 2>/dev/null || true)

if [ -z "$CLUSTER_VER" ]; then
  if [ -d "/etc/postgresql/${PG_VERSION}/main" ]; then
    # The main cluster exists but is configured for another port: move it to 5432.
    log "Cluster ${PG_VERSION}/main exists on another port; setting port = ${PG_PORT}."
    as_root pg_conftool "$PG_VERSION" main set port "$PG_PORT"
    as_root pg_ctlcluster "$PG_VERSION" main stop >/dev/null 2>&1 || true
  else
    log "No PostgreSQL cluster found; creating ${PG_VERSION}/main on port ${PG_PORT}..."
    as_root pg_createcluster "$PG_VERSION" main --port "$PG_PORT"
  fi
  CLUSTER_VER=$PG_VERSION CLUSTER_NAME=main CLUSTER_STATUS=down
fi
log "Using cluster ${CLUSTER_VER}/${CLUSTER_NAME} (status: ${CLUSTER_STATUS})."

# ---------------------------------------------------------------------------
# 3. Start it (unless it is already running).
# ---------------------------------------------------------------------------
case "$CLUSTER_STATUS" in
  online*)
    log "Cluster ${CLUSTER_VER}/${CLUSTER_NAME} is already running."
    ;;
  *)
    if port_open "$PG_PORT"; then
      die "port ${PG_PORT} on ${PG_HOST} is already in use by another process, but cluster ${CLUSTER_VER}/${CLUSTER_NAME} is not running. Stop whatever listens on ${PG_PORT} (see: ss -ltnp 'sport = :${PG_PORT}') and re-run."
    fi
    # The socket directory lives in /run and may vanish on reboot in containers.
    as_root install -d -m 2775 -o postgres -g postgres /var/run/postgresql
    log "Starting cluster ${CLUSTER_VER}/${CLUSTER_NAME}..."
    if ! as_root pg_ctlcluster "$CLUSTER_VER" "$CLUSTER_NAME" start; then
      log "Last lines of the server log:"
      as_root tail -n 30 "/var/log/postgresql/postgresql-${CLUSTER_VER}-${CLUSTER_NAME}.log" >&2 || true
      die "pg_ctlcluster ${CLUSTER_VER} ${CLUSTER_NAME} start failed."
    fi
    ;;
esac

# ---------------------------------------------------------------------------
# 4. Wait until it accepts TCP connections on 127.0.0.1:5432.
# ---------------------------------------------------------------------------
log "Waiting (up to ${WAIT_SECONDS}s) for ${PG_HOST}:${PG_PORT}..."
ready=0
for _ in $(seq 1 "$WAIT_SECONDS"); do
  if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then ready=1; break; fi
  sleep 1
done
if [ "$ready" -ne 1 ]; then
  pg_isready -h "$PG_HOST" -p "$PG_PORT" || true
  die "PostgreSQL did not accept connections on ${PG_HOST}:${PG_PORT} within ${WAIT_SECONDS}s (check listen_addresses in /etc/postgresql/${CLUSTER_VER}/${CLUSTER_NAME}/postgresql.conf)."
fi
log "Server is accepting connections on ${PG_HOST}:${PG_PORT}."

# ---------------------------------------------------------------------------
# 5. Password for user postgres (over the local socket with peer auth).
# ---------------------------------------------------------------------------
log "Setting password for database user 'postgres'."
as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres \
  -c "ALTER USER postgres PASSWORD '${PG_PASSWORD}'"

# ---------------------------------------------------------------------------
# 6. Verify password authentication over TCP; fix pg_hba.conf if needed.
# ---------------------------------------------------------------------------
tcp_login() {
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -w -At \
    -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c 'select 1' 2>&1
}
if out=$(tcp_login) && [ "$out" = "1" ]; then
  log "Verified: password login as postgres@${PG_HOST}:${PG_PORT} works."
else
  log "Password login over TCP failed: ${out}"
  hba=$(as_postgres psql -X -At -p "$PG_PORT" -d postgres -c 'show hba_file')
  log "Adding 'host all all 127.0.0.1/32 scram-sha-256' to the top of ${hba} and reloading."
  as_root sed -i '1i host    all             all             127.0.0.1/32            scram-sha-256' "$hba"
  as_postgres psql -X -q -p "$PG_PORT" -d postgres -c 'select pg_reload_conf()' >/dev/null
  sleep 1
  if ! out=$(tcp_login) || [ "$out" != "1" ]; then
    die "password login over TCP still fails: ${out}"
  fi
  log "Verified: password login as postgres@${PG_HOST}:${PG_PORT} works."
fi

log "Ready: Host=${PG_HOST};Port=${PG_PORT};Username=postgres;Password=${PG_PASSWORD}"
