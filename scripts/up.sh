#!/bin/sh
# `npm run up` (through scripts/run.sh): finds or starts PostgreSQL and NATS, then starts the
# platform with scripts/up.ts. Arguments go to up.ts.
set -e
. "$(dirname "$0")/infra.sh"
ensure_infra
exec node "$(dirname "$0")/up.ts" "$@"
