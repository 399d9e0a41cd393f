import { randomBytes } from 'node:crypto';
import { ROLES, type Role, type Viewer } from '../../shared/viewer';
import { mintToken } from '../../shared/auth/tokens';
import { signProof } from '../../shared/auth/gateway-proof';
import { setGatewaySecret } from '../../shared/auth/subgraph-auth';

/** Per test process: fresh secrets, never the same twice, never a constant in the repo. */
export const TEST_JWT = {
  secret: randomBytes(32).toString('hex'),
  issuer: 'grids-test',
  audience: 'grids-graph',
};
export const TEST_GATEWAY_SECRET = randomBytes(32).toString('hex');
setGatewaySecret(TEST_GATEWAY_SECRET);

export const SERVICE_VIEWER: Viewer = { sub: 'test-service', role: 'SERVICE', regionPrefix: '' };

export function tokenFor(
  role: Role,
  regionPrefix: string,
  departmentCode?: string,
  sub = `test-${role.toLowerCase()}`,
): Promise<string> {
  return mintToken({ sub, role, regionPrefix, departmentCode }, TEST_JWT);
}

export async function bearer(
  role: Role,
  regionPrefix: string,
  departmentCode?: string,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(role, regionPrefix, departmentCode)}` };
}

/** The roles a person signs in with, in shared/viewer.ts's order (SERVICE is the gateway's own). */
export type CallerRole = Exclude<Role, 'SERVICE'>;
export const CALLER_ROLES = ROLES.filter((r): r is CallerRole => r !== 'SERVICE');

/** A bearer header for `role` in `region`; a DEPARTMENT caller speaks for `department`. */
export const callerBearer = (role: Role, region: string, department = 'CG') =>
  bearer(role, region, role === 'DEPARTMENT' ? department : undefined);

/** Each caller's region on one grid's line: the grid, its community and street, and `district` for the rest. */
export const regionsOnLine = (
  grid: { code: string; regionCode: string },
  district: string,
): Record<CallerRole, string> => ({
  CITY_ADMIN: district,
  STREET_STAFF: grid.code.slice(0, 9),
  COMMUNITY_STAFF: grid.regionCode,
  GRID_WORKER: grid.code,
  DEPARTMENT: district,
  ANALYST: district,
});

/** The header a subgraph needs to believe the gateway sent the request. */
export async function proofHeader(
  viewer: Viewer = SERVICE_VIEWER,
): Promise<Record<string, string>> {
  return { 'x-gateway-proof': await signProof(TEST_GATEWAY_SECRET, viewer) };
}

/**
 * The answers to the two requests a subgraph must refuse with 401: one without the gateway proof,
 * one with a proof signed by another secret. The caller checks them.
 */
export async function unprovenRequests(url: string) {
  const forged = await signProof('another-secret-that-is-32-chars-long!', {
    sub: 'x',
    role: 'SERVICE',
    regionPrefix: '',
  });
  const answers = [];
  const proofs: Record<string, string>[] = [{}, { 'x-gateway-proof': forged }];
  for (const proof of proofs) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...proof },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    answers.push({ status: res.status, body: (await res.json()) as any });
  }
  return answers;
}
