import { readFileSync } from 'node:fs';
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { generateCity } from '../../services/demo-city';
import { regionPrefix } from '../../shared/codes';
import { NARROW_SCOPES } from '../../shared/auth/role-scope';
import type { Role } from '../../shared/viewer';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { startStack, type Stack } from '../helpers/stack';
import { bearer } from '../helpers/auth';

/** Issue 22, findings 1–4 and 8: what each role reads, through the real gateway over the demo city. */
const city = generateCity('demo', 22);
let stack: Stack;
beforeAll(async () => {
  stack = await startStack(city);
});
afterAll(() => stack.close());

const grid = city.geography.grids.find(
  (g) => g.level === 'BASIC' && city.property.evaluations.some((e) => e.gridCode === g.code),
)!;
const D1 = grid.code.slice(0, 6);
const D2 = city.geography.regions.find(
  (r) =>
    r.code.length === 6 &&
    r.code !== D1 &&
    r.code !== '220600' &&
    city.property.evaluations.some((e) => e.gridCode.startsWith(r.code)),
)!.code;
const REGION: Record<Exclude<Role, 'SERVICE'>, string> = {
  CITY_ADMIN: D1,
  STREET_STAFF: grid.code.slice(0, 9),
  COMMUNITY_STAFF: grid.regionCode,
  GRID_WORKER: grid.code,
  DEPARTMENT: D1,
  ANALYST: D1,
};
const ROLES = Object.keys(REGION) as (keyof typeof REGION)[];
const as = (role: keyof typeof REGION) =>
  bearer(role, REGION[role], role === 'DEPARTMENT' ? 'CG' : undefined);
const PLACE_FIELDS = ['code', 'gridCode', 'regionCode', 'basicGridCode'];
const QUARTER = city.property.evaluations.find((e) => e.gridCode === grid.code)!.quarter;
// Lists whose rows carry no place of their own; each has a named test below.
const CHECKED_ELSEWHERE: Record<string, string> = {
  propertyCompanyRanking: 'finding 1: counted by evaluations',
  departmentPerformance: 'finding 9: counted by dispatches',
};
// Rows a list also shows where they report (双报到): public-registry units, and in-service members
// of organisations elsewhere (relation DUAL_REPORTED). Such a row is inside when its own place or
// the place (grid, else community) of one of its standing dual reports is.
const REPORTS_THERE: Record<string, string> = {
  units: 'dualReports { regionCode gridCode endedOn }',
  partyMembers: 'dualReports { regionCode gridCode endedOn }',
};
// A period covering every case of the demo city, for lists that require one (an assessment).
const PERIOD = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

/** Every Query field that lists rows under a code prefix, with the place fields of its rows, from the composed supergraph. */
function underLists(): { field: string; query: string; rowType: string; places: string[] }[] {
  const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
  return Object.values(schema.getQueryType()!.getFields())
    .filter((f) => f.args.some((a) => a.name === 'under'))
    .map((f) => {
      let row = getNamedType(f.type) as GraphQLObjectType;
      const paged = isObjectType(row) && 'items' in row.getFields();
      // A page has a totalCount; a change feed (CaseChangeFeed) pages by cursor and has none.
      const counted = paged && 'totalCount' in row.getFields();
      if (paged) row = getNamedType(row.getFields().items.type) as GraphQLObjectType;
      const places = PLACE_FIELDS.filter((p) => p in row.getFields());
      const extra = f.args
        .filter((a) => a.name === 'quarter')
        .map(() => `, quarter: "${QUARTER}"`)
        .concat(
          f.args
            .filter((a) => (a.name === 'from' || a.name === 'to') && isNonNullType(a.type))
            .map((a) => `, ${a.name}: "${PERIOD[a.name as keyof typeof PERIOD]}"`),
        )
        .join('');
      const rows = places.length
        ? `{ ${places.join(' ')}${REPORTS_THERE[f.name] ? ` ${REPORTS_THERE[f.name]}` : ''} }`
        : '{ __typename }';
      const query = `{ r: ${f.name}(under: "220600"${extra}) ${paged ? `{ ${counted ? 'totalCount ' : ''}items ${rows} }` : rows} }`;
      return { field: f.name, query, rowType: row.name, places };
    });
}

describe("every list is cut to the caller's jurisdiction and scope", () => {
  const lists = underLists();
  test('the walk covers every list of the supergraph that takes `under`: each row shows its place, or a named test counts it', () => {
    expect(lists.length).toBeGreaterThan(15);
    expect(
      lists.filter((l) => !l.places.length && !CHECKED_ELSEWHERE[l.field]).map((l) => l.field),
    ).toEqual([]);
  });

  test.each(ROLES)(
    '%s gets 0 rows outside its jurisdiction from every list, and none of a type its scope does not open',
    async (role) => {
      const headers = await as(role);
      const outside: string[] = [];
      let seen = 0;
      for (const l of lists) {
        const r = await stack.query(l.query, {}, headers);
        if (r.errors?.some((e: any) => e.extensions?.code !== 'FORBIDDEN'))
          throw new Error(`${l.field}: ${JSON.stringify(r.errors)}`);
        const rows: any[] = r.data?.r?.items ?? r.data?.r ?? [];
        seen += rows.length;
        const open = NARROW_SCOPES[role];
        if (open && !open.includes(l.rowType) && rows.length)
          outside.push(`${l.field}: ${rows.length} rows of ${l.rowType}`);
        for (const row of rows) {
          const code = PLACE_FIELDS.map((p) => row[p]).find(Boolean);
          const reported = (
            (row.dualReports ?? []) as {
              regionCode: string;
              gridCode: string | null;
              endedOn: string | null;
            }[]
          )
            .filter((d) => !d.endedOn)
            .map((d) => d.gridCode ?? d.regionCode);
          const inside = (c: string) => c.startsWith(regionPrefix(REGION[role]));
          if (code && !inside(code) && !reported.some(inside)) outside.push(`${l.field}: ${code}`);
        }
      }
      expect(outside).toEqual([]);
      expect(seen).toBeGreaterThan(0); // the lists its scope opens do answer: the walk is not vacuous
    },
  );
});

