import { generateCity } from '../../services/demo-city';
import { prefixRange } from '../../shared/codes';
import { proofHeader } from '../helpers/auth';
import { postGraphQL } from '../helpers/subgraph';
import { startParty } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const LIST = `query($u: String!, $o: Int!) { partyMembers(under: $u, limit: 100, offset: $o) { totalCount items { id name status regionCode relation } } }`;
type Row = { id: string; name: string; status: string; regionCode: string; relation: string };

/** Every page of partyMembers(under:), as `headers` (the gateway's SERVICE proof by default). */
async function listAll(under: string, headers?: Record<string, string>) {
  const items: Row[] = [];
  for (let offset = 0; ; offset += 100) {
    const r = (await postGraphQL(run.party.url, LIST, { u: under, o: offset }, headers)).body;
    expect(r.errors).toBeUndefined();
    items.push(...r.data.partyMembers.items);
    if (items.length >= r.data.partyMembers.totalCount || !r.data.partyMembers.items.length)
      return { totalCount: r.data.partyMembers.totalCount as number, items };
  }
}
const SERVING = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { partyIndicators { members membersServing dualReportingMembers } } } }`;

/** From the party database: the place's own members, and the members of organisations elsewhere with a standing dual report there. */
async function fromDatabase(code: string) {
  const { lo, hi } = prefixRange(code);
  const ds = run.party.dataSource;
  const own: { id: number }[] = await ds.query(
    'SELECT id FROM party_members WHERE region_code >= ? AND region_code < ? ORDER BY id',
    [lo, hi],
  );
  const reporting: { id: number }[] = await ds.query(
    `SELECT DISTINCT m.id AS id FROM party_members m JOIN party_dual_reports r ON r.member_id = m.id
      WHERE r.region_code >= ? AND r.region_code < ? AND r.ended_on IS NULL
        AND NOT (m.region_code >= ? AND m.region_code < ?) ORDER BY m.id`,
    [lo, hi, lo, hi],
  );
  return { own: own.map((r) => String(r.id)), reporting: reporting.map((r) => String(r.id)) };
}

// A community where in-service members of the city's industry committees (双报到) serve.
const community = city.geography.regions
  .filter((r) => r.level === 'COMMUNITY')
  .map((r) => ({
    code: r.code,
    reporters: p.dualReports.filter(
      (d) =>
        d.regionCode === r.code &&
        !d.endedOn &&
        d.memberId != null &&
        !p.members[d.memberId - 1].regionCode.startsWith(r.code),
    ).length,
  }))
  .sort((a, b) => b.reporters - a.reporters)[0].code;

describe('in-service members who dual-report (双报到) are listed where they serve', () => {
  test('partyMembers(under: community) lists the local members and, once each, the dual-reported members, flagged as such', async () => {
    const db = await fromDatabase(community);
    expect(db.reporting.length).toBeGreaterThan(0);
    const page = await listAll(community);
    expect(page.totalCount).toBe(db.own.length + db.reporting.length);
    const ids = page.items.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(page.totalCount);
    const by = (relation: string) => page.items.filter((m) => m.relation === relation);
    expect(by('LOCAL').map((m) => m.id)).toEqual(db.own);
    expect(by('DUAL_REPORTED').map((m) => m.id)).toEqual(db.reporting);
    for (const m of by('DUAL_REPORTED')) {
      expect(m.status).toBe('IN_SERVICE');
      expect(m.regionCode.startsWith(community)).toBe(false);
    }
  });

  test("the page total is the region's membersServing: members plus dualReportingMembers, nobody twice", async () => {
    for (const code of [community, community.slice(0, 9), community.slice(0, 6), '220600']) {
      const db = await fromDatabase(code);
      const list = (await postGraphQL(run.party.url, LIST, { u: code, o: 0 })).body;
      const ind = await run.gql(SERVING, { r: [{ __typename: 'Region', code }] });
      expect(ind.errors).toBeUndefined();
      const got = ind.data._entities[0].partyIndicators;
      expect(got).toEqual({
        members: db.own.length,
        dualReportingMembers: db.reporting.length,
        membersServing: db.own.length + db.reporting.length,
      });
      expect(list.data.partyMembers.totalCount).toBe(got.membersServing);
    }
    // At the city, its industry committees' members are its own: nobody is listed as dual-reported.
    expect((await fromDatabase('220600')).reporting).toEqual([]);
  });

  test("the community's staff see a member reporting there from another community, name in clear, and nothing is refused", async () => {
    // A member whose home grid (and so the place the record shows) lies in another community.
    const m = p.members.find(
      (x) =>
        x.status === 'IN_SERVICE' &&
        x.gridCode != null &&
        !x.gridCode.startsWith(community) &&
        !x.regionCode.startsWith(community.slice(0, 6)),
    )!;
    const made = await run.gql(
      `mutation($i: ReportDualReportInput!) { reportDualReport(input: $i) { id } }`,
      {
        i: {
          memberId: String(m.id),
          communityCode: community,
          reportedOn: '2026-06-01',
          offers: ['法律咨询'],
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const headers = await proofHeader({
      sub: 'community',
      role: 'COMMUNITY_STAFF',
      regionPrefix: community,
    });
    const seen = await listAll(community, headers);
    const reported = seen.items.filter((x) => x.relation === 'DUAL_REPORTED');
    expect(reported.map((x) => x.id)).toEqual((await fromDatabase(community)).reporting);
    expect(reported.find((x) => x.id === String(m.id))).toMatchObject({ name: m.name });
    for (const x of reported) expect(x.name).toBe(p.members[Number(x.id) - 1].name);
  });

  test('an ended report no longer lists the member there', async () => {
    const { own, reporting } = await fromDatabase(community);
    const [d] = await run.party.dataSource.query(
      'SELECT id, member_id AS memberId FROM party_dual_reports WHERE region_code = ? AND member_id = ? AND ended_on IS NULL',
      [community, Number(reporting[0])],
    );
    const ended = await run.gql(
      'mutation($id: ID!) { endDualReport(id: $id, endedOn: "2026-07-01") { endedOn } }',
      { id: String(d.id) },
    );
    expect(ended.errors).toBeUndefined();
    const r = await listAll(community);
    expect(r.items.map((m) => m.id)).not.toContain(String(d.memberId));
    expect(r.totalCount).toBe(own.length + reporting.length - 1);
  });
});
