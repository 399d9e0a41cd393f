import { generateCity } from '../../services/demo-city';
import { accountabilityService } from '../../services/accountability/service';
import { demoAccountability } from '../../services/accountability/seed';
import { SecretaryProject } from '../../services/accountability/project/secretary-project.entity';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader, unprovenRequests } from '../helpers/auth';

const city = generateCity('demo', 20210104);
const demo = demoAccountability(city);
const sub = subgraphForThisFile(accountabilityService, { city });

describe('the accountability subgraph', () => {
  test("_entities answers 50 grids' and compounds' package responsibilities with one statement per loader", async () => {
    const grids = [
      ...new Set(city.geography.grids.filter((g) => g.level === 'BASIC').map((g) => g.code)),
    ].slice(0, 50);
    const compounds = city.property.compounds.slice(0, 50).map((c) => String(c.id));
    const reps = [
      ...grids.map((code) => ({ __typename: 'Grid', code })),
      ...compounds.map((id) => ({ __typename: 'ResidentialCompound', id })),
    ];
    sub.counter.reset();
    const { body } = await postGraphQL(
      sub.url,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Grid { code packageResponsibilities { id compoundId } } ... on ResidentialCompound { id packageResponsibilities { id } } } }`,
      { r: reps },
    );
    expect(body.errors).toBeUndefined();
    const byGrid = body.data._entities.slice(0, grids.length);
    expect(byGrid.map((e: { code: string }) => e.code)).toEqual(grids);
    expect(
      byGrid.flatMap((e: { packageResponsibilities: unknown[] }) => e.packageResponsibilities)
        .length,
    ).toBe(demo.packages.filter((p) => grids.includes(p.gridCode)).length);
    expect(sub.counter.statements).toBe(2);
  });

  test('a request without the gateway proof, or with a proof signed by another secret, is refused with 401 UNAUTHENTICATED', async () => {
    for (const r of await unprovenRequests(sub.url)) {
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test("claiming a project outside the caller's jurisdiction, or above its level, is refused with FORBIDDEN and writes nothing", async () => {
    const community = city.geography.regions.filter((r) => r.level === 'COMMUNITY');
    const inside = community[0].code;
    const outside = community.find((c) => !c.code.startsWith(inside.slice(0, 9)))!.code;
    const repo = sub.dataSource.getRepository(SecretaryProject);
    const before = await repo.count();
    const headers = await proofHeader({
      sub: 't',
      role: 'STREET_STAFF',
      regionPrefix: inside.slice(0, 9),
    });
    const mutation = `mutation($l: SecretaryLevel!, $c: RegionCode!) { claimSecretaryProject(input: { level: $l, regionCode: $c, secretaryName: "王书记", year: 2026,
      title: "加装电梯", problem: "老楼加装电梯协调难", milestones: [{ title: "摸底", dueOn: "2026-12-01" }], claimedOn: "2026-11-02" }) { id regionCode status } }`;
    for (const v of [
      { l: 'COMMUNITY', c: outside },
      { l: 'DISTRICT', c: inside.slice(0, 6) },
    ]) {
      const refused = await postGraphQL(sub.url, mutation, v, headers);
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await repo.count()).toBe(before);
    const made = await postGraphQL(sub.url, mutation, { l: 'COMMUNITY', c: inside }, headers);
    expect(made.body.data.claimSecretaryProject).toMatchObject({
      regionCode: inside,
      status: 'CLAIMED',
    });
    expect(await repo.count()).toBe(before + 1);
  });
});
