import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { SUPERGRAPH_FILE } from '../supergraph-file';

/**
 * Spreadsheets speak Chinese; the schema already does: every description starts with the Chinese
 * term (`网格编码 15 digits ...`). Headers and enum labels are read from the checked-in supergraph,
 * so a workbook's columns and the API's documentation cannot drift apart.
 */
let schema: GraphQLSchema | undefined;

export function supergraphSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), {
    assumeValid: true,
    assumeValidSDL: true,
  });
  return schema;
}

/** The leading Chinese term of a description, or undefined when it starts otherwise. */
export function chineseTerm(description: string | null | undefined): string | undefined {
  const first = description?.trim().split(/\s+/)[0];
  return first && /[\u4e00-\u9fff]/.test(first) ? first : undefined;
}

/** The rest of a description after its Chinese term: what a column means, for a template. */
export function explanation(description: string | null | undefined): string {
  const d = description?.trim() ?? '';
  const term = chineseTerm(d);
  return term ? d.slice(term.length).trim() : d;
}

export interface EnumLabels {
  toValue: Map<string, string>;
  toLabel: Map<string, string>;
}

/** An enum's values by their Chinese labels (居民党员 → RESIDENT) and back; the value names are accepted too. */
export function enumLabels(name: string): EnumLabels {
  const type = supergraphSchema().getType(name);
  if (!(type instanceof GraphQLEnumType))
    throw new Error(`${name} is not an enum of the supergraph`);
  const toValue = new Map<string, string>();
  const toLabel = new Map<string, string>();
  for (const v of type.getValues()) {
    const label = chineseTerm(v.description) ?? v.name;
    toValue.set(label, v.name);
    toValue.set(v.name, v.name);
    toLabel.set(v.name, label);
  }
  return { toValue, toLabel };
}
