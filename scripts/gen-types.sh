#!/bin/sh
# Generates the TypeScript types of every protos/**/*.proto into libs/contracts/src/generated
# (committed, so that editors and `tsc` see the contracts without a build step).
#
#   npm run gen                      # regenerate after editing a .proto
#   sh scripts/gen-types.sh DIR      # generate into DIR instead (the contracts test diffs it)
#
# The options match the run-time loader in libs/contracts/src/loader-options.ts, so the
# types describe the objects grpc-js really hands out (keepCase, longs and enums as strings,
# defaults, oneofs).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/libs/contracts/src/generated"}
gen="$root/libs/contracts/node_modules/.bin/proto-loader-gen-types"
[ -x "$gen" ] || { echo "gen-types: $gen is missing; run pnpm install" >&2; exit 1; }

# Paths relative to protos/ keep the "Original file:" comments free of machine paths.
cd "$root/protos"
files=$(find sluice -name '*.proto' | LC_ALL=C sort)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086 # word splitting of $files is wanted (paths hold no spaces)
"$gen" --grpcLib=@grpc/grpc-js --keepCase --longs=String --enums=String --defaults --oneofs \
  --includeComments --importFileExtension=.ts --targetFileExtension=.ts \
  -I . -O "$tmp" $files

# Replace the output wholesale so that types of deleted messages do not linger.
rm -rf "$out"
mkdir -p "$out"
cp -R "$tmp"/. "$out"/
