#!/bin/sh
# Self-test of the local-infrastructure scripts; touches nothing the machine already runs.
#   infra: scripts/infra.sh under dash (sh) and bash -euo pipefail (as .ci/run sources it). It
#          starts its own PostgreSQL and NATS on spare ports in a temporary state directory and
#          stops them at the end; the servers on 5432/4222 are only probed.
#   up:    scripts/up.ts against fake services (tiny HTTP servers) in a temporary tree, on spare
#          ports: start order, environment, banner, crash and timeout handling, ordered stop,
#          SIGKILL after the grace period, no process left behind.
#
#   sh scripts/run.sh sh scripts/test-infra.sh [infra] [up]     # both when no section is named
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
sections=${*:-infra up}
failures=0
tmp=$(mktemp -d)
chmod 755 "$tmp" # the postgres user must reach it when this runs as root
nojs_pid=''
pg_ctl=$(. "$root/scripts/infra.sh" && _sl_pg_bindir)/pg_ctl

probe() { node "$root/scripts/lib/probe.ts" "$@"; }
ok() { printf 'ok   %s\n' "$1"; }
no() { printf 'FAIL %s\n' "$1"; failures=$((failures + 1)); }
free_port() { # the first port from $1 on that nothing listens on
  p=$1
  while probe tcp 127.0.0.1 "$p"; do p=$((p + 1)); done
  echo "$p"
}

