import { readFileSync } from 'node:fs';
import {
  SignJWT, createLocalJWKSet, importSPKI, jwtVerify, errors as joseErrors,
  type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, type CryptoKey,
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
}

const USER_ROLES = ROLES.filter((r) => r !== 'SERVICE');

/** The claims a token carries, checked as strictly as the signature: a bad claim is a bad token. */
export function viewerFromClaims(p: JWTPayload): Viewer {
  const role = p.role as Role;
  const region = p.region;
  if (typeof p.sub !== 'string' || !p.sub) throw new UnauthenticatedError('token has no subject');
  if (!USER_ROLES.includes(role as (typeof USER_ROLES)[number])) throw new UnauthenticatedError(`token role must be one of ${USER_ROLES.join(', ')}`);
  if (typeof region !== 'string' || !/^\d{0,15}$/.test(region)) throw new UnauthenticatedError('token region must be a division-code prefix');
  if (region === '' && role !== 'CITY_ADMIN' && role !== 'ANALYST') throw new UnauthenticatedError(`a ${role} token needs a region`);
  if (role === 'DEPARTMENT' && (typeof p.dept !== 'string' || !p.dept)) throw new UnauthenticatedError('a DEPARTMENT token needs dept');
  return { sub: p.sub, role, regionPrefix: region, ...(role === 'DEPARTMENT' ? { departmentCode: p.dept as string } : {}) };
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

export async function createTokenVerifier(cfg: JwtConfig): Promise<TokenVerifier> {
  let key: Uint8Array | CryptoKey | JWTVerifyGetKey;
  if (cfg.jwksFile) key = createLocalJWKSet(JSON.parse(readFileSync(cfg.jwksFile, 'utf8')) as JSONWebKeySet);
  else if (cfg.publicKeyFile) key = await importSPKI(readFileSync(cfg.publicKeyFile, 'utf8'), cfg.algorithm);
  else if (cfg.secret) key = new TextEncoder().encode(cfg.secret);
  else throw new Error('no JWT key configured: set JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE');
  const algorithms = cfg.jwksFile || cfg.publicKeyFile ? [cfg.algorithm] : ['HS256'];
  // A token verified once is trusted until it expires: clients send the same token on every request.
  const verified = new Map<string, { viewer: Viewer; exp: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.exp > Date.now() / 1000) return hit.viewer;
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, { issuer: cfg.issuer, audience: cfg.audience, algorithms });
      const viewer = viewerFromClaims(payload);
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value!);
      verified.set(token, { viewer, exp: payload.exp ?? Date.now() / 1000 + 60 });
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
export function mintToken(viewer: Omit<Viewer, 'role'> & { role: Role }, o: MintOptions): Promise<string> {
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
