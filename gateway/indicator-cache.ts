import {
  Kind,
  getOperationAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { regionPrefix } from '../shared/codes';
import type { Viewer } from '../shared/viewer';
import type { GatewayContext } from './gateway';
import type { Metrics } from '../shared/observability';

/**
 * A short-lived cache of region indicator answers (the dashboard, `region(code) { ...Indicators }`),
 * at the gateway, for callers who ask the same roll-up again and again.
 *
 * - Which operations: queries whose every field is `region(code:)` and, below it, a region's code,
 *   name, level, parent code, children and its `*Indicators` fields (counts only). Anything else
 *   (a list of records, a parent region) is never cached.
 * - Keys: the query text, its operation name and variables, and the caller as the gateway's proof
 *   carries it (subject, role, jurisdiction, department): no caller ever sees another's answer.
 * - Freshness: an entry lives `ttlMs`. A mutation through this gateway drops every entry whose region
 *   lies over or under a place the subgraph says it wrote (the `writtenPlaces` extension of its
 *   answer, from the write rules' places, shared/auth/write-rule.ts); a mutation answer that names
 *   no places, or fails, drops everything. An answer whose fetches started before such a write is
 *   not stored. What this gateway cannot see (another gateway replica's writes, rows changed outside
 *   the graph, the clock moving a case past its deadline) is stale for at most `ttlMs`.
 * - Only answers without errors are stored.
 */
export interface IndicatorCacheOptions {
  /** How long an answer is served from the cache; 0 turns the cache off. */
  ttlMs: number;
  /** Most answers kept; the oldest goes first. */
  maxEntries: number;
}

interface Entry {
  /** The regions' division-code prefixes the answer covers (with everything under them). */
  prefixes: string[];
  until: number;
  body: string;
}

const REGION_FIELDS = new Set(['__typename', 'code', 'name', 'level', 'parentCode']);

/** Where the `code` argument of each root `region` field comes from: a variable or a literal. */
type CodeSource = { variable: string } | { literal: string };

export class IndicatorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly shapes = new WeakMap<DocumentNode, Map<string, CodeSource[] | null>>();
  /** Bumped by every invalidation: an answer whose fetches started in an older epoch is not stored. */
  epoch = 0;

  constructor(readonly options: IndicatorCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** The region codes an operation covers when it is a cacheable indicator query, else null. */
  regionsOf(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): string[] | null {
    let byName = this.shapes.get(document);
    if (!byName) this.shapes.set(document, (byName = new Map()));
    const name = operationName ?? '';
    let shape = byName.get(name);
    if (shape === undefined) {
      shape = analyse(document, operationName);
      byName.set(name, shape);
    }
    if (!shape) return null;
    const codes: string[] = [];
    for (const s of shape) {
      const code = 'literal' in s ? s.literal : variables?.[s.variable];
      if (typeof code !== 'string' || !/^\d+$/.test(code)) return null;
      codes.push(code);
    }
    return codes;
  }

  static key(
    query: string,
    operationName: string | null | undefined,
    variables: unknown,
    viewer: Viewer,
  ) {
    const who = [viewer.sub, viewer.role, viewer.regionPrefix, viewer.departmentCode ?? ''];
    return JSON.stringify([query, operationName ?? null, variables ?? null, who]);
  }

  get(key: string): string | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.body;
  }

  /** Stores an answer, unless a write was seen since its fetches started (`startedEpoch`). */
  set(key: string, codes: string[], body: string, startedEpoch: number): boolean {
    if (startedEpoch !== this.epoch) return false;
    this.entries.delete(key);
    while (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.entries.set(key, {
      prefixes: codes.map(regionPrefix),
      until: Date.now() + this.options.ttlMs,
      body,
    });
    return true;
  }

  /** A write landed at these places (grid or region codes; '' or null is everywhere). */
  invalidate(places: readonly string[] | null): number {
    this.epoch += 1;
    const written = places?.map(regionPrefix) ?? [''];
    let dropped = 0;
    for (const [key, e] of this.entries) {
      const related = e.prefixes.some((r) =>
        written.some((w) => w.startsWith(r) || r.startsWith(w)),
      );
      if (related) {
        this.entries.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }
}

/** The shape of a cacheable indicator query: where each root `region(code:)` takes its code from. */
function analyse(
  document: DocumentNode,
  operationName: string | null | undefined,
): CodeSource[] | null {
  const op = getOperationAST(document, operationName);
  if (!op || op.operation !== 'query') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const codes: CodeSource[] = [];
  // Fields of a selection set, with fragments spread; any directive (@skip, @include) makes it not cacheable.
  const fieldsOf = (set: SelectionSetNode, seen = new Set<string>()): FieldNode[] | null => {
    const out: FieldNode[] = [];
    for (const s of set.selections) {
      if (s.directives?.length) return null;
      if (s.kind === Kind.FIELD) out.push(s);
      else {
        let inner: SelectionSetNode;
        if (s.kind === Kind.INLINE_FRAGMENT) inner = s.selectionSet;
        else {
          const f = fragments.get(s.name.value);
          if (!f || seen.has(f.name.value)) return null;
          seen.add(f.name.value);
          inner = f.selectionSet;
        }
        const nested = fieldsOf(inner, seen);
        if (!nested) return null;
        out.push(...nested);
      }
    }
    return out;
  };
  const regionOk = (set: SelectionSetNode | undefined): boolean => {
    const fields = set && fieldsOf(set);
    if (!fields) return false;
    return fields.every((f) => {
      const name = f.name.value;
      if (REGION_FIELDS.has(name)) return true;
      if (name === 'children') return regionOk(f.selectionSet);
      // Every *Indicators type holds counts, ratios and KeyCount lists only.
      return name.endsWith('Indicators');
    });
  };
  const roots = fieldsOf(op.selectionSet);
  if (!roots?.length) return null;
  for (const f of roots) {
    if (f.name.value === '__typename') continue;
    if (f.name.value !== 'region') return null;
    const arg = f.arguments?.find((a) => a.name.value === 'code')?.value;
    const source = codeSource(arg);
    if (!source || !regionOk(f.selectionSet)) return null;
    codes.push(source);
  }
  return codes.length ? codes : null;
}

function codeSource(v: ValueNode | undefined): CodeSource | null {
  if (v?.kind === Kind.VARIABLE) return { variable: v.name.value };
  if (v?.kind === Kind.STRING) return { literal: v.value };
  return null;
}

/**
 * The cache as an Apollo Server plugin of the gateway: answers a cacheable operation from the cache
 * before any planning or subgraph fetch (after the query limits, which run when the operation is
 * resolved), and stores its answer when it had no errors.
 */
export function indicatorCachePlugin(
  cache: IndicatorCache,
  metrics?: Metrics,
): ApolloServerPlugin<GatewayContext> {
  const count = (outcome: string) => metrics?.indicatorCache.inc({ outcome });
  return {
    async requestDidStart() {
      let key: string | undefined;
      let codes: string[] | null = null;
      let startedEpoch = 0;
      let served = false;
      return {
        async responseForOperation({ document, operationName, request, contextValue, source }) {
          codes = cache.regionsOf(document, operationName, request.variables);
          if (!codes || !contextValue.viewer) return null;
          key = IndicatorCache.key(source, operationName, request.variables, contextValue.viewer);
          const body = cache.get(key);
          if (body === undefined) {
            startedEpoch = cache.epoch;
            count('miss');
            return null;
          }
          served = true;
          count('hit');
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: JSON.parse(body) },
          };
          return response;
        },
        async willSendResponse({ response }) {
          if (served || !key || !codes || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null) return;
          if (cache.set(key, codes, JSON.stringify(result), startedEpoch)) count('store');
        },
      };
    },
  };
}
