# API (GraphQL + REST + the built SPA). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t tradewind-api .
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build:web

FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
# --max-semi-space-size=64: a larger young generation for the many short-lived objects of GraphQL responses (see scripts/start.sh).
CMD ["node", "--max-semi-space-size=64", "-r", "@swc-node/register", "apps/api/src/main.ts"]
