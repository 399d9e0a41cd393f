import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { SUBGRAPHS } from '../../services/registry';
import { PERSONAL_FIELDS, type PersonalKind } from '../../shared/personal-data';
import { declaredPolicy } from '../../shared/auth/policy';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';

/**
 * The supergraph walk (issue 22): queries generated from the composed supergraph, so that every
 * Query field and every list field is asked, and what the subgraphs' classes declare about each
 * type (its place, whether it is a public record or a person's record, its personal fields), to
 * judge every object that comes back. Nothing here is a list of fields kept by hand.
 */
export function apiSchema(): GraphQLSchema {
  return Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
}

export interface TypeFacts {
  /** The fields holding the object's place, most precise first (@Place): the first one set counts. */
  places: string[];
  publicRecord: boolean;
  inheritedSetting: boolean;
  personRecord: boolean;
  /** Fields marked @PersonalData, with their kind. */
  personal: Map<string, PersonalKind>;
}

/** What every subgraph's classes declare, merged by GraphQL type name (a stub and its owner alike). */
export function typeFacts(): Map<string, TypeFacts> {
  void SUBGRAPHS; // loading the registry loads every subgraph's types
  const storage = getMetadataStorage();
  const facts = new Map<string, TypeFacts>();
  const nameOf = new Map<Function, string>();
  for (const t of storage.objectTypes) {
    nameOf.set(t.target, t.name);
    const d = declaredPolicy(t.target);
    const f: TypeFacts = facts.get(t.name) ?? {
      places: [],
      publicRecord: false,
      inheritedSetting: false,
      personRecord: false,
      personal: new Map(),
    };
    for (const p of d.places) if (!f.places.includes(p)) f.places.push(p);
    f.publicRecord ||= d.publicRecord;
    f.inheritedSetting ||= d.inheritedSetting;
    f.personRecord ||= d.personRecord;
    facts.set(t.name, f);
  }
  // @PersonalData on an entity's property is keyed by the entity; on a field resolver by the resolver class.
  const ownerOf = new Map<Function, Function>();
  for (const r of storage.fieldResolvers)
    if (r.getObjectType) ownerOf.set(r.target, r.getObjectType() as Function);
  for (const [cls, fields] of PERSONAL_FIELDS) {
    const name = nameOf.get(cls) ?? nameOf.get(ownerOf.get(cls) as Function);
    if (!name) continue;
    for (const [field, kind] of fields) facts.get(name)!.personal.set(field, kind);
  }
  return facts;
}

/** A page object (`items` plus counts) is a wrapper: walking through it costs no depth. */
export function isPage(type: GraphQLObjectType): boolean {
  const items = type.getFields().items;
  return Boolean(items && isListType(getNullableType(items.type)));
}

const isObjectField = (f: GraphQLField<unknown, unknown>) => isObjectType(getNamedType(f.type));

/** `Type.field` of every field returning objects (lists and single objects) reachable from Query. */
export function objectFieldsReachable(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const fields = new Set<string>();
  const visit = (t: GraphQLObjectType) => {
    if (seen.has(t.name)) return;
    seen.add(t.name);
    for (const f of Object.values(t.getFields())) {
      if (!isObjectField(f)) continue;
      if (t !== schema.getQueryType() && !isPage(t)) fields.add(`${t.name}.${f.name}`);
      visit(getNamedType(f.type) as GraphQLObjectType);
    }
  };
  visit(schema.getQueryType()!);
  return fields;
}

export interface RootQuery {
  field: string;
  /** One alias per set of arguments (`r0`, `r1`, ...). */
  document: string;
}

export interface WalkPlan {
  roots: RootQuery[];
  /** `Type.field` of every object field some generated query asks. */
  asked: Set<string>;
  /** Fields left out because one of their required arguments has no value: the coverage test lists them. */
  unaskable: Set<string>;
}

/**
 * Arguments of a root field, one string per alias (`under: "220600", limit: 20`); [] when the walk
 * knows no value for one of its required arguments.
 */
export type RootArguments = (field: GraphQLField<unknown, unknown>) => string[];

/** A selection being built: the leaves of `type` are always asked, object fields are children. */
interface Selection {
  type: GraphQLObjectType;
  children: Map<string, Selection>;
}

/** The rows a field returns: through a page to its items. */
const rowsOf = (f: GraphQLField<unknown, unknown>): GraphQLObjectType => {
  const named = getNamedType(f.type) as GraphQLObjectType;
  return isPage(named) ? (getNamedType(named.getFields().items.type) as GraphQLObjectType) : named;
};

/**
 * Queries for every Query field: its rows with their leaves and every object field one level down;
 * then every object field that level does not reach, asked once along the shortest path to its type.
 * Every document stays small enough for the walk to be quick, and no field is left out.
 */
