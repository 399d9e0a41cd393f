import {
  Kind,
  print,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { SubgraphModule } from '../shared/service';

/** One subgraph as the rule sees it: its SDL, and the entity types it stores (owns). */
export interface RuleInput {
  name: string;
  typeDefs: DocumentNode;
  /** GraphQL type names of the entities this subgraph keeps in its own tables; unknown for an SDL-only candidate. */
  owns?: Set<string>;
}

/** The GraphQL names of a module's TypeORM entities: a subgraph owns the types it stores. */
export function ownedTypes(mod: SubgraphModule): Set<string> {
  const tables = new Set<unknown>(mod.entities as unknown[]);
  return new Set(
    getMetadataStorage()
      .objectTypes.filter((t) => tables.has(t.target))
      .map((t) => t.name),
  );
}

type TypeNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

function keyFields(t: TypeNode): Set<string> {
  const keys = (t.directives ?? []).filter((d) => d.name.value === 'key');
  const names = keys.flatMap((d) => {
    const arg = d.arguments?.find((a) => a.name.value === 'fields');
    return arg?.value.kind === Kind.STRING ? arg.value.value.split(/[\s{}]+/).filter(Boolean) : [];
  });
  return new Set(names);
}

const isExternal = (f: FieldDefinitionNode) =>
  (f.directives ?? []).some((d) => d.name.value === 'external');

/**
 * The composition rule for partial answers: a field that a subgraph adds to an entity another
 * subgraph owns must be nullable (its list items may stay non-null). Otherwise, when the adding
 * subgraph is slow or down, GraphQL's null propagation wipes out the whole entity (`grid: null`)
 * instead of only that subgraph's field. Returns one readable message per violation.
 */
export function partialAnswerViolations(subgraphs: RuleInput[]): string[] {
  const owner = new Map<string, string>();
  for (const s of subgraphs) for (const t of s.owns ?? []) owner.set(t, s.name);
  const out: string[] = [];
  for (const s of subgraphs) {
    for (const def of s.typeDefs.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION)
        continue;
      const type = def.name.value;
      const by = owner.get(type);
      if (!by || by === s.name) continue;
      const keys = keyFields(def);
      if (keys.size === 0) continue;
      for (const f of def.fields ?? []) {
        if (keys.has(f.name.value) || isExternal(f) || f.type.kind !== Kind.NON_NULL_TYPE) continue;
        const nullable = print(f.type.type);
        out.push(
          `${s.name} adds ${type}.${f.name.value}: ${print(f.type)} to ${type}, which ${by} owns: make it nullable (${nullable}), ` +
            `or when ${s.name} is slow or down the whole ${type} comes back null instead of a partial answer`,
        );
      }
    }
  }
  return out;
}
