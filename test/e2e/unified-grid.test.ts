import { generateCity } from '../../services/demo-city';
import { startStack, type Stack } from '../helpers/stack';
import { pictureQuery } from '../../scripts/picture-query';

// Seed 45 gives a demo city with more than 100 grids and one grid where every subgraph has something.
const city = generateCity('demo', 45);
let stack: Stack;
beforeAll(async () => {
  stack = await startStack(city);
});
afterAll(() => stack.close());

/** The whole picture (scripts/picture-query.ts), with urban's components and accountability's 包保 so every running subgraph takes part. */
export const PICTURE = pictureQuery(
  'urbanComponents { kind condition }\n    packageResponsibilities { target duties { duty state } }',
);

/** How many subgraphs have something on a grid: a branch, a compound, a team, an open wish, an open case. */
const richness = (code: string) =>
  Number(city.party.organizations.some((o) => o.gridCode === code && o.level === 'GRID_BRANCH')) +
  Number(city.property.compounds.some((c) => c.gridCode === code)) +
  Number(city.volunteer.teams.some((t) => t.gridCode === code)) +
  Number(city.volunteer.wishes.some((w) => w.gridCode === code && w.state === 'OPEN')) +
  Number(
    city.grid.cases.some((c) => c.gridCode === code && !['CLOSED', 'RATED'].includes(c.state)),
  );
const richest = () =>
  city.geography.grids
    .filter((g) => g.level === 'BASIC')
    .sort((a, b) => richness(b.code) - richness(a.code))[0];

describe('one gateway query for the whole picture of a grid', () => {
  test('a grid returns its workers and open cases, its party branch and members, its compounds with company and committee, its teams and wishes', async () => {
    const grid = richest();
    expect(richness(grid.code)).toBe(5);
    const r = await stack.query(PICTURE, { codes: [grid.code] });
    expect(r.errors).toBeUndefined();
    const g = r.data.gridsByCodes[0];
    expect(g.code).toBe(grid.code);
    expect(g.workers.length).toBe(
      city.grid.workers.filter((w) => w.gridCode === grid.code && !w.endedOn).length,
    );
    expect(g.openCases.length).toBeGreaterThan(0);
    expect(g.partyBranch.name).toBe(
      city.party.organizations.find((o) => o.gridCode === grid.code && o.level === 'GRID_BRANCH')!
        .name,
    );
    expect(g.partyBranch.members.length).toBeGreaterThan(0);
    const compounds = city.property.compounds.filter((c) => c.gridCode === grid.code);
    expect(g.compounds.map((c: { name: string }) => c.name).sort()).toEqual(
      compounds.map((c) => c.name).sort(),
    );
    expect(g.volunteerTeams.length).toBe(
      city.volunteer.teams.filter((t) => t.gridCode === grid.code).length,
    );
    expect(g.openMicroWishes.length).toBe(
      city.volunteer.wishes.filter((w) => w.gridCode === grid.code && w.state === 'OPEN').length,
    );
  });

  test("a compound's company reaches its party organisation and a committee member reaches the party member, across subgraphs", async () => {
    const withParty = city.property.compounds.filter(
      (c) => city.property.companies.find((co) => co.id === c.companyId)?.partyOrganizationId,
    );
    const code = withParty[0].gridCode;
    const r = await stack.query(PICTURE, { codes: [code] });
    expect(r.errors).toBeUndefined();
    const compound = r.data.gridsByCodes[0].compounds.find(
      (c: { name: string }) => c.name === withParty[0].name,
    );
    expect(compound.company.partyOrganization.level).toBe('ENTERPRISE');
  });

  test('the statements each subgraph runs are the same for 1, 10 and 100 grids', async () => {
    // One grid costs a statement only for the field paths it has data on, so the single grid is the
    // one that exercises the most paths; 10 and 100 grids must then cost exactly as much, not more.
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    let rich = { code: '', cost: -1 };
    for (const g of city.geography.grids.filter((x) => x.level === 'BASIC')) {
      stack.resetCounters();
      await stack.query(PICTURE, { codes: [g.code] });
      if (total(stack.counts()) > rich.cost) rich = { code: g.code, cost: total(stack.counts()) };
    }
    const codes = [
      rich.code,
      ...city.geography.grids.map((g) => g.code).filter((c) => c !== rich.code),
    ];
    expect(codes.length).toBeGreaterThanOrEqual(100);
    const counts: Record<string, number>[] = [];
    for (const n of [1, 10, 100]) {
      stack.resetCounters();
      const r = await stack.query(PICTURE, { codes: codes.slice(0, n) });
      expect(r.errors).toBeUndefined();
      expect(r.data.gridsByCodes).toHaveLength(n);
      counts.push(stack.counts());
    }
    // The demo city has no single grid with data on every field path (one compound's committee, another's
    // evaluation), so one grid may cost fewer statements; 10 and 100 grids must cost exactly the same.
    for (const [s, n] of Object.entries(counts[0])) expect(n).toBeLessThanOrEqual(counts[1][s]);
    expect(counts[2]).toEqual(counts[1]);
    for (const n of Object.values(counts[0])) expect(n).toBeGreaterThan(0);
    console.log(`statements per subgraph for 1, 10 and 100 grids: ${JSON.stringify(counts)}`);
  });
});
