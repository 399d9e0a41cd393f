import type { IncomingHttpHeaders } from 'node:http';
import type { Viewer } from '../viewer';
import { PROOF_HEADER, signProof, verifyProof } from './gateway-proof';

/**
 * The secret every subgraph in this process checks the gateway's proof with. It is set once at
 * start-up (from GATEWAY_SECRET); until it is, every request is refused: the check fails closed.
 */
let gatewaySecret: string | undefined;

export function setGatewaySecret(secret: string): void {
  gatewaySecret = secret;
}

export async function viewerFromHeaders(headers: IncomingHttpHeaders): Promise<Viewer> {
  const proof = headers[PROOF_HEADER];
  if (!gatewaySecret) throw new Error('GATEWAY_SECRET is not configured for this subgraph');
  return verifyProof(gatewaySecret, typeof proof === 'string' ? proof : undefined);
}

/**
 * A proof for a subgraph's own SERVICE identity, signed with the same secret, for the questions it
 * asks a peer subgraph inside a write (shared/peer.ts). Fails closed like the check above.
 */
export function signServiceProof(subgraph: string): Promise<string> {
  if (!gatewaySecret) throw new Error('GATEWAY_SECRET is not configured for this subgraph');
  const viewer: Viewer = { sub: `subgraph:${subgraph}`, role: 'SERVICE', regionPrefix: '' };
  return signProof(gatewaySecret, viewer, 30);
}
