import { z } from 'zod';

/** Every service reads its configuration here, once, and fails fast with a readable list. */
const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const SERVICES = ['grid', 'party', 'property', 'volunteer', 'urban'] as const;
export type ServiceName = (typeof SERVICES)[number];

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  MYSQL_URL: z
    .string()
    .regex(/^mysql:\/\/[^/]+(\/)?$/, 'must be mysql://user[:password]@host[:port] with no database: each subgraph gets its own')
    .optional(),
  DB_PREFIX: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, 'lowercase letters, digits and _').default('grids_'),
  SQLITE_DIR: z.string().default('data'),
  GATEWAY_PORT: port.default(4000),
  GRID_PORT: port.default(4001),
  PARTY_PORT: port.default(4002),
  PROPERTY_PORT: port.default(4003),
  VOLUNTEER_PORT: port.default(4004),
  URBAN_PORT: port.default(4005),
  GRID_URL: z.url().optional(),
  PARTY_URL: z.url().optional(),
  PROPERTY_URL: z.url().optional(),
  VOLUNTEER_URL: z.url().optional(),
  URBAN_URL: z.url().optional(),
  SUPERGRAPH_PATH: z.string().optional(),
  DEMO_SIZE: z.enum(['demo', 'city', 'province']).default('demo'),
  DEMO_SEED: z.coerce.number().int().default(20210104),
  LOADERS_DISABLED: bool.default(false),
  CASE_DEADLINES: z.string().optional(),
  JWT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  JWT_PUBLIC_KEY_FILE: z.string().optional(),
  JWT_JWKS_FILE: z.string().optional(),
  JWT_ALG: z.enum(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'EdDSA']).default('RS256'),
  JWT_ISSUER: z.string().default('grids'),
  JWT_AUDIENCE: z.string().default('grids-graph'),
  GATEWAY_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  INTROSPECTION: bool.default(true),
  LIMIT_DEPTH: z.coerce.number().int().min(2).default(12),
  LIMIT_ALIASES: z.coerce.number().int().min(1).default(30),
  LIMIT_TOKENS: z.coerce.number().int().min(100).default(5000),
  LIMIT_COST: z.coerce.number().int().min(100).default(20000),
  LIMIT_BODY_BYTES: z.coerce.number().int().min(1024).default(262144),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(10).default(5000),
  GRID_TIMEOUT_MS: z.coerce.number().int().min(10).optional(),
  PARTY_TIMEOUT_MS: z.coerce.number().int().min(10).optional(),
  PROPERTY_TIMEOUT_MS: z.coerce.number().int().min(10).optional(),
  VOLUNTEER_TIMEOUT_MS: z.coerce.number().int().min(10).optional(),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1000),
  WEBHOOK_BASE_DELAY_MS: z.coerce.number().int().min(10).default(5000),
  WEBHOOK_MAX_DELAY_MS: z.coerce.number().int().min(10).default(3_600_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(12),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  CORS_ORIGINS: z.string().optional(),
  APQ_CACHE_MB: z.coerce.number().min(1).default(16),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO= in a shell or a compose file) means "not set", not "set to nothing".
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = schema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
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
  return env[`${name.toUpperCase()}_PORT` as 'GRID_PORT'];
}

export function serviceUrl(env: Env, name: ServiceName): string {
  return env[`${name.toUpperCase()}_URL` as 'GRID_URL'] ?? `http://${env.HOST}:${servicePort(env, name)}/graphql`;
}
