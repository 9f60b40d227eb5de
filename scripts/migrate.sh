#!/bin/sh
# `npm run migrate` (through scripts/run.sh): finds PostgreSQL like `npm run up`, then migrates.
set -e
. "$(dirname "$0")/infra.sh"
ensure_infra
exec node "$(dirname "$0")/migrate.ts" "$@"
