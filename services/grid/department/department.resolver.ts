import { Ctx, Query, Resolver } from 'type-graphql';
import { Department, DepartmentGrid } from './department.entity';
import { Grid } from '../grid/grid.entity';
import type { GridContext } from '../context';
import { field, link, Resolving } from '../../../shared/queries';

@Resolver(() => DepartmentGrid)
export class DepartmentGridResolver extends Resolving<DepartmentGrid, GridContext>(DepartmentGrid, {
  fields: {
    department: link(
      Department,
      '所属部门 the department that keeps this grid',
      'departmentById',
      'departmentId',
    ),
    basicGrid: link(
      Grid,
      '并入的基础网格 the basic grid it is folded into',
      'gridByCode',
      'basicGridCode',
    ),
  },
}) {}

@Resolver(() => Department)
export class DepartmentResolver extends Resolving<Department, GridContext>(Department, {
  fields: {
    grids: field([DepartmentGrid], "部门网格 the department's own grids", (d, ctx) =>
      ctx.loaders.departmentGridsByDepartmentId.load(d.id),
    ),
  },
}) {
  @Query(() => [Department], { description: '职能部门 every department that keeps its own grids' })
  departments(@Ctx() ctx: GridContext) {
    return ctx.dataSource.getRepository(Department).find({ order: { code: 'ASC' } });
  }
}
