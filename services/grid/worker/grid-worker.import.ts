import { Field, InputType, Int } from 'type-graphql';
import { In, IsNull } from 'typeorm';
import { GridWorker, GridWorkerRole } from './grid-worker.entity';
import { GridWorkerAssignment } from './grid-worker-assignment.entity';
import { Grid, GridLevel } from '../grid/grid.entity';
import { bulkImportResolver, reject, type BulkSpec } from '../../../shared/bulk-upsert';
import { dateProblem, phoneProblem } from '../../../shared/cell-checks';

@InputType({
  description:
    '网格员台账行 one row of a grid-worker spreadsheet, matched on grid, phone and role among those serving',
})
export class GridWorkerImportRow {
  @Field(() => Int, { description: '行号 the spreadsheet row, named in rejections' })
  row!: number;

  @Field({ description: '姓名 name' })
  name!: string;

  @Field({ description: '电话 phone' })
  phone!: string;

  @Field(() => GridWorkerRole, { description: '角色 role' })
  role!: GridWorkerRole;

  @Field({ description: '所在网格编码 the grid served' })
  gridCode!: string;

  @Field(() => String, {
    nullable: true,
    description: '楼栋/单元 building or unit label (building and unit heads)',
  })
  buildingLabel?: string | null;

  @Field({ description: '任职日期 from (YYYY-MM-DD)' })
  startedOn!: string;
}

const LABELLED: GridWorkerRole[] = [GridWorkerRole.BUILDING_HEAD, GridWorkerRole.UNIT_HEAD];
const key = (x: { gridCode: string; phone: string; role: string }) =>
  `${x.gridCode}|${x.phone}|${x.role}`;

const SPEC: BulkSpec<GridWorkerImportRow, GridWorker, Map<string, Grid>> = {
  entity: GridWorker,
  roles: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'],
  inputKey: key,
  storedKey: key,
  where: (w) => ({ id: w.id }),
  async prepare(em, rows) {
    const codes = [...new Set(rows.map((r) => r.gridCode))];
    const existing = await em.findBy(GridWorker, {
      gridCode: In(codes),
      phone: In([...new Set(rows.map((r) => r.phone))]),
      endedOn: IsNull(),
    });
    const grids = await em.findBy(Grid, { code: In(codes) });
    return { existing, refs: new Map(grids.map((g) => [g.code, g])) };
  },
  values(r, grids, existing) {
    if (phoneProblem(r.phone)) return reject('phone', phoneProblem(r.phone)!);
    const grid = grids.get(r.gridCode);
    if (!grid) return reject('gridCode', `grid ${r.gridCode} does not exist`);
    if (r.role === GridWorkerRole.MICRO_GRID && grid.level !== GridLevel.MICRO)
      return reject('gridCode', `a micro-grid worker serves a MICRO grid, not ${grid.level}`);
    if (LABELLED.includes(r.role) && !r.buildingLabel)
      return reject('buildingLabel', `a ${r.role} needs a building or unit label`);
    if (dateProblem(r.startedOn)) return reject('startedOn', dateProblem(r.startedOn)!);
    const values = {
      name: r.name,
      phone: r.phone,
      role: r.role,
      gridCode: r.gridCode,
      buildingLabel: r.buildingLabel || null,
    };
    // An appointment's start date belongs to its history record; a re-import does not rewrite it.
    return {
      place: r.gridCode,
      values: existing ? values : { ...values, startedOn: r.startedOn, endedOn: null },
    };
  },
  async afterCreate(em, created) {
    await em.insert(
      GridWorkerAssignment,
      created.map((w) => ({
        workerId: Number(w.id),
        gridCode: w.gridCode!,
        role: w.role!,
        buildingLabel: w.buildingLabel ?? null,
        startedOn: w.startedOn!,
        endedOn: null,
        endReason: null,
      })),
    );
  },
};

export const GridWorkerImport = bulkImportResolver({
  mutation: 'importGridWorkers',
  description:
    '网格员台账导入 upsert up to 500 spreadsheet rows of serving workers and heads, all or nothing; dryRun checks and rolls back',
  row: GridWorkerImportRow,
  placeField: 'gridCode',
  spec: SPEC,
});
