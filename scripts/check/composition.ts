import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, type GraphQLSchema } from 'graphql';
import { subgraphSdl } from '../../gateway/compose';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import type { SubgraphModule } from '../../shared/service';
import { ownedTypes, partialAnswerViolations } from '../../gateway/partial-rule';

export interface CompositionOutcome {
  /** The subgraphs the candidate was composed with. */
  with: string[];
  replaces: boolean;
  errors: { code: string; message: string }[];
  hints: string[];
  /** The API schema clients would see with the candidate in; undefined when composition fails. */
  apiSchema?: GraphQLSchema;
}

/** The current supergraph's subgraphs: those joined in the checked-in file, as the registry builds them. */
export function currentSubgraphNames(supergraphFile = SUPERGRAPH_FILE): string[] {
  return [...readFileSync(supergraphFile, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g)].map(
    (m) => m[1],
  );
}

/** The API schema of a supergraph file: by default the released one, what clients query today. */
export function currentApiSchema(supergraphFile = SUPERGRAPH_FILE): GraphQLSchema {
  return Supergraph.build(readFileSync(supergraphFile, 'utf8')).apiSchema().toGraphQLJSSchema();
}

/** Composes the candidate in place of (or beside) the subgraph of the same name, as `npm run compose` would. */
export async function composeCandidate(
  name: string,
  sdl: string,
  modules: SubgraphModule[],
  supergraphFile = SUPERGRAPH_FILE,
): Promise<CompositionOutcome> {
  const joined = currentSubgraphNames(supergraphFile);
  const others = modules.filter((m) => joined.includes(m.name) && m.name !== name);
  let typeDefs;
  try {
    typeDefs = parse(sdl);
  } catch (err) {
    return {
      with: others.map((m) => m.name),
      replaces: joined.includes(name),
      errors: [{ code: 'INVALID_GRAPHQL', message: (err as Error).message }],
      hints: [],
    };
  }
  const services = [
    ...(await Promise.all(
      others.map(async (m) => ({
        name: m.name,
        url: `http://${m.name}/graphql`,
        typeDefs: parse(await subgraphSdl(m)),
      })),
    )),
    { name, url: `http://${name}/graphql`, typeDefs },
  ];
  // The candidate owns no other subgraph's entity; every field it adds to one must be nullable.
  const refused = partialAnswerViolations(
    services.map((s, i) => ({ ...s, owns: i < others.length ? ownedTypes(others[i]) : undefined })),
  );
  if (refused.length) {
    return {
      with: others.map((m) => m.name),
      replaces: joined.includes(name),
      hints: [],
      errors: refused.map((message) => ({ code: 'PARTIAL_ANSWERS', message })),
    };
  }
  const result = composeServices(services);
  const hints = (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`);
  if (result.errors) {
    return {
      with: others.map((m) => m.name),
      replaces: joined.includes(name),
      hints,
      errors: result.errors.map((e) => ({
        code: String(e.extensions?.code ?? 'COMPOSITION_ERROR'),
        message: e.message,
      })),
    };
  }
  return {
    with: others.map((m) => m.name),
    replaces: joined.includes(name),
    errors: [],
    hints,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
  };
}
