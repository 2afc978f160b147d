#!/usr/bin/env bash
# `npm run test:node-lts`: the unit tests and the served app's smoke test (tests/node-lts/) under each
# supported LTS line of Node.js besides the one running npm (fresh machines have Node 20).
# The Node binaries come from the npm registry's node-linux-<arch> packages (a binary inside an npm package,
# not a download at install time), kept in .tidtam-node/ so a second run needs no network.
# Versions are exact so that a run is repeatable; raise them when a new LTS patch is wanted.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSIONS=${TIDTAM_NODE_LTS:-"22.23.5 24.22.3"}
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *)
    echo "test:node-lts: no node-linux package for $(uname -m); skipped is not passed, so this fails" >&2
    exit 1
    ;;
esac

for version in $VERSIONS; do
  prefix=".tidtam-node/$version"
  bin="$prefix/node_modules/node-linux-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$prefix" \
      "node-linux-$arch@$version"
  fi
  actual=$("$bin/node" --version)
  if [ "$actual" != "v$version" ]; then
    echo "test:node-lts: $bin/node is $actual, expected v$version" >&2
    exit 1
  fi
  printf '\n---------- Node.js %s ----------\n' "$actual"
  # vitest and the tests' child processes (process.execPath) all run on this Node.
  PATH="$PWD/$bin:$PATH" TIDTAM_EXPECT_NODE="v$version" \
    node node_modules/vitest/vitest.mjs run --config tests/node-lts/vitest.config.ts
done
