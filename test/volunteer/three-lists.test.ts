import { generateCity } from '../../services/demo-city';
import { startVolunteerSubgraph } from './volunteer-harness';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const communities = city.geography.regions.filter((r) => r.level === 'COMMUNITY');
const community = communities[0].code;
const otherStreet = communities.find((c) => c.code.slice(0, 9) !== community.slice(0, 9))!.code;
const h = forThisFile(() => startVolunteerSubgraph(city));

const NEED = `mutation($i: RecordNeedInput!) { recordResidentNeed(input: $i) { id state } }`;
const RESOURCE = `mutation($i: OfferResourceInput!) { offerUnitResource(input: $i) { id } }`;
const MATCH = `mutation($i: MatchNeedInput!) { matchNeed(input: $i) { id need { id state } resource { id unitName } } }`;
const need = async (regionCode: string, category = 'LEGAL_AID') =>
  (await h.ok(NEED, { i: { title: '老人遗嘱咨询', category, regionCode } })).recordResidentNeed
    .id as string;
const resource = async (regionCode: string, category = 'LEGAL_AID') =>
  (
    await h.ok(RESOURCE, {
      i: { unitName: '白山市司法局', title: '律师每周坐班', category, regionCode },
    })
  ).offerUnitResource.id as string;
const unmatchedIds = async (under: string) =>
  (
    await h.ok(
      `query($u: String!) { unmatchedNeeds(under: $u, limit: 100) { totalCount items { id state } } }`,
      { u: under },
    )
  ).unmatchedNeeds;

describe('three lists (三个清单): needs, resources, service projects', () => {
  test('the unmatched needs of each street are exactly the seeded needs no project has met', async () => {
    // Every street but the one where the other tests record needs (they run in any order).
    const streets = city.geography.regions.filter(
      (r) => r.level === 'STREET' && !community.startsWith(r.code),
    );
    expect(streets.length).toBeGreaterThan(1);
    let seen = 0;
    for (const street of streets) {
      const expected = city.volunteer.needs.filter(
        (n) =>
          n.regionCode.startsWith(street.code) &&
          !city.volunteer.projects.some((p) => p.needId === n.id),
      );
      const page = await unmatchedIds(street.code);
      expect(page.totalCount).toBe(expected.length);
      expect(
        page.items.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b),
      ).toEqual(expected.map((n) => n.id));
      seen += expected.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('matching a need to a resource in its street creates a project and takes the need off the unmatched list', async () => {
    const n = await need(community);
    const r = await resource(community);
    expect((await unmatchedIds(community)).items.map((x: { id: string }) => x.id)).toContain(n);
    const project = (
      await h.ok(MATCH, { i: { needId: n, resourceId: r, title: '法律明白人进社区' } })
    ).matchNeed;
    expect(project).toMatchObject({
      need: { id: n, state: 'MATCHED' },
      resource: { id: r, unitName: '白山市司法局' },
    });
    expect((await unmatchedIds(community)).items.map((x: { id: string }) => x.id)).not.toContain(n);
    const projects = await h.ok(
      `query($u: String!) { serviceProjects(under: $u, limit: 100) { items { id need { id } } } }`,
      { u: community },
    );
    expect(projects.serviceProjects.items).toContainEqual({ id: project.id, need: { id: n } });
  });

  test('a need is matched once, even when five matches arrive at once', async () => {
    const n = await need(community);
    const resources = await Promise.all(Array.from({ length: 5 }, () => resource(community)));
    const results = await Promise.all(
      resources.map((r) => h.gql(MATCH, { i: { needId: n, resourceId: r, title: '并发对接' } })),
    );
    expect(results.filter((r) => r.data?.matchNeed)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentState: 'MATCHED' });
    const rows = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM service_projects WHERE need_id = ?',
      [Number(n)],
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  test('a resource from another street or of another category cannot meet a need, and nothing is written', async () => {
    const n = await need(community);
    const far = await resource(otherStreet);
    const wrongKind = await resource(community, 'REPAIR');
    for (const r of [far, wrongKind]) {
      const res = await h.gql(MATCH, { i: { needId: n, resourceId: r, title: '错配' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect((await unmatchedIds(community)).items.map((x: { id: string }) => x.id)).toContain(n);
    const missing = await h.gql(MATCH, {
      i: { needId: '999999', resourceId: far, title: '不存在' },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
