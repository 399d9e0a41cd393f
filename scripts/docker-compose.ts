import { envPrefix, type SubgraphInfo } from '../shared/subgraphs';

const HEAD = `# Production-shaped local stack: MySQL 8 (one database per subgraph), every subgraph and the
# gateway, all from one Dockerfile. The gateway starts only when every subgraph is healthy.
# Generated from shared/subgraphs.ts by \`npm run compose\` (scripts/docker-compose.ts): edit those, not this.
x-subgraph: &subgraph
  build: .
  restart: unless-stopped
  depends_on:
    mysql:
      condition: service_healthy
    seed:
      condition: service_completed_successfully

x-db-env: &db-env
  MYSQL_URL: mysql://root:\${MYSQL_ROOT_PASSWORD:-grids}@mysql:3306
  DB_PREFIX: grids_
  LOG_LEVEL: info
  NODE_ENV: production
  GATEWAY_SECRET: \${GATEWAY_SECRET:?set GATEWAY_SECRET (32+ random characters) for the gateway proof}

x-health-timing: &health-timing
  interval: 5s
  timeout: 3s
  retries: 20

services:
  mysql:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD:-grids}
    command: ["--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"]
    volumes:
      - mysql-data:/var/lib/mysql
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "-uroot", "-p\${MYSQL_ROOT_PASSWORD:-grids}"]
      interval: 5s
      timeout: 3s
      retries: 30

  seed:
    build: .
    environment:
      <<: *db-env
      DEMO_SIZE: \${DEMO_SIZE:-demo}
    command: ["node", "dist/scripts/seed.js"]
    depends_on:
      mysql:
        condition: service_healthy
`;

const url = (s: SubgraphInfo) => `http://${s.name}:${s.port}/graphql`;

// A subgraph asks its peers inside some writes (shared/peer.ts): it reaches them where the gateway does.
const subgraph = (s: SubgraphInfo, list: readonly SubgraphInfo[]) => `
  ${s.name}:
    <<: *subgraph
    environment:
      <<: *db-env
      ${envPrefix(s.name)}_PORT: "${s.port}"
${list
  .filter((p) => p.name !== s.name)
  .map((p) => `      ${envPrefix(p.name)}_URL: ${url(p)}\n`)
  .join('')}    command: ["node", "dist/services/${s.name}/main.js"]
    expose: ["${s.port}"]
    healthcheck:
      test: ["CMD", "node", "dist/scripts/healthcheck.js", "${s.port}"]
      <<: *health-timing
`;

const gateway = (list: readonly SubgraphInfo[]) => `
  gateway:
    build: .
    restart: unless-stopped
    environment:
      NODE_ENV: production
      GATEWAY_PORT: "4000"
      GATEWAY_SECRET: \${GATEWAY_SECRET:?set GATEWAY_SECRET}
      JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET (32+ random characters), or mount a key and set JWT_PUBLIC_KEY_FILE}
${list.map((s) => `      ${envPrefix(s.name)}_URL: ${url(s)}\n`).join('')}    command: ["node", "dist/gateway/main.js"]
    ports: ["4000:4000"]
    healthcheck:
      test: ["CMD", "node", "dist/scripts/healthcheck.js", "4000"]
      <<: *health-timing
    depends_on:
${list.map((s) => `      ${s.name}:\n        condition: service_healthy\n`).join('')}
volumes:
  mysql-data:
`;

/** docker-compose.yml for the subgraphs of the light list; a test checks the checked-in file equals it. */
export function dockerComposeYaml(list: readonly SubgraphInfo[]): string {
  return HEAD + list.map((s) => subgraph(s, list)).join('') + gateway(list);
}
