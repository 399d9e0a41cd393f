import {
  getNamedType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { generateCity } from '../../services/demo-city';
import { regionPrefix } from '../../shared/codes';
import { getMetadataStorage } from 'type-graphql';
import { declaredPolicy, seesInClear } from '../../shared/auth/policy';
import { NARROW_SCOPES } from '../../shared/auth/role-scope';
import type { Role, Viewer } from '../../shared/viewer';
import { DEFAULT_LIMITS } from '../../gateway/limits';
import { startStack, type Stack } from '../helpers/stack';
import { bearer, regionsOnLine, callerBearer } from '../helpers/auth';
import { driveCase } from '../helpers/case-driver';
import {
  apiSchema,
  isPage,
  objectFieldsReachable,
  objectsOf,
  placeOf,
  planWalk,
  typeFacts,
  type RootArguments,
} from '../helpers/graph-walk';

/**
 * Issue 22: every Query field and every object field of the composed supergraph, asked by every
 * role through the real gateway over the demo city, with queries generated from the supergraph
 * (a new field is walked without anyone listing it). Every object that comes back must lie inside
 * the caller's jurisdiction, be of a type the caller's scope opens, and show its personal data
 * masked where the caller may not read it in clear.
 */
const city = generateCity('demo', 20210104);
const schema = apiSchema();
const facts = typeFacts();

// The callers stand in the district with the highest code, so a list that forgets the cut shows the other district first.
const districts = city.geography.regions
  .filter((r) => r.code.length === 6 && !r.code.endsWith('00'))
  .map((r) => r.code)
  .sort();
const D1 = districts[districts.length - 1];
const D2 = districts[0];
const grid = city.geography.grids.find(
  (g) =>
    g.level === 'BASIC' &&
    g.code.startsWith(D1) &&
    city.grid.cases.some((c) => c.gridCode === g.code) &&
    city.property.evaluations.some((e) => e.gridCode === g.code),
)!;
const QUARTER = city.property.evaluations.find((e) => e.gridCode === grid.code)!.quarter;
const PERIOD = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
const ZONES = [grid.code, grid.regionCode, grid.code.slice(0, 9), D1, D2];
const zoneOf = (code: string | undefined) => {
  const z = code ? ZONES.findIndex((p) => code.startsWith(regionPrefix(p))) : -1;
  return z === -1 ? ZONES.length : z;
};

type Caller = Exclude<Role, 'SERVICE'>;
const REGION = regionsOnLine(grid, D1);
const ROLES = Object.keys(REGION) as Caller[];
const DEPT = city.grid.departments.find((d) => d.code === 'CG')!;
const as = (role: Caller) => callerBearer(role, REGION[role], DEPT.code);

// What a department's system may see of the demo city: the cases dispatched to it and their grids.
const deptCases = new Set(
  city.grid.cases.filter((c) => c.departmentId === DEPT.id).map((c) => String(c.id)),
);
const deptGrids = new Set(
  city.grid.cases.filter((c) => c.departmentId === DEPT.id).map((c) => c.gridCode),
);

/** Objects seen by the whole-city crawl, by type: where the walk finds ids and codes to ask for. */
interface Sample {
  id?: string;
  code?: string;
  place?: string;
  latitude?: number;
  longitude?: number;
}
const samples = new Map<string, Sample[]>();

const rowType = (f: { type: GraphQLOutputType }) => {
  const named = getNamedType(f.type);
  return isObjectType(named) && isPage(named)
    ? (getNamedType(named.getFields().items.type) as GraphQLObjectType).name
    : named.name;
};

/** Up to one sample per zone (the grid, its community, street, district, the other district); three where rows have no place. */
function pick(type: string, has: (s: Sample) => boolean): Sample[] {
  const all = (samples.get(type) ?? []).filter(has);
  if (!all.some((s) => s.place)) return all.slice(0, 3);
  const byZone = new Map<number, Sample>();
  for (const s of all) if (!byZone.has(zoneOf(s.place))) byZone.set(zoneOf(s.place), s);
  return [...byZone.values()];
}

const q = (v: unknown) => JSON.stringify(v);

/** A point inside a sampled boundary (the mean of a polygon's outer ring), for roots that take coordinates. */
function centre(geometry: any): [number, number] | undefined {
  const ring: [number, number][] | undefined =
    geometry?.type === 'Polygon'
      ? geometry.coordinates[0]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates[0][0]
        : undefined;
  if (!ring?.length) return undefined;
  const mean = (i: 0 | 1) => ring.reduce((a, p) => a + p[i], 0) / ring.length;
  return [mean(0), mean(1)];
}

/** Values for root arguments: fixed ones, and ids or codes of sampled rows (one alias each). */
function rootArguments(crawl: boolean): RootArguments {
  return (f) => {
    const fixed: string[] = [];
    let variants: string[] = [''];
    for (const a of f.args) {
      const needed = isNonNullType(a.type) && a.defaultValue === undefined;
      if (a.name === 'under') variants = (crawl ? ZONES : ['220600']).map((u) => `under: ${q(u)}`);
      else if (a.name === 'limit') fixed.push('limit: 10');
      // A root without `under` that takes a department (its webhooks) is asked for the walk's department.
      else if (a.name === 'departmentCode' && !f.args.some((b) => b.name === 'under'))
        fixed.push(`departmentCode: ${q(DEPT.code)}`);
      else if (!needed) continue;
      else if (a.name === 'quarter') fixed.push(`quarter: ${q(QUARTER)}`);
      else if (a.name === 'from' || a.name === 'to')
        fixed.push(`${a.name}: ${q(PERIOD[a.name as 'from' | 'to'])}`);
      else if (a.name === 'latitude') {
        if (crawl) return [];
        const at = Object.values(Object.fromEntries(samples))
          .flat()
          .filter((s) => s.latitude != null && s.longitude != null);
        variants = at
          .filter((s, i) => at.findIndex((t) => zoneOf(t.place) === zoneOf(s.place)) === i)
          .map((s) => `latitude: ${s.latitude}, longitude: ${s.longitude}`);
      } else if (a.name === 'longitude') continue;
      else if (crawl) return [];
      else if (a.name === 'id' || a.name === 'code') {
        const key = a.name;
        variants = pick(rowType(f), (s) => s[key] != null).map((s) => `${key}: ${q(s[key])}`);
      } else if (a.name === 'codes')
        variants = [`codes: ${q(pick(rowType(f), (s) => !!s.code).map((s) => s.code))}`];
      else if (a.name === 'regionCode')
        variants = pick('Region', (s) => !!s.code).map((s) => `regionCode: ${q(s.code)}`);
      else if (a.name.endsWith('Id')) {
        const owner = [...samples.keys()].find((t) =>
          t.toLowerCase().endsWith(a.name.slice(0, -2).toLowerCase()),
        );
        variants = owner ? pick(owner, (s) => !!s.id).map((s) => `${a.name}: ${q(s.id)}`) : [];
      } else return [];
    }
    if (!variants.length) return [];
    return variants.map((v) => [v, ...fixed].filter(Boolean).join(', '));
  };
}

const WALK = { nestedLimit: 5 };
let stack: Stack;
let plan: ReturnType<typeof planWalk>;
beforeAll(async () => {
  stack = await startStack(city, {
    // The walk asks wide documents on purpose: the gateway's limits are another test's subject.
    limits: {
      ...DEFAULT_LIMITS,
      depth: 50,
      aliases: 100,
      tokens: 1_000_000,
      cost: 1e12,
      bodyBytes: 1 << 24,
    },
    gateway: { costLimits: { listCost: 1e15, listSize: 20, responseBytes: 1 << 30 } },
  });
  const admin = await bearer('CITY_ADMIN', '');
  // The demo city has no webhooks: the walk registers one in each district so their lists have rows.
  for (const under of [D1, D2]) {
    const r = await stack.query(
      'mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { id } }',
      {
        i: {
          url: 'http://127.0.0.1:9/hook',
          secret: 'w'.repeat(32),
          departmentCode: DEPT.code,
          under,
        },
      },
      admin,
    );
    expect(r.errors).toBeUndefined();
    // A case dispatched to the department there, so each endpoint's delivery log has a row.
    const on = city.geography.grids.find((g) => g.level === 'BASIC' && g.code.startsWith(under))!;
    const c = await driveCase((text, v) => stack.query(text, v, admin), on.code, [
      'accept',
      'escalate',
      'dispatch',
    ]);
    deptCases.add(c.id);
    deptGrids.add(on.code);
  }
  // The crawl gathers keys: list rows, and one level down only the rows some root asks for by key.
  const byKey = new Set(
    Object.values(schema.getQueryType()!.getFields())
      .filter((f) =>
        f.args.some((a) => isNonNullType(a.type) && !['under', 'limit'].includes(a.name)),
      )
      .map(rowType),
  );
  const crawl = planWalk(schema, rootArguments(true), {
    nestedLimit: 10,
    only: (t) => byKey.has(t.name),
  });
  for (const root of crawl.roots) {
    const r = await stack.query(root.document, {}, admin);
    for (const o of objectsOf(r.data)) {
      const at = o.latitude != null ? [o.longitude, o.latitude] : centre(o.boundary);
      const s: Sample = {
        id: o.id,
        code: o.code,
        place: placeOf(o, facts.get(o.__typename)),
        longitude: at?.[0],
        latitude: at?.[1],
      };
      if (!samples.has(o.__typename)) samples.set(o.__typename, []);
      samples.get(o.__typename)!.push(s);
    }
  }
  plan = planWalk(schema, rootArguments(false), WALK);
}, 600_000);
afterAll(() => stack?.close());

describe('the supergraph walk', () => {
  test('asks every Query field and every object field reachable from Query; none is left out for want of an argument', () => {
    expect([...plan.unaskable].sort()).toEqual([]);
    const queryFields = Object.keys(schema.getQueryType()!.getFields());
    expect(plan.roots.map((r) => r.field).sort()).toEqual([...queryFields].sort());
    const missing = [...objectFieldsReachable(schema)].filter((f) => !plan.asked.has(f));
    expect(missing).toEqual([]);
  });

  test('the narrow scopes name types of the supergraph, and every class with a rule carries its GraphQL name', () => {
    const names = new Set(Object.keys(schema.getTypeMap()));
    expect(
      Object.values(NARROW_SCOPES)
        .flat()
        .filter((n) => !names.has(n)),
    ).toEqual([]);
    // The policy checks a row's class name against the scopes: a class renamed in GraphQL would escape them.
    const renamed = getMetadataStorage()
      .objectTypes.filter((t) => {
        const d = declaredPolicy(t.target);
        return d.places.length || d.personRecord || d.publicRecord;
      })
      .filter((t) => t.name !== t.target.name)
      .map((t) => `${t.target.name} as ${t.name}`);
    expect(renamed).toEqual([]);
  });

  test('knows the place of every type that has a place field: a type with one declares @Place', () => {
    const PLACE_NAMED =
      /^(gridCode|regionCode|basicGridCode|communityCode|districtCode|streetCode)$/;
    // `code` is a place where it is a division or grid code (区划代码, 网格编码), not a department's.
    const isPlace = (f: { name: string; description?: string | null }) =>
      PLACE_NAMED.test(f.name) ||
      (f.name === 'code' && /(^|\s)(区划代码|网格编码)/.test(f.description ?? ''));
    const undeclared = Object.values(schema.getTypeMap())
      .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('_'))
      .filter((t) => Object.values(t.getFields()).some(isPlace))
      .filter((t) => !facts.get(t.name)?.places.length)
      .map((t) => t.name);
    expect(undeclared).toEqual([]);
  });

  test.each(ROLES)(
    '%s gets no object outside its jurisdiction or its scope, and no personal data in clear it may not read',
    async (role) => {
      const headers = await as(role);
      const viewer: Viewer = { sub: 'walk', role, regionPrefix: REGION[role] };
      const own = regionPrefix(REGION[role]);
      const open = NARROW_SCOPES[role];
      const found: string[] = [];
      let seen = 0;
      let personal = 0;
      for (const root of plan.roots) {
        const r = await stack.query(root.document, {}, headers);
        // A refusal is FORBIDDEN, or NOT_FOUND where not even the row's existence may be told.
        const other = (r.errors ?? []).filter(
          (e: any) => !['FORBIDDEN', 'NOT_FOUND'].includes(e.extensions?.code),
        );
        if (other.length) found.push(`${root.field}: ${JSON.stringify(other).slice(0, 300)}`);
        for (const v of Object.values(r.data ?? {}))
          if (typeof v === 'string' && /^\d{6,15}$/.test(v) && !v.startsWith(own))
            found.push(`${root.field}: the code ${v}`);
        for (const o of objectsOf(r.data)) {
          const t = o.__typename as string;
          // A page cut in SQL is full: rows the policy had to drop after loading were counted, and the count leaks.
          if (Array.isArray(o.items) && typeof o.totalCount === 'number') {
            const expected = Math.max(0, Math.min(o.limit ?? 10, o.totalCount - (o.offset ?? 0)));
            if (o.items.length !== expected)
              found.push(
                `${root.field}: ${t} shows ${o.items.length} of ${expected} rows it counts`,
              );
          }
          const f = facts.get(t);
          const place = placeOf(o, f);
          if (f && (f.places.length || f.personRecord || f.publicRecord)) seen += 1;
          const inside =
            !place ||
            place.startsWith(own) ||
            (f!.inheritedSetting && own.startsWith(regionPrefix(place)));
          if (!inside && !f!.publicRecord) found.push(`${root.field}: ${t} at ${place}`);
          if (
            open &&
            f &&
            (f.places.length || f.personRecord || f.publicRecord) &&
            !open.includes(t)
          )
            found.push(`${root.field}: ${t} (not in the ${role} scope)`);
          if (role === 'DEPARTMENT' && t === 'Case' && !deptCases.has(o.id))
            found.push(`${root.field}: Case ${o.id} not dispatched to ${DEPT.code}`);
          if (role === 'DEPARTMENT' && t === 'Grid' && !deptGrids.has(o.code))
            found.push(`${root.field}: Grid ${o.code} without a case of ${DEPT.code}`);
          if (role === 'DEPARTMENT' && 'departmentCode' in o && o.departmentCode !== DEPT.code)
            found.push(`${root.field}: ${t} of department ${o.departmentCode}`);
          const inJurisdiction = !place || place.startsWith(own);
          for (const [field, kind] of f?.personal ?? []) {
            const values = ([] as unknown[]).concat(o[field] ?? []).filter(Boolean) as string[];
            const clear = seesInClear(viewer, kind) && inJurisdiction;
            personal += values.length;
            if (!clear && values.some((x) => !x.includes('*')))
              found.push(`${root.field}: ${t}.${field} in clear`);
          }
        }
      }
      expect([...new Set(found)]).toEqual([]);
      // The walk is not vacuous: the caller's own rows come back, and (but for an analyst) personal data to judge.
      expect(seen).toBeGreaterThan(0);
      if (role !== 'ANALYST') expect(personal).toBeGreaterThan(0);
    },
    600_000,
  );
});
