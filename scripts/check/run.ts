import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { SubgraphModule } from '../../shared/service';
import { RELEASED_SUPERGRAPH_FILE, SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { composeCandidate, currentApiSchema, type CompositionOutcome } from './composition';
import { schemaChanges, type SchemaChange } from './breaking';
import { checkEntities, checkProofRefusal, fetchSdl, type CheckLine, type DemoKeys } from './live';

export interface CheckOptions {
  /** A running subgraph's URL or an SDL file. */
  source: string;
  name?: string;
  gatewaySecret?: string;
  demo: DemoKeys;
  modules: SubgraphModule[];
  supergraphFile?: string;
  /** The released supergraph breaking changes are measured against (never written by compose). */
  baselineFile?: string;
}

export interface CheckReport {
  name: string;
  source: string;
  kind: 'url' | 'file';
  composition: CompositionOutcome;
  changes: SchemaChange[] | null;
  entities: CheckLine[] | null;
  proof: CheckLine[] | null;
  ok: boolean;
}

/** A problem with the command itself (no name for a URL, no secret, unreadable file): usage, not a failed check. */
export class CheckUsageError extends Error {}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** Runs (a) composition, (b) breaking changes and, for a URL, (c) _entities and (d) the gateway-proof refusal. */
export async function runCheck(o: CheckOptions): Promise<CheckReport> {
  const kind = isUrl(o.source) ? 'url' : 'file';
  const name = o.name ?? (kind === 'file' ? basename(o.source, extname(o.source)) : undefined);
  if (!name || !/^[a-z][a-z0-9]{1,19}$/.test(name))
    throw new CheckUsageError(
      `a subgraph name is needed: pass --name <name> (lowercase letters and digits)${name ? `, not "${name}"` : ''}`,
    );
  if (kind === 'url' && !o.gatewaySecret)
    throw new CheckUsageError(
      'checking a running subgraph needs GATEWAY_SECRET to sign the gateway proof',
    );
  let sdl: string;
  try {
    sdl =
      kind === 'url' ? await fetchSdl(o.source, o.gatewaySecret!) : readFileSync(o.source, 'utf8');
  } catch (err) {
    throw new CheckUsageError(`cannot read the candidate: ${(err as Error).message}`);
  }
  const supergraphFile = o.supergraphFile ?? SUPERGRAPH_FILE;
  const composition = await composeCandidate(name, sdl, o.modules, supergraphFile);
  const baseline = o.baselineFile ?? RELEASED_SUPERGRAPH_FILE;
  const changes = composition.apiSchema
    ? await schemaChanges(currentApiSchema(baseline), composition.apiSchema)
    : null;
  const entities =
    kind === 'url' ? await checkEntities(o.source, sdl, o.gatewaySecret!, o.demo) : null;
  const proof = kind === 'url' ? await checkProofRefusal(o.source) : null;
  const ok =
    composition.errors.length === 0 &&
    !!changes &&
    !changes.some((c) => c.breaking) &&
    [...(entities ?? []), ...(proof ?? [])].every((l) => l.ok);
  return { name, source: o.source, kind, composition, changes, entities, proof, ok };
}
