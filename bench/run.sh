#!/bin/sh
# The benchmark (bench/README.md): finds or starts PostgreSQL and NATS like `npm test` does,
# checks Redis, then runs bench/run.ts. Run through scripts/run.sh for the pinned Node:
#   sh scripts/run.sh sh bench/run.sh --quick
set -e
SLUICE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
export SLUICE_ROOT
. "$SLUICE_ROOT/scripts/infra.sh"
ensure_infra
_redis=${REDIS_URL:-redis://127.0.0.1:6379}
_redis_hostport=${_redis#redis://}
_redis_hostport=${_redis_hostport%%/*}
if ! node "$SLUICE_ROOT/scripts/lib/probe.ts" tcp "${_redis_hostport%:*}" "${_redis_hostport##*:}"; then
  printf 'bench: no Redis at %s (BullMQ needs one): start redis-server or set REDIS_URL\n' "$_redis" >&2
  exit 1
fi
cd "$SLUICE_ROOT/bench"
exec node run.ts "$@"
