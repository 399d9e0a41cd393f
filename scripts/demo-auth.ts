import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ensurePrivateDir } from '../shared/data-source';
import { join } from 'node:path';
import type { Env } from '../shared/env';
import { mintToken } from '../shared/auth/tokens';
import type { Role } from '../shared/viewer';

export interface DemoSecrets {
  JWT_SECRET: string;
  GATEWAY_SECRET: string;
}

/**
 * Demo mode: with no keys configured, `npm start` makes random secrets once and keeps them beside
 * the demo databases, so the printed tokens keep working across restarts. Never in production.
 */
export function demoSecrets(env: Env): DemoSecrets {
  const file = join(env.SQLITE_DIR, 'demo-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoSecrets;
  const secrets = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    GATEWAY_SECRET: randomBytes(32).toString('hex'),
  };
  ensurePrivateDir(env.SQLITE_DIR);
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export interface DemoIdentity {
  role: Role;
  region: string;
  dept?: string;
  what: string;
}

/** One ready identity per role, placed in the demo city. */
export function demoIdentities(
  city: string,
  district: string,
  street: string,
  community: string,
  grid: string,
): DemoIdentity[] {
  return [
    { role: 'CITY_ADMIN', region: city, what: `the whole city ${city}` },
    { role: 'STREET_STAFF', region: street, what: `street ${street} (command centre)` },
    { role: 'COMMUNITY_STAFF', region: community, what: `community ${community}` },
    { role: 'GRID_WORKER', region: grid, what: `grid ${grid}` },
    {
      role: 'DEPARTMENT',
      region: district,
      dept: 'CG',
      what: `城管 (CG) cases in district ${district}`,
    },
    { role: 'ANALYST', region: '', what: 'roll-up indicators only, everywhere' },
  ];
}

export async function mintDemoTokens(
  env: Env,
  secret: string,
  ids: DemoIdentity[],
): Promise<{ id: DemoIdentity; token: string }[]> {
  return Promise.all(
    ids.map(async (id) => ({
      id,
      token: await mintToken(
        {
          sub: `demo-${id.role.toLowerCase()}`,
          role: id.role,
          regionPrefix: id.region,
          departmentCode: id.dept,
        },
        { secret, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttl: '7d' },
      ),
    })),
  );
}

/** Where the demo city's example grid lies, stored at seeding so that a start never regenerates the city. */
export interface DemoPlace {
  size: string;
  seed: number;
  city: string;
  district: string;
  street: string;
  community: string;
  grid: string;
}

const placeFile = (env: Env) => join(env.SQLITE_DIR, 'demo-place.json');

export function demoPlaceOf(
  env: Env,
  cityCode: string,
  grid: { code: string; regionCode: string },
): DemoPlace {
  const community = grid.regionCode;
  return {
    size: env.DEMO_SIZE,
    seed: env.DEMO_SEED,
    city: cityCode,
    district: community.slice(0, 6),
    street: community.slice(0, 9),
    community,
    grid: grid.code,
  };
}

export function storeDemoPlace(env: Env, place: DemoPlace): void {
  ensurePrivateDir(env.SQLITE_DIR);
  writeFileSync(placeFile(env), JSON.stringify(place, null, 2), { mode: 0o600 });
}

/** The stored place, if it was stored for this city size and seed. */
export function loadDemoPlace(env: Env): DemoPlace | undefined {
  if (!existsSync(placeFile(env))) return undefined;
  const place = JSON.parse(readFileSync(placeFile(env), 'utf8')) as DemoPlace;
  return place.size === env.DEMO_SIZE && place.seed === env.DEMO_SEED ? place : undefined;
}
