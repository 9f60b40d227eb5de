# shellcheck shell=sh
# Finds or starts the PostgreSQL and NATS (with JetStream) that Sluice runs against.
# Sourced (POSIX sh; dash, bash) by scripts/test.sh, scripts/up.sh and .ci/run:
#
#   . scripts/infra.sh
#   ensure_infra          # exports DATABASE_URL and NATS_URL, or prints one line and returns 1
#
# For each server, in order:
#   1. DATABASE_URL / NATS_URL when set: they must answer (and NATS must have JetStream).
#   2. The default local port, 127.0.0.1:5432 / :4222 (SLUICE_PG_PORT / SLUICE_NATS_PORT move it).
#   3. A server started here. PostgreSQL: as root on 5432, the Debian cluster (apt-get installs
#      it if missing; pg_ctlcluster; password 'postgres', since a fresh cluster only takes
#      password logins over TCP); otherwise initdb + pg_ctl into $SLUICE_STATE_DIR/postgres.
#      NATS: nats-server -js (apt-get installs it as root if missing) with its store, pidfile
#      and log in $SLUICE_STATE_DIR. SLUICE_STATE_DIR defaults to <repo>/.sluice; SLUICE_ROOT
#      names the repository when the sourcing script is not in scripts/ or .ci/.
# Probes run on node (scripts/lib/probe.ts): dash has no /dev/tcp. Node 24 is on PATH when this
# runs through scripts/run.sh.

if [ -n "${SLUICE_ROOT:-}" ]; then
  _sl_root=$SLUICE_ROOT
elif [ -f "$(dirname "$0")/../scripts/infra.sh" ]; then
  _sl_root=$(cd "$(dirname "$0")/.." && pwd)
else
  _sl_root=$(pwd)
fi

_sl_say() { printf 'sluice: %s\n' "$*" >&2; }
_sl_fail() { printf 'sluice: %s\n' "$*" >&2; return 1; }
_sl_probe() { node "$_sl_root/scripts/lib/probe.ts" "$@"; }
# postgresql://user:secret@host/db -> postgresql://user:***@host/db
_sl_redact() { printf '%s' "$1" | sed 's#//\([^:/@]*\):[^@]*@#//\1:***@#'; }
_sl_is_root() { [ "$(id -u)" = 0 ]; }
_sl_apt_install() {
  _sl_is_root && command -v apt-get >/dev/null 2>&1 || return 1
  _sl_say "installing $1 with apt-get"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"; } >/dev/null || return 1
}
_sl_state_dir() {
  _sl_state=${SLUICE_STATE_DIR:-$_sl_root/.sluice}
  mkdir -p "$_sl_state" || _sl_fail "cannot create $_sl_state"
}

ensure_infra() {
  command -v node >/dev/null 2>&1 || { _sl_fail "node is not on PATH (run through scripts/run.sh)"; return 1; }
  case $(node -v) in
    v2[3-9].* | v[3-9][0-9].*) ;;
    *) _sl_fail "node $(node -v) cannot run scripts/lib/probe.ts; run through scripts/run.sh (Node 24)"; return 1 ;;
  esac
  _sl_ensure_postgres || return 1
  _sl_ensure_nats || return 1
  export DATABASE_URL NATS_URL
}

# ---------------------------------------------------------------------------- PostgreSQL

_sl_ensure_postgres() {
  if [ -n "${DATABASE_URL:-}" ]; then
    _sl_out=$(_sl_probe pg "$DATABASE_URL") ||
      { _sl_fail "DATABASE_URL=$(_sl_redact "$DATABASE_URL") does not answer: $_sl_out"; return 1; }
    return 0
  fi
  _sl_pg_port=${SLUICE_PG_PORT:-5432}
  if _sl_probe tcp 127.0.0.1 "$_sl_pg_port"; then
    _sl_pg_login "$_sl_pg_port" && return 0
    _sl_fail "PostgreSQL on 127.0.0.1:$_sl_pg_port refuses user postgres ($_sl_out); set DATABASE_URL"
    return 1
  fi
  if _sl_is_root && [ "$_sl_pg_port" = 5432 ] && { command -v pg_ctlcluster >/dev/null 2>&1 || ! _sl_pg_bindir >/dev/null; }; then
    _sl_start_pg_cluster || return 1
  else
    _sl_start_pg_local "$_sl_pg_port" || return 1
  fi
}

# Tries the logins a local server usually takes: trust, then the password set by _sl_start_pg_cluster.
_sl_pg_login() {
  for _sl_url in "postgresql://postgres@127.0.0.1:$1/postgres" "postgresql://postgres:postgres@127.0.0.1:$1/postgres"; do
    if _sl_out=$(_sl_probe pg "$_sl_url"); then
      DATABASE_URL=$_sl_url
      return 0
    fi
  done
  return 1
}

