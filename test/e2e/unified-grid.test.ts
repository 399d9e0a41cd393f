import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { pictureQuery } from '../../scripts/picture-query';
import { forThisFile } from '../helpers/for-this-file';

// The demo city the other files share has more than 100 grids, and grids with a branch, a
// compound and a team.
const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city));

/** The whole picture (scripts/picture-query.ts), with urban's components and accountability's 包保 so every running subgraph takes part. */
export const PICTURE = pictureQuery(
  'urbanComponents { kind condition }\n    packageResponsibilities { target duties { duty state } }',
);

/** What stays on a grid whatever the demo clock: a branch, a compound, a team (open wishes and cases come and go). */
const lasting = (code: string) =>
  Number(city.party.organizations.some((o) => o.gridCode === code && o.level === 'GRID_BRANCH')) +
  Number(city.property.compounds.some((c) => c.gridCode === code)) +
  Number(city.volunteer.teams.some((t) => t.gridCode === code));
const open = (code: string) =>
  Number(city.volunteer.wishes.some((w) => w.gridCode === code && w.state === 'OPEN')) +
  Number(
    city.grid.cases.some((c) => c.gridCode === code && !['CLOSED', 'RATED'].includes(c.state)),
  );
const richest = () =>
  city.geography.grids
    .filter((g) => g.level === 'BASIC')
    .sort((a, b) => lasting(b.code) - lasting(a.code) || open(b.code) - open(a.code))[0];

/** A resident's wish and a patrol's case on the grid, when the demo city has none open there today. */
async function openSomethingOn(code: string) {
  if (!city.volunteer.wishes.some((w) => w.gridCode === code && w.state === 'OPEN')) {
    const w = await stack.query(
      'mutation($i: PostMicroWishInput!) { postMicroWish(input: $i) { id } }',
      { i: { gridCode: code, title: '想要一副老花镜', residentName: '王秀英' } },
    );
    expect(w.errors).toBeUndefined();
  }
  if (!city.grid.cases.some((c) => c.gridCode === code && !['CLOSED', 'RATED'].includes(c.state))) {
    const c = await stack.query('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', {
      i: { gridCode: code, title: '楼道灯不亮', category: 'FACILITY', source: 'PATROL' },
    });
    expect(c.errors).toBeUndefined();
  }
}

describe('one gateway query for the whole picture of a grid', () => {
  test('a grid returns its workers and open cases, its party branch and members, its compounds with company and committee, its teams and wishes', async () => {
    const grid = richest();
    expect(lasting(grid.code)).toBe(3);
    await openSomethingOn(grid.code);
    const r = await stack.query(PICTURE, { codes: [grid.code] });
    expect(r.errors).toBeUndefined();
    const g = r.data.gridsByCodes[0];
    expect(g.code).toBe(grid.code);
    expect(g.workers.length).toBe(
      city.grid.workers.filter((w) => w.gridCode === grid.code && !w.endedOn).length,
    );
    const [cases] = await stack.subgraphs.grid.dataSource.query(
      "SELECT COUNT(*) AS n FROM cases WHERE grid_code = ? AND state NOT IN ('CLOSED', 'RATED')",
      [grid.code],
    );
    expect(g.openCases.length).toBe(Number(cases.n));
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
    const [wishes] = await stack.subgraphs.volunteer.dataSource.query(
      "SELECT COUNT(*) AS n FROM micro_wishes WHERE grid_code = ? AND state = 'OPEN'",
      [grid.code],
    );
    expect(g.openMicroWishes.length).toBe(Number(wishes.n));
    expect(g.openMicroWishes.length).toBeGreaterThan(0);
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
