#!/bin/sh
# The whole suite (or the files given): finds or starts PostgreSQL and NATS, then runs mocha.
#   npm test                                   every test
#   npm test -- test/e2e/platform.test.ts      one file
set -e
. "$(dirname "$0")/infra.sh"
ensure_infra
if [ $# -eq 0 ]; then
  set -- 'libs/*/test/**/*.test.ts' 'services/*/test/**/*.test.ts' 'examples/*/test/**/*.test.ts' 'test/**/*.test.ts'
fi
exec mocha "$@"
