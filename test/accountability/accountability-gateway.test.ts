import { generateCity } from '../../services/demo-city';
import { demoAccountability } from '../../services/accountability/seed';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Each mechanism of the seeds answers through the gateway as the seeds describe, read from the demo city. */
const city = generateCity('demo', 20210104);
// The city's own reference day: its dates run up to it.
const DEMO_NOW = city.now;
const demo = demoAccountability(city);
// Six subgraphs and a gateway on a shared 2-core machine can take a while to start, on MySQL most of all.
const stack = forThisFile(() => startStack(city), 180000);

const count = <T>(xs: T[], keep: (x: T) => boolean) => xs.filter(keep).length;
const asOf = DEMO_NOW.toISOString().slice(0, 10);

describe('accountability (考核督办) through the gateway', () => {
  test("the region dashboard shows the accountability indicators beside every other subgraph's, for the city and each district", async () => {
    const r = await stack.query(DASHBOARD_QUERY, { code: '220600' }, await bearer('ANALYST', ''));
    expect(r.errors).toBeUndefined();
    for (const row of [r.data.region, ...r.data.region.children]) {
      const under = (code: string) => code.startsWith(row.code === '220600' ? '2206' : row.code);
      expect(row.gridIndicators.grids).toBeGreaterThan(0);
      expect(row.accountabilityIndicators).toMatchObject({
        secretaryProjects: count(demo.projects, (p) => under(p.regionCode)),
        packageResponsibilities: count(demo.packages, (p) => under(p.gridCode)),
        coBuildingAgreements: count(demo.agreements, (a) => under(a.regionCode)),
        tasksAdmitted: count(
          demo.admissions,
          (a) => under(a.districtCode) && a.status === 'ADMITTED',
        ),
        receptions: count(demo.receptions, (x) => under(x.communityCode)),
      });
    }
  });

  test("书记项目: every level's secretaries claim projects, and a party organisation lists its secretary's projects with their reviews", async () => {
    const r = await stack.query(
      `query($asOf: LocalDate) { region(code: "220600") { accountabilityIndicators(asOf: $asOf) { projectsByLevel { key count } problemsSolvedByProjects } } }`,
      { asOf },
    );
    expect(r.errors).toBeUndefined();
    const levels = ['CITY', 'COMMUNITY', 'DISTRICT', 'STREET'].map((key) => ({
      key,
      count: count(demo.projects, (p) => p.level === key),
    }));
    expect(r.data.region.accountabilityIndicators.projectsByLevel).toEqual(levels);
    expect(levels.find((l) => l.key === 'COMMUNITY')!.count).toBeGreaterThan(
      levels.find((l) => l.key === 'STREET')!.count,
    );
    const p = demo.projects.find((x) => x.level === 'COMMUNITY')!;
    const o = await stack.query(
      `query($id: ID!) { partyOrganization(id: $id) { name secretaryProjects { title status reviews { kind score } } } }`,
      { id: String(p.organizationId) },
    );
    expect(o.errors).toBeUndefined();
    const mine = demo.projects.filter((x) => x.organizationId === p.organizationId);
    expect(
      o.data.partyOrganization.secretaryProjects.map((x: { title: string }) => x.title),
    ).toEqual(mine.map((x) => x.title));
    expect(o.data.partyOrganization.secretaryProjects[0].reviews).toHaveLength(
      count(demo.reviews, (x) => x.projectId === mine[0].id),
    );
  });

  test('第一书记: first secretaries serve a year in communities, with a work team, names masked for a city administrator', async () => {
    const r = await stack.query(
      `{ firstSecretaryAssignments(under: "220600", servingOn: "2026-11-01") { totalCount items { cadreName homeUnit communityCode termStart termEnd teamMembers } } }`,
    );
    expect(r.errors).toBeUndefined();
    const page = r.data.firstSecretaryAssignments;
    expect(page.totalCount).toBe(demo.firstSecretaries.length);
    const first = demo.firstSecretaries[0];
    expect(page.items[0]).toMatchObject({
      communityCode: first.communityCode,
      termStart: first.termStart,
      termEnd: first.termEnd,
      homeUnit: first.homeUnit,
    });
    expect(page.items[0].cadreName).toBe(
      `${[...first.cadreName][0]}${'*'.repeat([...first.cadreName].length - 1)}`,
    );
    expect(page.items[0].teamMembers).toHaveLength(2);
  });

  test("包保: a grid's old compounds show who is responsible, the duties' state and the Friday visits", async () => {
    const p = demo.packages.find((x) => demo.visits.some((v) => v.packageId === x.id))!;
    const r = await stack.query(
      `query($g: String!) { grid(code: $g) { compounds { id old packageResponsibilities { unitName target duties { duty state } lastVisitedOn visits { visitedOn } } } } }`,
      { g: p.gridCode },
      await bearer('COMMUNITY_STAFF', p.gridCode.slice(0, 12)),
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.grid.compounds.find((x: { id: string }) => x.id === String(p.compoundId));
    expect(c.packageResponsibilities).toHaveLength(1);
    const visits = demo.visits.filter((v) => v.packageId === p.id);
    expect(c.packageResponsibilities[0]).toMatchObject({
      unitName: p.unitName,
      target: p.target,
      duties: p.duties,
      visits: visits.map((v) => ({ visitedOn: v.visitedOn })),
    });
    expect(visits.every((v) => new Date(`${v.visitedOn}T00:00:00Z`).getUTCDay() === 5)).toBe(true);
  });

  test("契约化共建: last year's agreements were assessed with a grade, this year's signed and mostly supervised", async () => {
    const r =
      await stack.query(`{ last: coBuildingAgreements(under: "220600", year: 2025, stage: ASSESSED) { totalCount items { assessmentScore assessmentGrade needs resources projects } }
      now: coBuildingAgreements(under: "220600", year: 2026) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.last.totalCount).toBe(count(demo.agreements, (a) => a.year === 2025));
    expect(r.data.now.totalCount).toBe(count(demo.agreements, (a) => a.year === 2026));
    for (const a of r.data.last.items)
      expect(a.assessmentGrade).toBe(
        a.assessmentScore >= 90
          ? 'EXCELLENT'
          : a.assessmentScore >= 75
            ? 'GOOD'
            : a.assessmentScore >= 60
              ? 'PASS'
              : 'FAIL',
      );
  });

  test('社区事务准入: the admitted list holds only what the district admitted; a refusal says why', async () => {
    const district = city.geography.regions.find((x) => x.level === 'DISTRICT')!.code;
    const r = await stack.query(
      `query($d: String!) { admitted: taskAdmissions(under: $d, status: ADMITTED, limit: 100) { totalCount items { status departmentCode } }
      refused: taskAdmissions(under: $d, status: REFUSED, limit: 100) { items { decisionNote } } }`,
      { d: district },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.admitted.totalCount).toBe(
      count(demo.admissions, (a) => a.districtCode === district && a.status === 'ADMITTED'),
    );
    expect(r.data.admitted.items.every((a: { status: string }) => a.status === 'ADMITTED')).toBe(
      true,
    );
    expect(
      r.data.refused.items.every((a: { decisionNote: string }) => a.decisionNote.length > 0),
    ).toBe(true);
  });

  test("两代表一委员: receptions in every community, by party deputies, people's deputies and CPPCC members", async () => {
    const community = city.geography.regions.find((x) => x.level === 'COMMUNITY')!.code;
    const r = await stack.query(
      `query($c: String!) { receptions(under: $c, limit: 100) { totalCount items { representativeKind problemsRaised problemsSolved } } }`,
      { c: community },
      await bearer('COMMUNITY_STAFF', community),
    );
    expect(r.errors).toBeUndefined();
    const mine = demo.receptions.filter((x) => x.communityCode === community);
    expect(r.data.receptions.totalCount).toBe(mine.length);
    expect(
      new Set(
        r.data.receptions.items.map((x: { representativeKind: string }) => x.representativeKind),
      ),
    ).toEqual(new Set(['PARTY_CONGRESS', 'PEOPLES_CONGRESS', 'CPPCC']));
  });
});
