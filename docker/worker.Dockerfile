# Worker (queues, outbox relay, scheduled jobs). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t tradewind-worker .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile

FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
ENV NODE_ENV=production
CMD ["node", "-r", "@swc-node/register", "apps/worker/src/main.ts"]
