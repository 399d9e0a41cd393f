import { InputType } from 'type-graphql';
import { In } from 'typeorm';
import { Grid, GridLevel } from './grid.entity';
import { PARENT_LEVEL } from './grid.mutations';
import { Region, RegionLevel } from '../region/region.entity';
import { bulkImportResolver, reject, type BulkSpec } from '../../../shared/bulk-upsert';
import { isGridCode } from '../../../shared/codes';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '网格台账行 one row of a grid spreadsheet, matched on the grid code' })
export class GridImportRow {
  @Input.int('行号 the spreadsheet row, named in rejections')
  row!: number;

  @Input.text('网格编码 15-digit grid code: the natural key')
  code!: string;

  @Input.text('名称 name')
  name!: string;

  @Input.of(() => GridLevel, '层级 level')
  level!: GridLevel;

  @Input.text('上级网格编码 parent grid (none for a community grid)', { nullable: true })
  parentCode?: string | null;

  @Input.text('所属社区代码 the 12-digit community')
  communityCode!: string;

  @Input.int('户数 households')
  households!: number;

  @Input.int('人口 residents')
  population!: number;

  @Input.int('楼栋数 buildings')
  buildings!: number;
}

type Refs = {
  regions: Map<string, Region>;
  grids: Map<string, { level: GridLevel; regionCode: string }>;
};

const SPEC: BulkSpec<GridImportRow, Grid, Refs> = {
  entity: Grid,
  roles: ['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'],
  inputKey: (r) => r.code,
  storedKey: (g) => g.code,
  where: (g) => ({ code: g.code }),
  async prepare(em, rows) {
    const codes = [...new Set(rows.flatMap((r) => [r.code, r.parentCode ?? r.code]))];
    const stored = await em.findBy(Grid, { code: In(codes) });
    const regions = await em.findBy(Region, {
      code: In([...new Set(rows.map((r) => r.communityCode))]),
    });
    // A parent may come earlier in the same batch: rows are parents to the rows after them.
    const grids = new Map<string, { level: GridLevel; regionCode: string }>(
      stored.map((g) => [g.code, g]),
    );
    for (const r of rows)
      if (!grids.has(r.code)) grids.set(r.code, { level: r.level, regionCode: r.communityCode });
    return {
      existing: stored.filter((g) => rows.some((r) => r.code === g.code)),
      refs: { regions: new Map(regions.map((x) => [x.code, x])), grids },
    };
  },
  values(r, { regions, grids }) {
    if (!isGridCode(r.code)) return reject('code', `grid code "${r.code}" must be 15 digits`);
    const community = regions.get(r.communityCode);
    if (!community || community.level !== RegionLevel.COMMUNITY)
      return reject('communityCode', `${r.communityCode} is not a known community`);
    if (!r.code.startsWith(r.communityCode))
      return reject(
        'code',
        `grid code ${r.code} must start with its community code ${r.communityCode}`,
      );
    const wanted = PARENT_LEVEL[r.level];
    if (wanted === null && r.parentCode)
      return reject('parentCode', `a ${r.level} grid has no parent`);
    if (wanted !== null) {
      const parent = r.parentCode ? grids.get(r.parentCode) : undefined;
      if (!parent || parent.level !== wanted || parent.regionCode !== r.communityCode) {
        return reject(
          'parentCode',
          `the parent of a ${r.level} grid must be a ${wanted} grid of community ${r.communityCode}`,
        );
      }
    }
    for (const k of ['households', 'population', 'buildings'] as const)
      if (r[k] < 0) return reject(k, `${k} cannot be negative`);
    return {
      place: r.code,
      values: {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parentCode || null,
        regionCode: r.communityCode,
        households: r.households,
        population: r.population,
        buildings: r.buildings,
      },
    };
  },
};

export const GridImport = bulkImportResolver({
  mutation: 'importGrids',
  description:
    '网格台账导入 upsert up to 500 spreadsheet rows by grid code, parents first, all or nothing; dryRun checks and rolls back',
  row: GridImportRow,
  placeField: 'code',
  spec: SPEC,
});
