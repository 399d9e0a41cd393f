import { readFileSync } from 'node:fs';
import {
  SignJWT,
  createLocalJWKSet,
  importSPKI,
  jwtVerify,
  errors as joseErrors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { ROLES, type Role, type Viewer } from '../viewer';
import { UnauthenticatedError } from '../errors';

/** How the gateway checks callers' tokens: an HS256 secret, a PEM public key, or a local JWKS file. */
export interface JwtConfig {
  secret?: string;
  publicKeyFile?: string;
  jwksFile?: string;
  algorithm: string;
  issuer: string;
  audience: string;
  /** Longest lifetime a token may have (exp − iat, or exp − now without iat), in seconds. */
  maxLifetimeSeconds?: number;
}

/** Tokens live at most a week unless configured otherwise (JWT_MAX_LIFETIME_SECONDS). */
export const DEFAULT_MAX_LIFETIME_SECONDS = 7 * 24 * 3600;

/** The code lengths a role's jurisdiction may have: a grid worker's is one grid, a street's one street. */
export const REGION_LENGTHS: Record<Exclude<Role, 'SERVICE'>, readonly number[]> = {
  CITY_ADMIN: [0, 6],
  STREET_STAFF: [9],
  COMMUNITY_STAFF: [12],
  GRID_WORKER: [15],
  DEPARTMENT: [6, 9],
  ANALYST: [0, 6, 9, 12],
};

const USER_ROLES = ROLES.filter((r) => r !== 'SERVICE');

/** The claims a token carries, checked as strictly as the signature: a bad claim is a bad token. */
export function viewerFromClaims(p: JWTPayload): Viewer {
  const role = p.role as Role;
  const region = p.region;
  if (typeof p.sub !== 'string' || !p.sub) throw new UnauthenticatedError('token has no subject');
  if (!USER_ROLES.includes(role as (typeof USER_ROLES)[number]))
    throw new UnauthenticatedError(`token role must be one of ${USER_ROLES.join(', ')}`);
  if (typeof region !== 'string' || !/^\d{0,15}$/.test(region))
    throw new UnauthenticatedError('token region must be a division-code prefix');
  if (region === '' && role !== 'CITY_ADMIN' && role !== 'ANALYST')
    throw new UnauthenticatedError(`a ${role} token needs a region`);
  const lengths = REGION_LENGTHS[role as Exclude<Role, 'SERVICE'>];
  if (!lengths.includes(region.length))
    throw new UnauthenticatedError(
      `a ${role} token's region must have ${lengths.join(' or ')} digits`,
    );
  if (role === 'DEPARTMENT' && (typeof p.dept !== 'string' || !p.dept))
    throw new UnauthenticatedError('a DEPARTMENT token needs dept');
  return {
    sub: p.sub,
    role,
    regionPrefix: region,
    ...(role === 'DEPARTMENT' ? { departmentCode: p.dept as string } : {}),
  };
}

/** A token must expire, and not later than the configured lifetime after it was issued. */
function assertLifetime(p: JWTPayload, max: number): void {
  if (typeof p.exp !== 'number') throw new UnauthenticatedError('token has no expiry (exp)');
  const from = typeof p.iat === 'number' ? p.iat : Date.now() / 1000;
  if (p.exp - from > max)
    throw new UnauthenticatedError(`token lifetime is over the limit of ${max} s`);
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

export async function createTokenVerifier(cfg: JwtConfig): Promise<TokenVerifier> {
  let key: Uint8Array | CryptoKey | JWTVerifyGetKey;
  if (cfg.jwksFile)
    key = createLocalJWKSet(JSON.parse(readFileSync(cfg.jwksFile, 'utf8')) as JSONWebKeySet);
  else if (cfg.publicKeyFile)
    key = await importSPKI(readFileSync(cfg.publicKeyFile, 'utf8'), cfg.algorithm);
  else if (cfg.secret) key = new TextEncoder().encode(cfg.secret);
  else
    throw new Error('no JWT key configured: set JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE');
  const algorithms = cfg.jwksFile || cfg.publicKeyFile ? [cfg.algorithm] : ['HS256'];
  // A token verified once is trusted until it expires: clients send the same token on every request.
  const verified = new Map<string, { viewer: Viewer; exp: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.exp > Date.now() / 1000) return hit.viewer;
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: cfg.issuer,
        audience: cfg.audience,
        algorithms,
      });
      const viewer = viewerFromClaims(payload);
      assertLifetime(payload, cfg.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS);
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value!);
      verified.set(token, { viewer, exp: payload.exp! });
      return viewer;
    } catch (err) {
      if (err instanceof UnauthenticatedError) throw err;
      const why = err instanceof joseErrors.JWTExpired ? 'token expired' : 'token is not valid';
      throw new UnauthenticatedError(why);
    }
  };
}

export interface MintOptions {
  secret: string;
  issuer: string;
  audience: string;
  ttl?: string;
}

/** An HS256 token for a role and a region (the demo tokens and the mint CLI). */
export function mintToken(
  viewer: Omit<Viewer, 'role'> & { role: Role },
  o: MintOptions,
): Promise<string> {
  const claims: Record<string, string> = { role: viewer.role, region: viewer.regionPrefix };
  if (viewer.departmentCode) claims.dept = viewer.departmentCode;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.sub)
    .setIssuer(o.issuer)
    .setAudience(o.audience)
    .setIssuedAt()
    .setExpirationTime(o.ttl ?? '8h')
    .sign(new TextEncoder().encode(o.secret));
}