# The directory holding initdb/pg_ctl: on PATH, else the newest /usr/lib/postgresql/<v>/bin (Debian).
_sl_pg_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return 0
  fi
  _sl_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$_sl_dir" ] && [ -x "$_sl_dir/initdb" ] && printf '%s\n' "$_sl_dir"
}

# Root on a Debian machine (CI): the packaged cluster, as in shared/research/toolchain.md ("CI on a fresh Debian machine").
_sl_start_pg_cluster() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    _sl_apt_install postgresql || { _sl_fail "no PostgreSQL here and apt-get could not install it; set DATABASE_URL"; return 1; }
  fi
  _sl_ver=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [ -z "$_sl_ver" ] || [ ! -d "/etc/postgresql/$_sl_ver/main" ]; then
    _sl_ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
    pg_createcluster "$_sl_ver" main >/dev/null || { _sl_fail "pg_createcluster $_sl_ver main failed"; return 1; }
  fi
  _sl_cport=$(sed -n 's/^[[:space:]]*port[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "/etc/postgresql/$_sl_ver/main/postgresql.conf")
  if [ -n "$_sl_cport" ] && [ "$_sl_cport" != 5432 ]; then
    # Another install took 5432 in the past; a private server on 5432 is simpler than editing the cluster.
    _sl_start_pg_local 5432
    return
  fi
  pg_ctlcluster --skip-systemctl-redirect "$_sl_ver" main start </dev/null >/dev/null 2>&1 ||
    { _sl_fail "pg_ctlcluster $_sl_ver main start failed (see /var/log/postgresql/postgresql-$_sl_ver-main.log)"; return 1; }
  _sl_probe wait-tcp 127.0.0.1 5432 30 || { _sl_fail "PostgreSQL $_sl_ver/main started but 127.0.0.1:5432 does not answer"; return 1; }
  # A fresh Debian cluster takes only scram logins over TCP: give postgres a password (over the unix socket, peer auth).
  if ! _sl_pg_login 5432; then
    su postgres -s /bin/sh -c "psql -qXc \"alter user postgres password 'postgres'\"" >/dev/null ||
      { _sl_fail "could not set a password for postgres on cluster $_sl_ver/main"; return 1; }
    _sl_pg_login 5432 || { _sl_fail "PostgreSQL $_sl_ver/main refuses user postgres ($_sl_out)"; return 1; }
  fi
  _sl_say "started PostgreSQL cluster $_sl_ver/main on 127.0.0.1:5432 (stop: pg_ctlcluster $_sl_ver main stop)"
}