export function planWalk(
  schema: GraphQLSchema,
  rootArguments: RootArguments,
  opts: {
    nestedLimit: number;
    /** Only these row types one level down, and no further paths (a crawl that only gathers keys). */
    only?: (type: GraphQLObjectType) => boolean;
  },
): WalkPlan {
  const asked = new Set<string>();
  const unaskable = new Set<string>();
  const askable = (t: GraphQLObjectType, f: GraphQLField<unknown, unknown>) => {
    const missing = f.args.filter(
      (a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== 'limit',
    );
    if (missing.length) unaskable.add(`${t.name}.${f.name}`);
    return !missing.length;
  };
  const objectFields = (t: GraphQLObjectType) =>
    Object.values(t.getFields()).filter((f) => isObjectField(f) && askable(t, f));
  const node = (type: GraphQLObjectType): Selection => ({ type, children: new Map() });

  const trees = new Map<string, Selection>();
  const sets = new Map<string, string[]>();
  for (const f of Object.values(schema.getQueryType()!.getFields())) {
    const args = rootArguments(f);
    if (!args.length) {
      unaskable.add(`Query.${f.name}`);
      continue;
    }
    sets.set(f.name, args);
    if (!isObjectField(f)) continue;
    const root = node(rowsOf(f));
    for (const c of objectFields(root.type)) {
      if (opts.only && !opts.only(rowsOf(c))) continue;
      root.children.set(c.name, node(rowsOf(c)));
      asked.add(`${root.type.name}.${c.name}`);
    }
    trees.set(f.name, root);
  }

  // The shortest path from a root to every type, then the fields one level down did not reach.
  const pathTo = new Map<string, { root: string; fields: string[] }>();
  const queue: GraphQLObjectType[] = [];
  for (const [field, tree] of trees)
    if (!pathTo.has(tree.type.name)) {
      pathTo.set(tree.type.name, { root: field, fields: [] });
      queue.push(tree.type);
    }
  while (queue.length) {
    const t = queue.shift()!;
    for (const f of objectFields(t)) {
      const next = rowsOf(f);
      if (pathTo.has(next.name)) continue;
      const p = pathTo.get(t.name)!;
      pathTo.set(next.name, { root: p.root, fields: [...p.fields, f.name] });
      queue.push(next);
    }
  }
  for (const [typeName, p] of opts.only ? [] : pathTo) {
    const t = schema.getType(typeName) as GraphQLObjectType;
    for (const f of objectFields(t)) {
      if (asked.has(`${t.name}.${f.name}`)) continue;
      let at = trees.get(p.root)!;
      for (const name of [...p.fields, f.name]) {
        const field = at.type.getFields()[name];
        if (!at.children.has(name)) at.children.set(name, node(rowsOf(field)));
        at = at.children.get(name)!;
      }
      asked.add(`${t.name}.${f.name}`);
    }
  }

  const print = (sel: Selection): string => {
    const parts = ['__typename'];
    for (const f of Object.values(sel.type.getFields())) {
      if (isLeafType(getNamedType(f.type))) {
        if (!f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined))
          parts.push(f.name);
        continue;
      }
      const child = sel.children.get(f.name);
      if (!child) continue;
      const args = f.args.some((a) => a.name === 'limit') ? `(limit: ${opts.nestedLimit})` : '';
      parts.push(`${f.name}${args} { ${wrap(getNamedType(f.type) as GraphQLObjectType, child)} }`);
    }
    return parts.join(' ');
  };
  const wrap = (type: GraphQLObjectType, sel: Selection) => {
    if (!isPage(type)) return print(sel);
    const leaves = Object.values(type.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)))
      .map((f) => f.name);
    return `__typename ${leaves.join(' ')} items { ${print(sel)} }`;
  };

  const roots: RootQuery[] = [];
  for (const [field, args] of sets) {
    const f = schema.getQueryType()!.getFields()[field];
    const tree = trees.get(field);
    const body = tree ? ` { ${wrap(getNamedType(f.type) as GraphQLObjectType, tree)} }` : '';
    const aliases = args.map((a, i) => `r${i}: ${field}${a ? `(${a})` : ''}${body}`);
    roots.push({ field, document: `{ ${aliases.join(' ')} }` });
  }
  return { roots, asked, unaskable };
}

/** Every object of a response with its `__typename`, at any depth. */
export function objectsOf(value: unknown, out: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(value)) value.forEach((v) => objectsOf(v, out));
  else if (value && typeof value === 'object') {
    if ('__typename' in value) out.push(value as Record<string, any>);
    Object.values(value).forEach((v) => objectsOf(v, out));
  }
  return out;
}

/** The place of a returned object: its first @Place field that is set. */
export function placeOf(
  obj: Record<string, any>,
  facts: TypeFacts | undefined,
): string | undefined {
  for (const p of facts?.places ?? []) {
    const v = obj[p];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}
