#!/usr/bin/env bash
# `npm run openapi:lint`: writes the server's OpenAPI document (no database, no socket) to a temporary file
# and lints it with Redocly CLI (redocly.yaml). Exit status: Redocly's (non-zero on any problem).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npx tsx scripts/openapi-document.ts "$dir/openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint --config redocly.yaml "$dir/openapi.json"
