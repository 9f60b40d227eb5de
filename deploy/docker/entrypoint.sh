#!/bin/sh
# Container entry point: runs the Sluice process named by SLUICE_SERVICE, as `npm run up` does
# locally, with OpenTelemetry registered before anything else is imported. exec: node gets the
# SIGTERM from the runtime directly and shuts down in order.
set -e
case "${SLUICE_SERVICE:-}" in
  gateway | workflow | quota | storage | monitoring) dir=/app/services/$SLUICE_SERVICE ;;
  demo-worker) dir=/app/examples/demo-worker ;;
  *)
    echo "SLUICE_SERVICE must be one of gateway, workflow, quota, storage, monitoring, demo-worker (got '${SLUICE_SERVICE:-}')" >&2
    exit 64
    ;;
esac
# SLUICE_APP_DIR: the tree lives elsewhere (to try this script outside the image).
[ -z "${SLUICE_APP_DIR:-}" ] || dir=$SLUICE_APP_DIR/${dir#/app/}
cd "$dir"
SLUICE_SERVICE_NAME=${SLUICE_SERVICE_NAME:-$SLUICE_SERVICE}
export SLUICE_SERVICE_NAME
exec node --import @sluice/telemetry/register src/main.ts "$@"