# Anyone else: a private server in $SLUICE_STATE_DIR, trust auth, listening on 127.0.0.1 only.
_sl_start_pg_local() {
  _sl_bin=$(_sl_pg_bindir)
  if [ -z "$_sl_bin" ]; then
    _sl_apt_install postgresql && _sl_bin=$(_sl_pg_bindir)
    [ -n "$_sl_bin" ] || { _sl_fail "no PostgreSQL on 127.0.0.1:$1 and no initdb/pg_ctl to start one: install PostgreSQL 15+ or set DATABASE_URL"; return 1; }
  fi
  _sl_state_dir || return 1
  if [ "$1" = 5432 ]; then _sl_data=$_sl_state/postgres; else _sl_data=$_sl_state/postgres-$1; fi
  # PostgreSQL refuses to run as root: run it as the postgres user, which must own the directory.
  _sl_as=''
  if _sl_is_root; then
    id postgres >/dev/null 2>&1 || { _sl_fail "running as root and there is no postgres user to run PostgreSQL as"; return 1; }
    _sl_as=postgres
  fi
  mkdir -p "$_sl_data" || return 1
  [ -z "$_sl_as" ] || chown "$_sl_as" "$_sl_data" || return 1
  chmod 700 "$_sl_data"
  [ -z "$_sl_as" ] || _sl_pg_as "test -w '$_sl_data'" ||
    { _sl_fail "user $_sl_as cannot reach $_sl_data (a parent directory is not searchable); set SLUICE_STATE_DIR or DATABASE_URL"; return 1; }
  if [ ! -f "$_sl_data/PG_VERSION" ]; then
    _sl_pg_as "'$_sl_bin/initdb' -D '$_sl_data' -U postgres --auth=trust -E UTF8 --locale=C" >"$_sl_state/initdb.log" 2>&1 ||
      { _sl_fail "initdb failed (see $_sl_state/initdb.log)"; return 1; }
  fi
  # A unix socket path must fit in 107 bytes; a deep checkout falls back to /tmp.
  _sl_sock=$_sl_data
  [ ${#_sl_data} -lt 90 ] || _sl_sock=/tmp
  _sl_pg_as "'$_sl_bin/pg_ctl' -D '$_sl_data' -l '$_sl_data/server.log' -w -t 60 -o \"-p $1 -c listen_addresses=127.0.0.1 -k '$_sl_sock'\" start" </dev/null >/dev/null 2>&1 ||
    { _sl_fail "pg_ctl could not start PostgreSQL in $_sl_data on port $1: $(tail -n 3 "$_sl_data/server.log" 2>/dev/null | tr '\n' ' ')"; return 1; }
  _sl_pg_login "$1" || { _sl_fail "PostgreSQL started in $_sl_data but refuses user postgres on 127.0.0.1:$1 ($_sl_out)"; return 1; }
  _sl_say "started PostgreSQL ($("$_sl_bin/pg_ctl" --version)) in $_sl_data on 127.0.0.1:$1 (log $_sl_data/server.log; stop: ${_sl_as:+su $_sl_as -s /bin/sh -c \"}$_sl_bin/pg_ctl -D $_sl_data stop${_sl_as:+\"})"
}

_sl_pg_as() {
  if [ -n "$_sl_as" ]; then su "$_sl_as" -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

# ---------------------------------------------------------------------------------- NATS

_sl_ensure_nats() {
  if [ -n "${NATS_URL:-}" ]; then
    _sl_out=$(_sl_probe nats "$NATS_URL")
    case $? in
      0) return 0 ;;
      3) _sl_fail "NATS_URL=$(_sl_redact "$NATS_URL") has no JetStream ($_sl_out): start nats-server with -js"; return 1 ;;
      *) _sl_fail "NATS_URL=$(_sl_redact "$NATS_URL") does not answer: $_sl_out"; return 1 ;;
    esac
  fi
  _sl_nats_port=${SLUICE_NATS_PORT:-4222}
  _sl_nats_url=nats://127.0.0.1:$_sl_nats_port
  if ! _sl_probe tcp 127.0.0.1 "$_sl_nats_port"; then
    _sl_start_nats "$_sl_nats_port" || return 1
  fi
  _sl_out=$(_sl_probe nats "$_sl_nats_url")
  case $? in
    0) NATS_URL=$_sl_nats_url ;;
    3) _sl_fail "the NATS on 127.0.0.1:$_sl_nats_port has no JetStream ($_sl_out): restart it with -js, or set NATS_URL"; return 1 ;;
    *) _sl_fail "something on 127.0.0.1:$_sl_nats_port does not speak NATS: $_sl_out; set NATS_URL"; return 1 ;;
  esac
}

_sl_start_nats() {
  _sl_nats=$(command -v nats-server 2>/dev/null || true)
  [ -n "$_sl_nats" ] || [ ! -x /usr/sbin/nats-server ] || _sl_nats=/usr/sbin/nats-server
  if [ -z "$_sl_nats" ]; then
    _sl_apt_install nats-server && _sl_nats=/usr/sbin/nats-server
    [ -x "$_sl_nats" ] || { _sl_fail "no NATS on 127.0.0.1:$1 and no nats-server to start one: install nats-server 2.9+ or set NATS_URL"; return 1; }
  fi
  _sl_state_dir || return 1
  _sl_store=$_sl_state/nats-$1
  _sl_pid=$_sl_state/nats-$1.pid
  _sl_log=$_sl_state/nats-$1.log
  mkdir -p "$_sl_store" || return 1
  if command -v start-stop-daemon >/dev/null 2>&1; then
    # Without --pidfile, --exec matches any running nats-server and starts nothing.
    start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$_sl_pid" --exec "$_sl_nats" -- \
      -a 127.0.0.1 -p "$1" -js -sd "$_sl_store" -l "$_sl_log" </dev/null >/dev/null 2>&1 ||
      { _sl_fail "start-stop-daemon could not start $_sl_nats"; return 1; }
  else
    # Its own session, so a Ctrl-C in the terminal that started it does not stop it.
    if command -v setsid >/dev/null 2>&1; then _sl_setsid=setsid; else _sl_setsid=''; fi
    $_sl_setsid nohup "$_sl_nats" -a 127.0.0.1 -p "$1" -js -sd "$_sl_store" -l "$_sl_log" -P "$_sl_pid" </dev/null >/dev/null 2>&1 &
  fi
  _sl_probe wait-tcp 127.0.0.1 "$1" 30 ||
    { _sl_fail "nats-server did not answer on 127.0.0.1:$1: $(tail -n 3 "$_sl_log" 2>/dev/null | tr '\n' ' ')"; return 1; }
  _sl_say "started nats-server with JetStream on 127.0.0.1:$1, store $_sl_store (log $_sl_log; stop: kill \$(cat $_sl_pid))"
}
