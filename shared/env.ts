import { z } from 'zod';
import { envPrefix, SUBGRAPH_LIST, type ServiceName } from './subgraphs';

/** Every service reads its configuration here, once, and fails fast with a readable list. */
const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export { SERVICES, type ServiceName } from './subgraphs';

type Upper = Uppercase<ServiceName>;
/** PORT, URL and TIMEOUT_MS for every subgraph of the light list, by construction. */
type PerSubgraph = { [K in `${Upper}_PORT`]: number } & { [K in `${Upper}_URL`]?: string } & {
  [K in `${Upper}_TIMEOUT_MS`]?: number;
};
const timeout = z.coerce.number().int().min(10);
const perSubgraph = Object.fromEntries(
  SUBGRAPH_LIST.flatMap((s) => [
    [`${envPrefix(s.name)}_PORT`, port.default(s.port)],
    [`${envPrefix(s.name)}_URL`, z.url().optional()],
    [`${envPrefix(s.name)}_TIMEOUT_MS`, timeout.optional()],
  ]),
);

const base = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  MYSQL_URL: z
    .string()
    .regex(
      /^mysql:\/\/[^/]+(\/)?$/,
      'must be mysql://user[:password]@host[:port] with no database: each subgraph gets its own',
    )
    .optional(),
  /** Connections each subgraph process may hold on MySQL: the server must allow processes × this. */
  MYSQL_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  DB_PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'lowercase letters, digits and _')
    .default('grids_'),
  SQLITE_DIR: z.string().default('data'),
  GATEWAY_PORT: port.default(4000),
  SUPERGRAPH_PATH: z.string().optional(),
  DEMO_SIZE: z.enum(['demo', 'city', 'province']).default('demo'),
  DEMO_SEED: z.coerce.number().int().default(20210104),
  // The demo city's reference day (yyyy-mm-dd); unset, it is the day the city is seeded.
  DEMO_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'use yyyy-mm-dd')
    .optional(),
  LOADERS_DISABLED: bool.default(false),
  // false: a subgraph does not migrate at start (a migration Job does, once) and /ready is 503 until its migrations are applied.
  MIGRATE_ON_START: bool.default(true),
  CASE_DEADLINES: z.string().optional(),
  // Binzhou's multi-party assessment: weight of each evaluator kind in a company's composite score.
  EVALUATION_WEIGHTS: z
    .string()
    .regex(
      /^([A-Z_]+=\d+(\.\d+)?)(,[A-Z_]+=\d+(\.\d+)?)*$/,
      'KIND=weight,KIND=weight, e.g. STREET_OFFICE=0.4,OWNERS_COMMITTEE=0.3',
    )
    .default(
      'STREET_OFFICE=0.3,OWNERS_COMMITTEE=0.2,RESIDENTS_SURVEY=0.2,HOUSING_BUREAU=0.1,GRID_BRANCH=0.1,RESIDENTS_COMMITTEE=0.1',
    )
    .transform(
      (v) =>
        Object.fromEntries(
          v.split(',').map((p) => {
            const [k, w] = p.split('=');
            return [k, Number(w)];
          }),
        ) as Record<string, number>,
    ),
  JWT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  JWT_PUBLIC_KEY_FILE: z.string().optional(),
  JWT_JWKS_FILE: z.string().optional(),
  JWT_ALG: z.enum(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'EdDSA']).default('RS256'),
  JWT_ISSUER: z.string().default('grids'),
  JWT_AUDIENCE: z.string().default('grids-graph'),
  JWT_MAX_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 24 * 3600),
  GATEWAY_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  INTROSPECTION: bool.default(true),
  LIMIT_DEPTH: z.coerce.number().int().min(2).default(12),
  LIMIT_ALIASES: z.coerce.number().int().min(1).default(30),
  LIMIT_TOKENS: z.coerce.number().int().min(100).default(5000),
  LIMIT_COST: z.coerce.number().int().min(100).default(20000),
  LIMIT_LIST_COST: z.coerce.number().int().min(100).default(1000000),
  LIMIT_LIST_SIZE: z.coerce.number().int().min(1).default(20),
  LIMIT_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024),
  LIMIT_BODY_BYTES: z.coerce.number().int().min(1024).default(262144),
  SUBGRAPH_TIMEOUT_MS: timeout.default(5000),
  METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  METRICS_MAX_OPERATIONS: z.coerce.number().int().min(1).default(100),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1000),
  WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().min(10).default(5000),
  WEBHOOK_MAX_DELAY_MS: z.coerce.number().int().min(10).default(3_600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  CORS_ORIGINS: z.string().optional(),
  APQ_CACHE_MB: z.coerce.number().min(1).default(16),
  // Identical subgraph query fetches in flight at once are sent once (gateway/inflight.ts).
  GATEWAY_DEDUP: bool.default(true),
  // Region indicator answers cached at the gateway this long (gateway/indicator-cache.ts); 0 turns it off.
  INDICATOR_CACHE_TTL_MS: z.coerce.number().int().min(0).default(5000),
  INDICATOR_CACHE_ENTRIES: z.coerce.number().int().min(1).default(1000),
});
// The per-subgraph keys are typed by PerSubgraph; zod checks them all the same.
const schema = base.extend(perSubgraph as Record<never, never>);

export type Env = z.infer<typeof base> & PerSubgraph;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO= in a shell or a compose file) means "not set", not "set to nothing".
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = schema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data as Env;
}

let cached: Env | undefined;

/** The process environment, parsed on first use; exits with the readable list when it is wrong. */
export function loadEnv(): Env {
  if (cached) return cached;
  try {
    cached = parseEnv(process.env);
    return cached;
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

export function servicePort(env: Env, name: ServiceName): number {
  return env[`${envPrefix(name) as Upper}_PORT`];
}

export function serviceUrl(env: Env, name: ServiceName): string {
  return (
    env[`${envPrefix(name) as Upper}_URL`] ?? `http://${env.HOST}:${servicePort(env, name)}/graphql`
  );
}

/** `<NAME>_TIMEOUT_MS`, or `SUBGRAPH_TIMEOUT_MS` for every subgraph that sets none. */
export function serviceTimeoutMs(env: Env, name: ServiceName): number {
  return env[`${envPrefix(name) as Upper}_TIMEOUT_MS`] ?? env.SUBGRAPH_TIMEOUT_MS;
}
