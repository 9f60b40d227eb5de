#!/bin/sh
# The whole suite: finds or starts PostgreSQL and NATS, then runs mocha over every package.
set -e
. "$(dirname "$0")/infra.sh"
ensure_infra
exec mocha "$@"
