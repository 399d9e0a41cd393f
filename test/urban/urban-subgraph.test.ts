import { generateCity } from '../../services/demo-city';
import { urbanService } from '../../services/urban/service';
import { UrbanComponent } from '../../services/urban/component/component.entity';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader, unprovenRequests } from '../helpers/auth';

const city = generateCity('demo', 20210104);
const rows = city.urban.components;
const sub = subgraphForThisFile(urbanService, { city });

describe('the urban subgraph', () => {
  test('_entities answers 50 Grids, 50 UrbanComponents and 50 Cases with one statement per loader', async () => {
    const grids = [...new Set(rows.map((r) => r.gridCode))].slice(0, 50);
    const ids = rows.slice(0, 50).map((r) => String(r.id));
    const cases = city.grid.cases.slice(0, 50).map((c) => String(c.id));
    const reps = [
      ...grids.map((code) => ({ __typename: 'Grid', code })),
      ...ids.map((id) => ({ __typename: 'UrbanComponent', id })),
      ...cases.map((id) => ({ __typename: 'Case', id })),
    ];
    sub.counter.reset();
    const { body } = await postGraphQL(
      sub.url,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Grid { code urbanComponents { id } urbanInspections { id } } ... on UrbanComponent { id gridCode }
      ... on Case { id urbanTicket onSiteRecords { action } } } }`,
      { r: reps },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities.slice(0, grids.length).map((e: { code: string }) => e.code)).toEqual(
      grids,
    );
    expect(
      body.data._entities.slice(grids.length, grids.length + 50).map((e: { id: string }) => e.id),
    ).toEqual(ids);
    expect(body.data._entities.slice(grids.length + 50).map((e: { id: string }) => e.id)).toEqual(
      cases,
    );
    expect(sub.counter.statements).toBe(5);
  });

  test('a grid lists exactly its own components', async () => {
    const code = rows[0].gridCode;
    const { body } = await postGraphQL(
      sub.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { urbanComponents { id kind condition locationLabel installedOn } } } }',
      { r: [{ __typename: 'Grid', code }] },
    );
    const expected = rows
      .filter((r) => r.gridCode === code)
      .map(({ gridCode: _g, ...r }) => ({ ...r, id: String(r.id) }));
    expect(body.data._entities[0].urbanComponents).toEqual(expected);
  });

  test('a request without the gateway proof, or with a proof signed by another secret, is refused with 401 UNAUTHENTICATED', async () => {
    for (const r of await unprovenRequests(sub.url)) {
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  test("adding a component on a grid outside the caller's jurisdiction is refused with FORBIDDEN and writes nothing", async () => {
    const inside = rows[0].gridCode;
    const outside = rows.find((r) => !r.gridCode.startsWith(inside.slice(0, 9)))!.gridCode;
    const before = await sub.dataSource.getRepository(UrbanComponent).count();
    const headers = await proofHeader({
      sub: 't',
      role: 'STREET_STAFF',
      regionPrefix: inside.slice(0, 9),
    });
    const mutation =
      'mutation($g: GridCode!) { createUrbanComponent(input: { gridCode: $g, kind: BIN, locationLabel: "南门" }) { id gridCode condition } }';
    const refused = await postGraphQL(sub.url, mutation, { g: outside }, headers);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await sub.dataSource.getRepository(UrbanComponent).count()).toBe(before);
    const made = await postGraphQL(sub.url, mutation, { g: inside }, headers);
    expect(made.body.data.createUrbanComponent).toMatchObject({
      gridCode: inside,
      condition: 'GOOD',
    });
    await sub.dataSource
      .getRepository(UrbanComponent)
      .delete({ id: Number(made.body.data.createUrbanComponent.id) });
  });
});
