import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { SubgraphModule } from '../shared/service';
import { ownedTypes, partialAnswerViolations } from './partial-rule';

export interface ComposeResult {
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

/** The URL written into the supergraph; the gateway overrides it from its environment. */
export const defaultSubgraphUrl = (name: string, port: number) =>
  `http://127.0.0.1:${port}/graphql`;

export async function subgraphSdl(mod: SubgraphModule): Promise<string> {
  return printSubgraphSchema(await mod.createSchema());
}

/** Composes the subgraphs' SDL with @apollo/composition, the same code the router tooling uses, after the partial-answers rule. */
export async function composeSupergraph(
  mods: SubgraphModule[],
  urlOf: (name: string) => string,
): Promise<ComposeResult> {
  const services = await Promise.all(
    mods.map(async (m) => ({
      name: m.name,
      url: urlOf(m.name),
      typeDefs: parse(await subgraphSdl(m)),
    })),
  );
  const refused = partialAnswerViolations(
    services.map((s, i) => ({ ...s, owns: ownedTypes(mods[i]) })),
  );
  if (refused.length) return { errors: refused.map((m) => `PARTIAL_ANSWERS: ${m}`), hints: [] };
  const result = composeServices(services);
  return {
    supergraphSdl: result.errors ? undefined : result.supergraphSdl,
    errors: (result.errors ?? []).map((e) => e.message),
    hints: (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`),
  };
}
