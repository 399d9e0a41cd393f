import { SignJWT, jwtVerify } from 'jose';
import type { Viewer } from '../viewer';
import { ROLES } from '../viewer';
import { UnauthenticatedError } from '../errors';

/**
 * The gateway vouches for the caller it verified: a short-lived HS256 token, signed with a secret
 * only the gateway and the subgraphs hold, in one header. A request that reaches a subgraph
 * without it did not come through the gateway and is refused.
 */
export const PROOF_HEADER = 'x-gateway-proof';
const ISSUER = 'grids-gateway';
const AUDIENCE = 'grids-subgraphs';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export function signProof(secret: string, viewer: Viewer, ttlSeconds = 60): Promise<string> {
  const claims: Record<string, string> = { role: viewer.role, region: viewer.regionPrefix };
  if (viewer.departmentCode) claims.dept = viewer.departmentCode;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyOf(secret));
}

export async function verifyProof(secret: string, token: string | undefined): Promise<Viewer> {
  if (!token)
    throw new UnauthenticatedError(
      'this subgraph only answers requests that come through the gateway',
    );
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    const role = payload.role as Viewer['role'];
    if (
      !ROLES.includes(role) ||
      typeof payload.region !== 'string' ||
      typeof payload.sub !== 'string'
    )
      throw new Error('claims');
    return {
      sub: payload.sub,
      role,
      regionPrefix: payload.region,
      ...(typeof payload.dept === 'string' ? { departmentCode: payload.dept } : {}),
    };
  } catch {
    throw new UnauthenticatedError('the gateway proof on this request is not valid');
  }
}
