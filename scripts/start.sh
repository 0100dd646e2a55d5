#!/usr/bin/env bash
# Starts the whole application on this machine: migrations, demo data on an empty database,
# the SPA (built, served by the API), the API and the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
export PORT="${PORT:-3000}"
export WEB_DIST_DIR="${WEB_DIST_DIR:-$PWD/apps/web/dist}"

echo "==> migrating the database"
pnpm cli db:migrate
echo "==> demo data (only into an empty database)"
pnpm cli demo:seed
echo "==> building the SPA"
pnpm build:web

mkdir -p .tw-run
node -r @swc-node/register apps/worker/src/main.ts > .tw-run/worker.log 2>&1 &
WORKER_PID=$!
trap 'kill $WORKER_PID 2>/dev/null || true' EXIT INT TERM
# A larger young generation (64 MB semi-spaces, 16 by default): GraphQL responses allocate many
# short-lived objects, and fewer scavenges gave the API 15-45% more throughput (docs/benchmarks.md).
node --max-semi-space-size=64 -r @swc-node/register apps/api/src/main.ts &
API_PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://localhost:$PORT/health" >/dev/null 2>&1 && break
  kill -0 $API_PID 2>/dev/null || { echo "the API did not start" >&2; exit 1; }
  sleep 0.2
done
cat <<MSG

  Tradewind is running:  http://localhost:$PORT
  Demo login:            admin@tradewind.demo / tradewind-demo
                         (or sales1@tradewind.demo, manager.eu@tradewind.demo, finance1@tradewind.demo … same password)
  Worker log:            .tw-run/worker.log      Stop with Ctrl+C.

MSG
wait $API_PID
