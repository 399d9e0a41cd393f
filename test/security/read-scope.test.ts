import { generateCity } from '../../services/demo-city';
import { SUBGRAPHS } from '../../services/registry';
import { postGraphQL, startStack } from '../helpers/stack';
import { bearer, proofHeader, regionsOnLine, callerBearer, type CallerRole } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Issue 22, findings 1–4 and 8: what each role reads, through the real gateway over the demo city. */
const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city));

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
const REGION = regionsOnLine(grid, D1);
const as = (role: CallerRole) => callerBearer(role, REGION[role]);
const QUARTER = city.property.evaluations.find((e) => e.gridCode === grid.code)!.quarter;
// A period covering every case of the demo city, for lists that require one (an assessment).
const PERIOD = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
// The walk of every Query and list field per role is test/security/supergraph-walk.test.ts; these are the findings by name.

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

/**
 * The README's role table: a DEPARTMENT sees only the cases dispatched to it and their grids; an
 * ANALYST region indicators, counts and rankings. Enforced by the shared policy (shared/auth/policy,
 * shared/auth/role-scope) for single objects, references and lists alike.
 */
describe('DEPARTMENT and ANALYST read what their row of the role table promises, nothing else', () => {
  const CG = city.grid.departments.find((d) => d.code === 'CG')!;
  const own = city.grid.cases.filter((c) => c.departmentId === CG.id && c.gridCode.startsWith(D1));
  const ownGrids = new Set(own.map((c) => c.gridCode));
  // On grids where the department has a case: what it may not read there.
  const compound = city.property.compounds.find((c) => ownGrids.has(c.gridCode))!;
  const organization = city.party.organizations.find(
    (o) => o.gridCode && ownGrids.has(o.gridCode),
  )!;
  const wish = city.volunteer.wishes.find((w) => ownGrids.has(w.gridCode))!;
  const component = city.urban.components.find((c) => ownGrids.has(c.gridCode))!;
  const SINGLE =
    'query($c: ID!, $o: ID!, $w: ID!, $u: ID!) { compound(id: $c) { name } partyOrganization(id: $o) { name } microWish(id: $w) { title } urbanComponent(id: $u) { kind } }';
  const ids = {
    c: String(compound.id),
    o: String(organization.id),
    w: String(wish.id),
    u: String(component.id),
  };

  test('a department reads no compound, party organisation, micro-wish or urban component by id, even on a grid where it has a case', async () => {
    const admin = await stack.query(SINGLE, ids, await as('CITY_ADMIN'));
    expect(admin.errors).toBeUndefined();
    expect(Object.values(admin.data).every(Boolean)).toBe(true);
    const r = await stack.query(SINGLE, ids, await as('DEPARTMENT'));
    expect(r.data).toEqual({
      compound: null,
      partyOrganization: null,
      microWish: null,
      urbanComponent: null,
    });
    expect(r.errors.map((e: any) => e.extensions.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(JSON.stringify(r.errors)).not.toMatch(/\d{9,}/); // no refusal says where the row lies
  });

  test("through its own case's grid, a department gets the case and the grid and none of the grid's compounds, components, wishes, teams or party groups", async () => {
    const rich = own.find(
      (c) =>
        city.property.compounds.some((x) => x.gridCode === c.gridCode) &&
        city.urban.components.some((x) => x.gridCode === c.gridCode),
    )!;
    const Q =
      'query($id: ID!) { case(id: $id) { id compound { id } grid { code compounds { id } urbanComponents { id } openMicroWishes { id } volunteerTeams { id } buildingGroups { id } partyBranch { id } } } }';
    const admin = await stack.query(Q, { id: String(rich.id) }, await as('CITY_ADMIN'));
    expect(admin.data.case.grid.compounds.length).toBeGreaterThan(0);
    expect(admin.data.case.grid.urbanComponents.length).toBeGreaterThan(0);
    const r = await stack.query(Q, { id: String(rich.id) }, await as('DEPARTMENT'));
    expect(r.data.case).toMatchObject({
      id: String(rich.id),
      grid: {
        code: rich.gridCode,
        compounds: [],
        urbanComponents: [],
        openMicroWishes: [],
        volunteerTeams: [],
        buildingGroups: [],
        partyBranch: null,
      },
    });
    expect(r.data.case.compound).toBeNull();
    expect((r.errors ?? []).every((e: any) => e.extensions.code === 'FORBIDDEN')).toBe(true);
  });

  test("`_entities` asked of each owning subgraph with a department's proof answers null and FORBIDDEN, and a grid's extension lists come back empty", async () => {
    const dept = await proofHeader({
      sub: 'cg-system',
      role: 'DEPARTMENT',
      regionPrefix: D1,
      departmentCode: 'CG',
    });
    const ask = (subgraph: string, rep: object, on: string) =>
      postGraphQL(
        stack.subgraphs[subgraph].url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${on} } }`,
        { r: [rep] },
        dept,
      );
    const refused = [
      [
        'property',
        { __typename: 'ResidentialCompound', id: ids.c },
        'ResidentialCompound { name }',
      ],
      ['party', { __typename: 'PartyOrganization', id: ids.o }, 'PartyOrganization { name }'],
      ['volunteer', { __typename: 'MicroWish', id: ids.w }, 'MicroWish { title }'],
      ['urban', { __typename: 'UrbanComponent', id: ids.u }, 'UrbanComponent { kind }'],
    ] as const;
    expect(refused.map(([name]) => name).every((n) => SUBGRAPHS.some((s) => s.name === n))).toBe(
      true,
    );
    for (const [name, rep, on] of refused) {
      const { body } = await ask(name, rep, on);
      expect(body.data._entities).toEqual([null]);
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
    const grid = { __typename: 'Grid', code: compound.gridCode };
    const lists = await ask('property', grid, 'Grid { compounds { id } }');
    expect(lists.body.data._entities).toEqual([{ compounds: [] }]);
    const urban = await ask('urban', grid, 'Grid { urbanComponents { id } }');
    expect(urban.body.data._entities).toEqual([{ urbanComponents: [] }]);
  });

  test("a department's lists hold exactly its cases and the grids they stand in", async () => {
    const r = await stack.query(
      `{ cases(under: "${D1}", limit: 1) { totalCount } grids(under: "${D1}", limit: 1) { totalCount } }`,
      {},
      await as('DEPARTMENT'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.cases.totalCount).toBe(own.length);
    expect(r.data.grids.totalCount).toBe(ownGrids.size);
  });

  test('an analyst reads rankings with the ranked companies, and no party organisation, compound, case or micro-wish by id', async () => {
    const h = await as('ANALYST');
    const ranking = await stack.query(
      `{ propertyCompanyRanking(under: "${D1}", quarter: "${QUARTER}", limit: 5) { rank company { name } } }`,
      {},
      h,
    );
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data.propertyCompanyRanking.length).toBeGreaterThan(0);
    expect(ranking.data.propertyCompanyRanking.every((x: any) => x.company?.name)).toBe(true);
    const r = await stack.query(
      'query($o: ID!, $c: ID!, $k: ID!, $w: ID!) { partyOrganization(id: $o) { name } compound(id: $c) { name } case(id: $k) { id } microWish(id: $w) { title } }',
      { o: ids.o, c: ids.c, k: String(own[0].id), w: ids.w },
      h,
    );
    expect(Object.values(r.data)).toEqual([null, null, null, null]);
    expect(r.errors.map((e: any) => e.extensions.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });
});