describe('named findings', () => {
  const Q = `query($u: String!) { propertyCompanyRanking(under: $u, quarter: "${QUARTER}", limit: 100) { evaluations } }`;
  const quarter = QUARTER;
  test('finding 1: a grid worker ranking companies over another district is refused, and over the city counts only its grid', async () => {
    const h = await as('GRID_WORKER');
    const other = await stack.query(Q, { u: D2 }, h);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(other.data?.propertyCompanyRanking ?? []).toEqual([]);
    const r = await stack.query(Q, { u: '220600' }, h);
    const counted = (r.data.propertyCompanyRanking as { evaluations: number }[]).reduce(
      (a, x) => a + x.evaluations,
      0,
    );
    expect(counted).toBe(
      city.property.evaluations.filter((e) => e.gridCode === grid.code && e.quarter === quarter)
        .length,
    );
  });

  test("finding 2: party secretaries outside the caller's jurisdiction are masked, inside in clear", async () => {
    const root = city.party.organizations.find((o) => o.parentId === null)!;
    const r = await stack.query(
      'query($id: ID!) { partyOrganizationSubtree(id: $id, limit: 100) { items { regionCode gridCode secretary } } }',
      { id: String(root.id) },
      await as('COMMUNITY_STAFF'),
    );
    expect(r.errors).toBeUndefined();
    const clear = new Set(city.party.organizations.map((o) => o.secretary));
    const items = r.data.partyOrganizationSubtree.items as {
      regionCode: string;
      gridCode: string | null;
      secretary: string;
    }[];
    const leaked = items.filter(
      (o) =>
        !(o.gridCode ?? o.regionCode).startsWith(REGION.COMMUNITY_STAFF) && clear.has(o.secretary),
    );
    expect(items.length).toBeGreaterThan(10);
    expect(leaked).toEqual([]);
  });

  test('finding 3: a CITY_ADMIN sees the verifiers of service hours masked', async () => {
    const verified = city.volunteer.participations.find((p) => p.verifiedBy)!;
    const r = await stack.query(
      'query($id: ID!) { serviceActivity(id: $id) { participations { verifiedBy } } }',
      { id: String(verified.activityId) },
      await bearer('CITY_ADMIN', '220600'),
    );
    expect(r.errors).toBeUndefined();
    const shown = (r.data.serviceActivity.participations as { verifiedBy: string | null }[])
      .map((p) => p.verifiedBy)
      .filter(Boolean);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((v) => !v!.includes('*'))).toEqual([]);
  });

  test('finding 4: a department lists no compounds, micro-wishes, urban components or party organisations; an analyst no micro-wishes or inspections', async () => {
    const LISTS =
      '{ compounds(under: "220600") { totalCount } microWishes(under: "220600") { totalCount } urbanComponents(under: "220600") { totalCount } partyOrganizations(under: "220600") { totalCount } inspections(under: "220600") { totalCount } }';
    for (const role of ['DEPARTMENT', 'ANALYST'] as const) {
      const r = await stack.query(LISTS, {}, await as(role));
      expect(r.errors).toBeUndefined();
      expect(Object.values(r.data).map((p: any) => p.totalCount)).toEqual([0, 0, 0, 0, 0]);
    }
    const wish = city.volunteer.wishes.find((w) => w.gridCode.startsWith(D1))!;
    const single = await stack.query(
      'query($id: ID!) { microWish(id: $id) { title } }',
      { id: String(wish.id) },
      await as('ANALYST'),
    );
    expect(single.data.microWish).toBeNull();
    expect(single.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  test("finding 9: the whistle assessment asked over the city counts only the caller's jurisdiction, and over another district is refused", async () => {
    const P =
      'query($u: String!) { departmentPerformance(under: $u, from: "' +
      PERIOD.from +
      '", to: "' +
      PERIOD.to +
      '") { departmentCode dispatched overdue returned resolved } }';
    const h = await as('STREET_STAFF');
    const other = await stack.query(P, { u: D2 }, h);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(other.data?.departmentPerformance ?? []).toEqual([]);
    const cut = await stack.query(P, { u: '220600' }, h);
    const own = await stack.query(
      P,
      { u: REGION.STREET_STAFF },
      await bearer('CITY_ADMIN', '220600'),
    );
    expect(cut.errors).toBeUndefined();
    expect(cut.data.departmentPerformance).toEqual(own.data.departmentPerformance);
    const all = await stack.query(P, { u: '220600' }, await bearer('CITY_ADMIN', '220600'));
    const sum = (rows: { dispatched: number }[]) => rows.reduce((a, x) => a + x.dispatched, 0);
    expect(sum(cut.data.departmentPerformance)).toBeLessThan(sum(all.data.departmentPerformance));
  });

  test('finding 8: refusing a case or a grid outside the jurisdiction does not say where it lies', async () => {
    const far = city.grid.cases.find((c) => !c.gridCode.startsWith(D1))!;
    const r = await stack.query(
      'query($id: ID!, $g: String!) { case(id: $id) { id } grid(code: $g) { name } }',
      { id: String(far.id), g: far.gridCode },
      await as('GRID_WORKER'),
    );
    expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const said = JSON.stringify(r.errors);
    expect(said).not.toContain(far.gridCode);
    expect(said).not.toContain(far.gridCode.slice(0, 9));
  });
});
