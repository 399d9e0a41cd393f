import { createTokenVerifier, mintToken } from '../../shared/auth/tokens';
import { signProof } from '../../shared/auth/gateway-proof';
import type { Viewer } from '../../shared/viewer';

export interface AuthCost {
  /** Microseconds per caller-token verification (jose HS256, issuer and audience checked). */
  verifyUs: number;
  /** Microseconds per proof signature (jose HS256). */
  signUs: number;
}

/**
 * What our gateway does per request that Hive Gateway (configured with a fixed proof) does not:
 * verify the caller's JWT and sign a proof for the subgraphs. Measured in this process with the
 * gateway's own functions, while nothing else of the benchmark runs.
 */
export async function measureAuthCost(viewer: Viewer, iterations: number): Promise<AuthCost> {
  const secret = 'x'.repeat(64);
  const verify = await createTokenVerifier({
    secret,
    algorithm: 'HS256',
    issuer: 'grids',
    audience: 'grids-graph',
  });
  const token = await mintToken(viewer, { secret, issuer: 'grids', audience: 'grids-graph' });
  const time = async (fn: () => Promise<unknown>) => {
    for (let i = 0; i < Math.min(500, iterations); i += 1) await fn();
    const t = process.hrtime.bigint();
    for (let i = 0; i < iterations; i += 1) await fn();
    return Number(process.hrtime.bigint() - t) / 1e3 / iterations;
  };
  return {
    verifyUs: await time(() => verify(token)),
    signUs: await time(() => signProof(secret, viewer)),
  };
}
