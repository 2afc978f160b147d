#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure (its exit status is kept).
# Stages: lint, format:check, typecheck, openapi:lint, test:unit, test:db (PGlite), test:db:pg (PostgreSQL),
# build, test:browser, test:render, test:node-lts (Node 22 and 24).
set -euo pipefail
cd "$(dirname "$0")/.."

started_all=$SECONDS
stage() {
  local name=$1
  shift
  printf '\n==================== %s ====================\n' "$name"
  local started=$SECONDS status=0
  "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    printf '\n==================== FAILED: %s (exit %s, %ss) ====================\n' "$name" "$status" \
      "$((SECONDS - started))" >&2
    exit "$status"
  fi
  printf -- '-------------------- %s passed (%ss)\n' "$name" "$((SECONDS - started))"
}

stage lint npm run --silent lint
stage format:check npm run --silent format:check
stage typecheck npm run --silent typecheck
stage openapi:lint npm run --silent openapi:lint
stage test:unit npm run --silent test:unit
stage test:db npm run --silent test:db
stage test:db:pg npm run --silent test:db:pg
stage build npm run --silent build --if-present
stage test:browser npm run --silent test:browser
stage test:render npm run --silent test:render
stage test:node-lts npm run --silent test:node-lts

printf '\n==================== all checks passed (%ss) ====================\n' "$((SECONDS - started_all))"
