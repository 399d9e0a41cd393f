import { startGridHarness } from '../helpers/grid-subgraph';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startGridHarness());

const MAP = `mutation($d: String!, $rows: [DepartmentGridMappingRow!]!) {
  mapDepartmentGrids(departmentCode: $d, rows: $rows) { ok created updated problems { row code reason } }
}`;
const count = async () =>
  Number((await h.running.dataSource.query('SELECT COUNT(*) AS n FROM department_grids'))[0].n);

describe('many grids into one (多网合一)', () => {
  const basics = () => h.city.geography.grids.filter((g) => g.level === 'BASIC');

  test('a batch of department grids is mapped onto basic grids in one go and shows up on each basic grid', async () => {
    const [b1, b2] = basics();
    const before = await count();
    const rows = [
      { code: '22060201990000000001', name: '卫健第一网格', basicGridCode: b1.code },
      { code: '22060201990000000002', name: '卫健第二网格', basicGridCode: b2.code },
    ];
    const r = await h.gql(MAP, { d: 'WJ', rows });
    expect(r.data.mapDepartmentGrids).toEqual({ ok: true, created: 2, updated: 0, problems: [] });
    expect(await count()).toBe(before + 2);
    const folded = await h.gql(
      'query($c: String!) { grid(code: $c) { departmentGrids { code department { code } basicGrid { code } } } }',
      { c: b1.code },
    );
    expect(folded.data.grid.departmentGrids).toContainEqual({
      code: rows[0].code,
      department: { code: 'WJ' },
      basicGrid: { code: b1.code },
    });
    const expected =
      h.city.grid.departmentGrids.filter((d) => d.basicGridCode === b1.code).length + 1;
    expect(folded.data.grid.departmentGrids).toHaveLength(expected);
  });

  test('remapping an existing department grid moves it to the new basic grid', async () => {
    // Its own department grid, mapped first (tests run in any order), then moved.
    const [, , b3, b4] = basics();
    const code = '22060201990000000003';
    const first = await h.gql(MAP, {
      d: 'WJ',
      rows: [{ code, name: '卫健第三网格', basicGridCode: b4.code }],
    });
    expect(first.data.mapDepartmentGrids).toMatchObject({ ok: true, created: 1, updated: 0 });
    const r = await h.gql(MAP, { d: 'WJ', rows: [{ code, basicGridCode: b3.code }] });
    expect(r.data.mapDepartmentGrids).toMatchObject({ ok: true, created: 0, updated: 1 });
    const on = async (c: string) =>
      (
        await h.gql('query($c: String!) { grid(code: $c) { departmentGrids { code name } } }', {
          c,
        })
      ).data.grid.departmentGrids;
    expect(await on(b3.code)).toContainEqual({ code, name: '卫健第三网格' });
    expect((await on(b4.code)).map((d: { code: string }) => d.code)).not.toContain(code);
  });

  test('one bad row among good ones reports every problem row and writes nothing', async () => {
    const [b1] = basics();
    const micro = h.city.geography.grids.find((g) => g.level === 'MICRO')!;
    const foreign = h.city.grid.departmentGrids.find((d) => d.departmentId !== 1)!; // not 城管 (CG, id 1)
    const before = await count();
    const r = await h.gql(MAP, {
      d: 'CG',
      rows: [
        { code: '22060201010000009001', basicGridCode: b1.code },
        { code: '22060201010000009002', basicGridCode: '220602999999999' },
        { code: '22060201010000009003', basicGridCode: micro.code },
        { code: '22060201010000009001', basicGridCode: b1.code },
        { code: foreign.code, basicGridCode: b1.code },
      ],
    });
    expect(r.data.mapDepartmentGrids.ok).toBe(false);
    expect(r.data.mapDepartmentGrids.created).toBe(0);
    expect(r.data.mapDepartmentGrids.problems).toEqual([
      { row: 1, code: '22060201010000009002', reason: 'UNKNOWN_BASIC_GRID' },
      { row: 2, code: '22060201010000009003', reason: 'NOT_A_BASIC_GRID' },
      { row: 3, code: '22060201010000009001', reason: 'MAPPED_TWICE' },
      { row: 4, code: foreign.code, reason: 'OTHER_DEPARTMENTS_CODE' },
    ]);
    expect(await count()).toBe(before);
  });

  test('an unknown department is NOT_FOUND and an empty batch is BAD_USER_INPUT', async () => {
    expect(
      (await h.gql(MAP, { d: 'XX', rows: [{ code: '1234', basicGridCode: basics()[0].code }] }))
        .errors[0].extensions.code,
    ).toBe('NOT_FOUND');
    expect((await h.gql(MAP, { d: 'CG', rows: [] })).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  test('every department lists its own grids', async () => {
    const r = await h.gql('{ departments { code grids { code } } }');
    const cg = r.data.departments.find((d: { code: string }) => d.code === 'CG');
    expect(cg.grids).toHaveLength(
      h.city.grid.departmentGrids.filter((d) => d.departmentId === 1).length,
    );
  });
});
