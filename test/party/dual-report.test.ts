import { generateCity } from '../../services/demo-city';
import { startParty, codeOf } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const REPORT = `mutation($i: ReportDualReportInput!) { reportDualReport(input: $i) {
  id reporterKind target regionCode gridCode buildingLabel reportedOn endedOn offers member { id } unit { name } grid { code } community { code } } }`;
const report = (i: Record<string, unknown>) =>
  run.gql(REPORT, { i: { reportedOn: '2026-06-01', offers: ['法律咨询'], ...i } });
const inService = () => p.members.filter((m) => m.status === 'IN_SERVICE');
const basics = city.geography.grids.filter((g) => g.level === 'BASIC');

describe('dual reporting (双报到)', () => {
  test('a unit reports to a community, and the community ledger shows it with what it offers', async () => {
    const unit = p.units[0];
    const community = city.geography.regions.filter((r) => r.level === 'COMMUNITY')[2];
    const r = await report({
      unitId: String(unit.id),
      communityCode: community.code,
      offers: ['活动场地', '志愿服务队'],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.reportDualReport).toMatchObject({
      reporterKind: 'UNIT',
      target: 'COMMUNITY',
      regionCode: community.code,
      gridCode: null,
      offers: ['活动场地', '志愿服务队'],
      unit: { name: unit.name },
      community: { code: community.code },
      grid: null,
      endedOn: null,
    });
    const ledger = await run.gql(
      'query($u: String!) { dualReports(under: $u, reporterKind: UNIT, limit: 100) { totalCount items { unit { id } offers } } }',
      { u: community.code },
    );
    const expected =
      p.dualReports.filter(
        (d) => d.regionCode === community.code && d.reporterKind === 'UNIT' && !d.endedOn,
      ).length + 1;
    expect(ledger.data.dualReports.totalCount).toBe(expected);
    expect(ledger.data.dualReports.items).toContainEqual({
      unit: { id: String(unit.id) },
      offers: ['活动场地', '志愿服务队'],
    });
  });

  test("an in-service member reports to a grid: the grid lists the member, and the member's previous report ends", async () => {
    const m = inService().find((x) =>
      p.dualReports.some((d) => d.memberId === x.id && !d.endedOn && d.target === 'COMMUNITY'),
    )!;
    const grid = basics.find((g) => g.code !== m.gridCode)!;
    const r = await report({ memberId: String(m.id), gridCode: grid.code, offers: ['义诊'] });
    expect(r.errors).toBeUndefined();
    expect(r.data.reportDualReport).toMatchObject({
      target: 'GRID',
      gridCode: grid.code,
      regionCode: grid.regionCode,
      member: { id: String(m.id) },
    });
    const after = await run.gql(
      `query($id: ID!, $r: [_Any!]!) { partyMember(id: $id) { gridCode dualReports { target endedOn } }
      _entities(representations: $r) { ... on Grid { reportedMembers { member { id } offers } } } }`,
      { id: m.id, r: [{ __typename: 'Grid', code: grid.code }] },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data.partyMember.gridCode).toBe(grid.code);
    const standing = after.data.partyMember.dualReports.filter(
      (d: { endedOn: string | null }) => d.endedOn === null,
    );
    expect(standing).toEqual([{ target: 'GRID', endedOn: null }]);
    expect(
      after.data.partyMember.dualReports.some(
        (d: { endedOn: string | null }) => d.endedOn === '2026-06-01',
      ),
    ).toBe(true);
    expect(after.data._entities[0].reportedMembers).toContainEqual({
      member: { id: String(m.id) },
      offers: ['义诊'],
    });
  });

  test('a unit reports to a building in a grid, and the grid shows it among its reported units', async () => {
    const unit = p.units[1];
    const grid = basics[3];
    const r = await report({
      unitId: String(unit.id),
      gridCode: grid.code,
      buildingLabel: '3号楼',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.reportDualReport).toMatchObject({
      target: 'BUILDING',
      gridCode: grid.code,
      buildingLabel: '3号楼',
    });
    const g = await run.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { reportedUnits { unit { id } target buildingLabel } } } }',
      { r: [{ __typename: 'Grid', code: grid.code }] },
    );
    expect(g.data._entities[0].reportedUnits).toContainEqual({
      unit: { id: String(unit.id) },
      target: 'BUILDING',
      buildingLabel: '3号楼',
    });
    const dup = await report({
      unitId: String(unit.id),
      gridCode: grid.code,
      buildingLabel: '3号楼',
    });
    expect(codeOf(dup)).toBe('CONFLICT');
  });

  test('a resident member, a missing target, both reporters, and a grid outside the community are refused', async () => {
    const resident = p.members.find((m) => m.status === 'RESIDENT')!;
    const grid = basics[0];
    const other = city.geography.regions.find(
      (r) => r.level === 'COMMUNITY' && r.code !== grid.regionCode,
    )!;
    expect(codeOf(await report({ memberId: String(resident.id), gridCode: grid.code }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await report({ unitId: '1' }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await report({ unitId: '1', memberId: String(inService()[0].id), gridCode: grid.code }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await report({ unitId: '1', gridCode: grid.code, communityCode: other.code })),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await report({ unitId: '999999', gridCode: grid.code }))).toBe('NOT_FOUND');
    expect(codeOf(await report({ unitId: '1', gridCode: '12345' }))).toBe('BAD_USER_INPUT');
  });

  test('an ended report leaves the standing ledger but stays in the history', async () => {
    const d = p.dualReports.find((x) => x.reporterKind === 'UNIT' && x.gridCode && !x.endedOn)!;
    const r = await run.gql(
      'mutation($id: ID!) { endDualReport(id: $id, endedOn: "2026-07-01") { endedOn } }',
      { id: String(d.id) },
    );
    expect(r.data.endDualReport.endedOn).toBe('2026-07-01');
    expect(
      codeOf(
        await run.gql(
          'mutation($id: ID!) { endDualReport(id: $id, endedOn: "2026-07-02") { endedOn } }',
          { id: String(d.id) },
        ),
      ),
    ).toBe('CONFLICT');
    const ledger = await run.gql(
      'query($u: String!) { standing: dualReports(under: $u) { items { id } } all: dualReports(under: $u, standing: false, limit: 100) { items { id } } }',
      { u: d.gridCode },
    );
    expect(ledger.data.standing.items).not.toContainEqual({ id: String(d.id) });
    expect(ledger.data.all.items).toContainEqual({ id: String(d.id) });
  });
});