cleanup() {
  for d in "$tmp"/state/postgres*; do
    [ -f "$d/postmaster.pid" ] || continue
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "'$pg_ctl' -D '$d' -m fast stop" >/dev/null 2>&1 || true
    else "$pg_ctl" -D "$d" -m fast stop >/dev/null 2>&1 || true; fi
  done
  for f in "$tmp"/state/nats-*.pid; do
    [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null
  done
  [ -z "$nojs_pid" ] || kill "$nojs_pid" 2>/dev/null
  sleep 0.5
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------- infra.sh

test_infra() {
  pg_port=$(free_port 25432)
  nats_port=$(free_port 24222)
  nojs_port=$(free_port $((nats_port + 1)))
  state=$tmp/state
  mkdir -p "$state"
  ensure_sh='. "$SLUICE_ROOT/scripts/infra.sh"; ensure_infra || exit 1; echo "DATABASE_URL=$DATABASE_URL"; echo "NATS_URL=$NATS_URL"'
  ensure_bash='set -euo pipefail; . "$SLUICE_ROOT/scripts/infra.sh"; ensure_infra; echo "DATABASE_URL=$DATABASE_URL"; echo "NATS_URL=$NATS_URL"'
  echo "== infra: postgres $pg_port, nats $nats_port, nats without JetStream $nojs_port; state $state"

  # 1. Nothing on the ports: it starts both.
  run_infra dash -c "$ensure_sh"
  printf '%s\n' "$out" | sed 's/^/     | /'
  case $out in *"started PostgreSQL"*"DATABASE_URL=postgresql://postgres@127.0.0.1:$pg_port/postgres"*) ok "starts PostgreSQL on a free port" ;; *) no "starts PostgreSQL on a free port" ;; esac
  case $out in *"started nats-server"*"NATS_URL=nats://127.0.0.1:$nats_port"*) ok "starts nats-server with JetStream on a free port" ;; *) no "starts nats-server" ;; esac
  probe pg "postgresql://postgres@127.0.0.1:$pg_port/postgres" >/dev/null && ok "the started PostgreSQL takes logins" || no "the started PostgreSQL takes logins"
  probe nats "nats://127.0.0.1:$nats_port" >/dev/null && ok "the started NATS has JetStream" || no "the started NATS has JetStream"
  [ -f "$state/nats-$nats_port.pid" ] && ok "nats-server has a pidfile" || no "nats-server has a pidfile"

  # 2. Second run (bash, strict mode): finds the running ones, starts nothing.
  run_infra bash -c "$ensure_bash"
  case $rc:$out in 0:*started*) no "finds running servers without starting more" ;; 0:*"NATS_URL=nats://127.0.0.1:$nats_port"*) ok "finds running servers without starting more (bash -euo pipefail)" ;; *) no "second run: $out" ;; esac

  # 3. Set URLs are used as they are.
  run_infra env DATABASE_URL="postgresql://postgres@127.0.0.1:$pg_port/postgres" NATS_URL="nats://127.0.0.1:$nats_port" dash -c "$ensure_sh"
  case $rc:$out in 0:*"DATABASE_URL=postgresql://postgres@127.0.0.1:$pg_port/postgres"*) ok "uses DATABASE_URL and NATS_URL when set" ;; *) no "uses set URLs: $out" ;; esac

  # 4. A set URL that does not answer: one line naming the variable, password hidden.
  run_infra env DATABASE_URL="postgresql://postgres:secret@127.0.0.1:1/postgres" dash -c "$ensure_sh"
  case $rc:$out in 1:"sluice: DATABASE_URL=postgresql://postgres:***@127.0.0.1:1/postgres does not answer"*) ok "a dead DATABASE_URL fails naming it: $out" ;; *) no "dead DATABASE_URL: rc=$rc $out" ;; esac
  case $out in *secret*) no "the password is not printed" ;; *) ok "the password is not printed" ;; esac
  run_infra env NATS_URL="nats://127.0.0.1:1" dash -c "$ensure_sh"
  case $rc:$out in 1:"sluice: NATS_URL=nats://127.0.0.1:1 does not answer"*) ok "a dead NATS_URL fails naming it: $out" ;; *) no "dead NATS_URL: rc=$rc $out" ;; esac

  # 5. NATS without JetStream: refused, whether named by NATS_URL or found on the port.
  nats=$(command -v nats-server || echo /usr/sbin/nats-server)
  "$nats" -a 127.0.0.1 -p "$nojs_port" </dev/null >/dev/null 2>&1 &
  nojs_pid=$!
  probe wait-tcp 127.0.0.1 "$nojs_port" 10
  run_infra env NATS_URL="nats://127.0.0.1:$nojs_port" dash -c "$ensure_sh"
  case $rc:$out in 1:*"NATS_URL=nats://127.0.0.1:$nojs_port has no JetStream"*) ok "a NATS_URL without JetStream fails: $out" ;; *) no "NATS without JetStream: rc=$rc $out" ;; esac
  run_infra env SLUICE_NATS_PORT="$nojs_port" dash -c "$ensure_sh"
  case $rc:$out in 1:*"127.0.0.1:$nojs_port has no JetStream"*) ok "a local NATS without JetStream fails: $out" ;; *) no "local NATS without JetStream: rc=$rc $out" ;; esac

  # 6. The machine's own servers were not touched.
  probe tcp 127.0.0.1 5432 && probe tcp 127.0.0.1 4222 && ok "the servers on 5432/4222 still answer" || no "the servers on 5432/4222 still answer"
}

# run_infra COMMAND... -> $out (stdout+stderr), $rc; DATABASE_URL/NATS_URL unset unless COMMAND sets them
run_infra() {
  out=$(env -u DATABASE_URL -u NATS_URL SLUICE_STATE_DIR="$state" SLUICE_PG_PORT="$pg_port" SLUICE_NATS_PORT="$nats_port" \
    SLUICE_ROOT="$root" "$@" 2>&1)
  rc=$?
}

# ----------------------------------------------------------------------------------- up.ts

