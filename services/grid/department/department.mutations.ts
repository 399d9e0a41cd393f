import { Arg, Ctx, Resolver } from 'type-graphql';
import { In } from 'typeorm';
import { Department, DepartmentGrid } from './department.entity';
import {
  DepartmentGridMappingRow,
  MappingProblem,
  MappingProblemReason as R,
  MappingResult,
} from './department-mapping';
import { Grid, GridLevel } from '../grid/grid.entity';
import { writeTransaction } from '../../../shared/tx';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import type { GridContext } from '../context';
import { assertWithin } from '../../../shared/auth/policy';
import { ForbiddenError } from '../../../shared/errors';
import { WriteMutation } from '../../../shared/auth/write-rule';

export const MAX_MAPPING_ROWS = 5000;

@Resolver()
export class DepartmentMutations {
  @WriteMutation(
    () => MappingResult,
    '多网合一批量映射 map many department grids onto basic grids in one transaction; any bad row and nothing is written',
    {
      roles: ['CITY_ADMIN', 'STREET_STAFF', 'DEPARTMENT'],
      place: (a) => (a.rows ?? []).map((r: { basicGridCode: string }) => r.basicGridCode),
    },
  )
  mapDepartmentGrids(
    @Arg('departmentCode', { description: '部门代码 department code' }) departmentCode: string,
    @Arg('rows', () => [DepartmentGridMappingRow], { description: '映射行 the rows' })
    rows: DepartmentGridMappingRow[],
    @Ctx() ctx: GridContext,
  ): Promise<MappingResult> {
    if (rows.length === 0 || rows.length > MAX_MAPPING_ROWS) {
      throw new BadUserInputError(`a batch has 1–${MAX_MAPPING_ROWS} rows, not ${rows.length}`, {
        field: 'rows',
      });
    }
    const v = ctx.viewer;
    const own = v.role === 'DEPARTMENT' && v.departmentCode === departmentCode;
    if (!own && !['CITY_ADMIN', 'STREET_STAFF', 'SERVICE'].includes(v.role)) {
      throw new ForbiddenError(`role ${v.role} may not map ${departmentCode}'s grids`);
    }
    for (const r of rows) assertWithin(v, r.basicGridCode, 'the basic grid');
    return writeTransaction(ctx.dataSource, async (em) => {
      const dept = await em.findOneBy(Department, { code: departmentCode });
      if (!dept) throw new NotFoundError('Department', departmentCode);
      // Two set-based reads validate the whole batch: the targets, and the codes that already exist.
      const targets = new Map(
        (await em.findBy(Grid, { code: In([...new Set(rows.map((r) => r.basicGridCode))]) })).map(
          (g) => [g.code, g],
        ),
      );
      const existing = new Map(
        (await em.findBy(DepartmentGrid, { code: In(rows.map((r) => r.code)) })).map((d) => [
          d.code,
          d,
        ]),
      );
      const seen = new Map<string, number>();
      const problems: MappingProblem[] = [];
      rows.forEach((r, row) => {
        const problem = (reason: R, message: string) =>
          problems.push({ row, code: r.code, reason, message });
        if (seen.has(r.code))
          problem(R.MAPPED_TWICE, `${r.code} is also in row ${seen.get(r.code)}`);
        seen.set(r.code, seen.get(r.code) ?? row);
        const target = targets.get(r.basicGridCode);
        if (!target) problem(R.UNKNOWN_BASIC_GRID, `basic grid ${r.basicGridCode} does not exist`);
        else if (target.level !== GridLevel.BASIC)
          problem(R.NOT_A_BASIC_GRID, `${r.basicGridCode} is a ${target.level} grid, not BASIC`);
        const other = existing.get(r.code);
        if (other && other.departmentId !== dept.id)
          problem(R.OTHER_DEPARTMENTS_CODE, `${r.code} belongs to another department`);
      });
      if (problems.length) return { ok: false, created: 0, updated: 0, problems };
      let created = 0;
      let updated = 0;
      const fresh = rows.filter((r) => !existing.has(r.code));
      for (let i = 0; i < fresh.length; i += 500) {
        const chunk = fresh.slice(i, i + 500).map((r) => ({
          departmentId: dept.id,
          code: r.code,
          name: r.name ?? r.code,
          basicGridCode: r.basicGridCode,
        }));
        await em.insert(DepartmentGrid, chunk);
        created += chunk.length;
      }
      for (const r of rows.filter((x) => existing.has(x.code))) {
        const before = existing.get(r.code)!;
        await em.update(
          DepartmentGrid,
          { id: before.id },
          { basicGridCode: r.basicGridCode, name: r.name ?? before.name },
        );
        updated += 1;
      }
      return { ok: true, created, updated, problems: [] };
    });
  }
}
