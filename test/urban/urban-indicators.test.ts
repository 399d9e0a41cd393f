import { generateCity } from '../../services/demo-city';
import { regionPrefix } from '../../shared/codes';
import { urbanService } from '../../services/urban/service';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';

const city = generateCity('demo', 20210104);
const sub = subgraphForThisFile(urbanService, { city });

const QUERY = `query($r: [_Any!]!, $asOf: LocalDate) { _entities(representations: $r) { ... on Region { urbanIndicators(asOf: $asOf) {
  components componentsByKind { kind total good damaged missing } componentsByCondition { key count }
  damagedOrMissing damagedOrMissingRate inspectionsLast30Days tickets } } } }`;
const indicators = async (code: string) => {
  const { body } = await postGraphQL(sub.url, QUERY, {
    r: [{ __typename: 'Region', code }],
    asOf: city.now.toISOString().slice(0, 10),
  });
  expect(body.errors).toBeUndefined();
  return body.data._entities[0].urbanIndicators;
};

/** The same figures, counted in memory from the generator's rows. */
function expected(code: string) {
  const p = regionPrefix(code);
  const comps = city.urban.components.filter((c) => c.gridCode.startsWith(p));
  const bad = comps.filter((c) => c.condition !== 'GOOD').length;
  const since = new Date(city.now.getTime() - 30 * 86400000).toISOString().slice(0, 10);
  const kinds = [...new Set(comps.map((c) => c.kind))].sort();
  return {
    components: comps.length,
    componentsByKind: kinds.map((kind) => {
      const of = comps.filter((c) => c.kind === kind);
      const n = (cond: string) => of.filter((c) => c.condition === cond).length;
      return {
        kind,
        total: of.length,
        good: n('GOOD'),
        damaged: n('DAMAGED'),
        missing: n('MISSING'),
      };
    }),
    componentsByCondition: ['DAMAGED', 'GOOD', 'MISSING']
      .map((key) => ({ key, count: comps.filter((c) => c.condition === key).length }))
      .filter((x) => x.count > 0),
    damagedOrMissing: bad,
    damagedOrMissingRate: comps.length ? bad / comps.length : null,
    inspectionsLast30Days: city.urban.inspections.filter(
      (i) =>
        i.gridCode.startsWith(p) &&
        i.inspectedOn > since &&
        i.inspectedOn <= city.now.toISOString().slice(0, 10),
    ).length,
    tickets: city.urban.tickets.filter((t) => t.gridCode.startsWith(p)).length,
  };
}

describe('Region.urbanIndicators', () => {
  const street = city.geography.regions.find((r) => r.level === 'STREET')!.code;
  const community = city.geography.regions.find((r) => r.level === 'COMMUNITY')!.code;

  test.each([
    ['the city', '220600'],
    ['a district', '220602'],
    ['a street', street],
    ['a community', community],
  ])('for %s match the demo inventory under its code prefix', async (_what, code) => {
    const got = await indicators(code);
    const want = expected(code);
    expect({ ...got, damagedOrMissingRate: null }).toEqual({ ...want, damagedOrMissingRate: null });
    expect(got.damagedOrMissingRate).toBeCloseTo(want.damagedOrMissingRate!, 10);
  });

  test('are computed in SQL: three statements for a community and for the whole city alike', async () => {
    for (const code of [community, '220600']) {
      sub.counter.reset();
      await indicators(code);
      expect(sub.counter.statements).toBe(3);
    }
  });

  test('for a street with no components report zero and a null damaged-or-missing rate', async () => {
    expect(await indicators('220602999')).toMatchObject({
      components: 0,
      componentsByKind: [],
      damagedOrMissing: 0,
      damagedOrMissingRate: null,
      inspectionsLast30Days: 0,
    });
  });

  test('the demo inventory has realistic proportions: mostly good, with street lights and manhole covers the commonest kinds', () => {
    const all = expected('220600');
    expect(all.damagedOrMissing / all.components).toBeGreaterThan(0.05);
    expect(all.damagedOrMissing / all.components).toBeLessThan(0.3);
    const top = [...all.componentsByKind]
      .sort((a, b) => b.total - a.total)
      .slice(0, 2)
      .map((k) => k.kind);
    expect(top.sort()).toEqual(['MANHOLE_COVER', 'STREETLIGHT']);
  });
});