test_up() {
  fake=$tmp/fake
  make_fakes "$fake"
  base=18080
  while probe tcp 127.0.0.1 "$base" || probe tcp 127.0.0.1 $((base + 1)) || probe tcp 127.0.0.1 $((base + 2)) ||
    probe tcp 127.0.0.1 $((base + 3)) || probe tcp 127.0.0.1 $((base + 4)); do base=$((base + 10)); done
  echo "== up: fake tree $fake, gateway on $base, services' ops on $((base + 1))-$((base + 4))"

  # 1. Everything starts in order, gets its environment, and stops in reverse order on SIGTERM.
  start_up
  wait_for 'Ctrl-C stops everything' 30 && ok "starts everything and prints the banner" || no "banner: $(tail -n 20 "$log")"
  code=$(node -e "fetch('http://127.0.0.1:$base/readyz').then(r => console.log(r.status), () => console.log(0))")
  [ "$code" = 200 ] && ok "the gateway answers on its port" || no "gateway /readyz: $code"
  has "starts every process" 'starting workflow, quota, storage, monitoring, gateway, demo-worker'
  has "a service gets its ports, DATABASE_URL, NATS_URL, prefix, loopback host" "\\[workflow\\] * ..:..:.. INFO  starting grpc=$((base + 11)) ops=$((base + 1)) db=postgresql://fake nats=nats://fake prefix=sluice host=127.0.0.1"
  has "the gateway gets its port and the services' addresses" "\\[gateway\\] * ..:..:.. INFO  starting http=$base .*workflowAddr=127.0.0.1:$((base + 11))"
  has "JSON lines become prefixed readable lines, trace_id last" 'trace_id=0af7651916cd43dd8448eb211c80319c$'
  has "non-JSON lines are printed as they are" '\[quota\] * plain stderr line from quota'
  has "the banner shows the API key from the key file" 'API key     sk_fake_123' 'KEY=sk_fake_123'
  has "the banner has the ops URLs and gRPC addresses" "monitoring  gRPC 127.0.0.1:$((base + 14)) .*ops http://127.0.0.1:$((base + 4))"
  has "the banner has a ready-to-paste curl" "curl -s -X POST http://127.0.0.1:$base/api/v1/workflows -H \"Authorization: Bearer \$KEY\""
  stop_up TERM
  [ "$rc" = 0 ] && ok "SIGTERM stops it with exit 0" || no "SIGTERM exit code $rc"
  has "stops in reverse order: worker, gateway, then the services" 'demo-worker stopped' 'gateway stopped' 'workflow stopped'
  no_leftovers

  # 2. SLUICE_BOOTSTRAP_API_KEY wins over the key file.
  start_up SLUICE_BOOTSTRAP_API_KEY=sk_from_env
  wait_for 'Ctrl-C stops everything' 30
  has "the banner shows SLUICE_BOOTSTRAP_API_KEY when set" 'API key     sk_from_env'
  stop_up TERM
  no_leftovers

  # 3. A service that crashes at start: everything stops, exit 1, naming it.
  start_up FAKE_CRASH=quota
  wait_exit 20
  [ "$rc" = 1 ] && ok "a crash at start exits 1" || no "crash at start exit code $rc"
  has "names the crashed service" 'quota exited (code 3); stopping everything'
  has "an error's stack is printed under its line" 'ERROR cannot start err=boom' '\[quota\] *     at main (src/main.ts:1:1)'
  nothas "nothing after it is started" 'starting gateway'
  no_leftovers

  # 4. A service that never gets ready: its last lines, then exit 1.
  start_up FAKE_NEVER_READY=storage SLUICE_UP_READY_TIMEOUT=2
  wait_exit 20
  [ "$rc" = 1 ] && ok "a start timeout exits 1" || no "timeout exit code $rc"
  has "names the late service and prints its last lines" 'storage was not ready within 2 s' 'last [0-9]* lines of storage:'
  no_leftovers

  # 5. A crash after start stops the rest too.
  start_up FAKE_CRASH_LATER=monitoring
  wait_exit 30
  [ "$rc" = 1 ] && ok "a crash after start exits 1" || no "crash later exit code $rc"
  has "names the crashed service" 'monitoring exited (code 4); stopping everything'
  no_leftovers

  # 6. One that ignores SIGTERM is killed after the grace period, with a child of a service.
  start_up FAKE_IGNORE_TERM=gateway SLUICE_UP_GRACE=2 FAKE_GRANDCHILD=workflow FAKE_GRANDCHILD_PIDFILE="$tmp/grandchild.pid"
  wait_for 'Ctrl-C stops everything' 30
  stop_up TERM
  [ "$rc" = 0 ] && ok "stops with exit 0 even when SIGKILL was needed" || no "straggler exit code $rc"
  has "SIGKILLs a service that ignores SIGTERM after the grace period" 'gateway did not stop within 2 s: SIGKILL' 'gateway stopped (signal SIGKILL)'
  if gone "$(cat "$tmp/grandchild.pid")"; then ok "a service's own child is stopped too"; else no "a service's own child is stopped too"; fi
  no_leftovers

  # 7. Refusals before anything starts.
  out=$(env -u DATABASE_URL node "$root/scripts/up.ts" --root "$fake" 2>&1)
  rc=$?
  case $rc:$out in 2:*"DATABASE_URL is not set"*) ok "no DATABASE_URL: exit 2 naming it" ;; *) no "no DATABASE_URL: $rc $out" ;; esac
  out=$(DATABASE_URL=postgresql://fake NATS_URL=nats://fake SLUICE_QUOTA_OPS_PORT=80x node "$root/scripts/up.ts" --root "$fake" 2>&1)
  rc=$?
  case $rc:$out in 2:*"SLUICE_QUOTA_OPS_PORT=80x is not a port"*) ok "a bad port variable: exit 2 naming it" ;; *) no "bad port: $rc $out" ;; esac
  out=$(DATABASE_URL=postgresql://fake NATS_URL=nats://fake node "$root/scripts/up.ts" --root "$tmp/empty" 2>&1)
  rc=$?
  case $rc:$out in 1:*"missing: services/workflow/src/main.ts"*) ok "missing services are named" ;; *) no "missing services: $rc $out" ;; esac
}

