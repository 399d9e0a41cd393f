# One image for every process: the command picks the subgraph or the gateway.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY shared ./shared
COPY services ./services
COPY gateway ./gateway
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/gateway/supergraph.graphql ./gateway/supergraph.graphql
# The cockpit's static page and scripts, served by the gateway.
COPY --from=build /app/gateway/cockpit/public ./gateway/cockpit/public
USER node
CMD ["node", "dist/gateway/main.js"]
