#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL and Redis) and browser (built SPA in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
echo "==> building the SPA for the browser tests"
pnpm build:web
echo "==> running the tests"
npx jest "$@"
