import { generateCity } from '../../services/demo-city';
import { gridService } from '../../services/grid/service';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';

const city = generateCity('demo', 20210104);
const grid = subgraphForThisFile(gridService, { city });

describe('grid subgraph', () => {
  test('a grid is found by code with its workers and open cases', async () => {
    const basic = city.geography.grids.find((g) => g.level === 'BASIC')!;
    const { body } = await postGraphQL(
      grid.url,
      `query($c: String!) { grid(code: $c) { code name level workers { role } openCases { state } parent { level } } }`,
      { c: basic.code },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.grid).toMatchObject({
      code: basic.code,
      name: basic.name,
      level: 'BASIC',
      parent: { level: 'COMMUNITY_GRID' },
    });
    const expectedWorkers = city.grid.workers.filter(
      (w) => w.gridCode === basic.code && !w.endedOn,
    ).length;
    expect(body.data.grid.workers).toHaveLength(expectedWorkers);
    const open = city.grid.cases.filter(
      (c) => c.gridCode === basic.code && !['CLOSED', 'RATED'].includes(c.state),
    ).length;
    expect(body.data.grid.openCases).toHaveLength(open);
  });

  test('_entities with 100 Grid representations runs exactly one SQL statement', async () => {
    const codes = city.geography.grids.slice(0, 100).map((g) => g.code);
    expect(codes).toHaveLength(Math.min(100, city.geography.grids.length));
    const representations = codes.map((code) => ({ __typename: 'Grid', code }));
    grid.counter.reset();
    const { body } = await postGraphQL(
      grid.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { code name } } }',
      { r: representations },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities.map((e: { code: string }) => e.code)).toEqual(codes);
    expect(grid.counter.statements).toBe(1);
  });

  test('a malformed grid code is refused with BAD_USER_INPUT and no stack trace', async () => {
    const { status, body } = await postGraphQL(grid.url, '{ grid(code: "12ab") { code } }');
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});
