#!/bin/sh
# The quota benchmark (bench/README.md, "Quota grants"): finds or starts PostgreSQL and NATS like
# `npm test` does, then runs bench/quota.ts. Run through scripts/run.sh for the pinned Node:
#   sh scripts/run.sh sh bench/quota.sh --quick
set -e
SLUICE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
export SLUICE_ROOT
. "$SLUICE_ROOT/scripts/infra.sh"
ensure_infra
cd "$SLUICE_ROOT/bench"
exec node quota.ts "$@"