start_up() { # start_up [VAR=value...]: up.ts on the fake tree, in the background, output in $log
  log=$tmp/up.log
  : >"$log"
  env DATABASE_URL=postgresql://fake NATS_URL=nats://fake SLUICE_HTTP_PORT="$base" \
    SLUICE_WORKFLOW_OPS_PORT=$((base + 1)) SLUICE_QUOTA_OPS_PORT=$((base + 2)) SLUICE_STORAGE_OPS_PORT=$((base + 3)) SLUICE_MONITORING_OPS_PORT=$((base + 4)) \
    SLUICE_WORKFLOW_GRPC_PORT=$((base + 11)) SLUICE_QUOTA_GRPC_PORT=$((base + 12)) SLUICE_STORAGE_GRPC_PORT=$((base + 13)) SLUICE_MONITORING_GRPC_PORT=$((base + 14)) SLUICE_WORKER_HEALTH_PORT=$((base + 5)) \
    "$@" node "$root/scripts/up.ts" --root "$fake" >"$log" 2>&1 &
  up_pid=$!
}
wait_for() { # wait_for TEXT SECONDS
  i=0
  while [ $i -lt $(($2 * 10)) ]; do
    grep -q "$1" "$log" && return 0
    kill -0 "$up_pid" 2>/dev/null || return 1
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
wait_exit() { # wait_exit SECONDS -> $rc (124 on timeout, after killing it)
  i=0
  while kill -0 "$up_pid" 2>/dev/null && [ $i -lt $(($1 * 10)) ]; do sleep 0.1; i=$((i + 1)); done
  if kill -0 "$up_pid" 2>/dev/null; then kill -KILL "$up_pid"; wait "$up_pid"; rc=124; else wait "$up_pid"; rc=$?; fi
}
stop_up() { kill -"$1" "$up_pid" 2>/dev/null; wait_exit 30; }
has() { # has NAME PATTERN... : every pattern matches a line, in this order
  name=$1
  shift
  line=0
  for pattern in "$@"; do
    found=$(grep -n -- "$pattern" "$log" | awk -F: -v after="$line" '$1 > after { print $1; exit }')
    if [ -z "$found" ]; then no "$name (no line matching '$pattern' after line $line)"; sed 's/^/     | /' "$log" | tail -n 40; return; fi
    line=$found
  done
  ok "$name"
}
gone() { # gone PID: not running within 2 s (a zombie waiting for init to reap it counts as gone)
  i=0
  while [ $i -lt 20 ]; do
    case $(ps -o stat= -p "$1" 2>/dev/null) in '' | Z*) return 0 ;; esac
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
nothas() { if grep -q -- "$2" "$log"; then no "$1"; else ok "$1"; fi; }
no_leftovers() {
  left=$(ps -eo pid,args | grep -F "$fake" | grep -v grep)
  [ -z "$left" ] && ok "no process left behind" || no "processes left behind: $left"
}

make_fakes() { # a tree shaped like the repository, whose services are small HTTP servers
  for s in services/workflow services/quota services/storage services/monitoring services/gateway examples/demo-worker; do
    mkdir -p "$1/$s/src"
  done
  mkdir -p "$1/node_modules/@sluice/telemetry" "$tmp/empty"
  echo '{"name":"@sluice/telemetry","type":"module","exports":{"./register":"./register.js"}}' >"$1/node_modules/@sluice/telemetry/package.json"
  echo 'globalThis.fakeTelemetry = true;' >"$1/node_modules/@sluice/telemetry/register.js"
  echo '{"type":"module"}' >"$1/package.json"
  cat >"$1/services/workflow/src/main.ts" <<'EOF'
import http from 'node:http';
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
const env = process.env;
const name = env.SLUICE_SERVICE_NAME ?? '?';
const is = (v) => (v ?? '').split(',').includes(name);
const log = (level, msg, fields = {}) =>
  process.stdout.write(JSON.stringify({ level, time: new Date().toISOString(), service: name, msg, ...fields, trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' }) + '\n');
log('info', 'starting', { grpc: env.SLUICE_GRPC_PORT, ops: env.SLUICE_OPS_PORT, http: env.SLUICE_HTTP_PORT, db: env.DATABASE_URL, nats: env.NATS_URL, prefix: env.SLUICE_SUBJECT_PREFIX, host: env.SLUICE_HOST, workflowAddr: env.SLUICE_WORKFLOW_ADDR });
process.stderr.write(`plain stderr line from ${name}\n`);
if (!globalThis.fakeTelemetry) log('error', 'telemetry was not imported first');
if (is(env.FAKE_CRASH)) {
  log('error', 'cannot start', { err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at main (src/main.ts:1:1)' } });
  process.exit(3);
}
if (is(env.FAKE_GRANDCHILD)) writeFileSync(env.FAKE_GRANDCHILD_PIDFILE, String(spawn('sleep', ['1000'], { stdio: 'ignore' }).pid));
if (name === 'gateway' && !env.SLUICE_BOOTSTRAP_API_KEY) {
  mkdirSync(dirname(env.SLUICE_API_KEY_FILE), { recursive: true });
  writeFileSync(env.SLUICE_API_KEY_FILE, 'sk_fake_123\n');
}
const started = Date.now();
let server;
if (name === 'demo-worker') setInterval(() => log('debug', 'polling'), 5000);
{
  server = http
    .createServer((req, res) => {
      const ready = !is(env.FAKE_NEVER_READY) && Date.now() - started > 300;
      res.statusCode = req.url === '/readyz' && !ready ? 503 : 200;
      res.end('{}');
    })
    .listen(Number((name === 'demo-worker' ? env.SLUICE_WORKER_HEALTH_PORT : undefined) ?? env.SLUICE_HTTP_PORT ?? env.SLUICE_OPS_PORT), '127.0.0.1');
}
if (is(env.FAKE_CRASH_LATER)) setTimeout(() => process.exit(4), 2500);
process.on('SIGTERM', () => {
  log('info', 'shutting down', { signal: 'SIGTERM' });
  if (is(env.FAKE_IGNORE_TERM)) return;
  server?.close();
  setTimeout(() => process.exit(0), 100);
});
EOF
  for s in services/quota services/storage services/monitoring services/gateway examples/demo-worker; do
    cp "$1/services/workflow/src/main.ts" "$1/$s/src/main.ts"
  done
}

for section in $sections; do
  case $section in
    infra) test_infra ;;
    up) test_up ;;
    *) echo "unknown section $section (infra, up)"; exit 2 ;;
  esac
done
if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all passed"
