import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Department, DepartmentGrid } from './department.entity';
import { Grid } from '../grid/grid.entity';
import type { GridContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => DepartmentGrid)
export class DepartmentGridResolver {
  @FieldOrNull(() => Department, '所属部门 the department that keeps this grid')
  department(@Root() d: DepartmentGrid, @Ctx() ctx: GridContext) {
    return ctx.loaders.departmentById.load(d.departmentId);
  }

  @FieldOrNull(() => Grid, '并入的基础网格 the basic grid it is folded into')
  basicGrid(@Root() d: DepartmentGrid, @Ctx() ctx: GridContext) {
    return d.basicGridCode ? ctx.loaders.gridByCode.load(d.basicGridCode) : null;
  }
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: '职能部门 every department that keeps its own grids' })
  departments(@Ctx() ctx: GridContext) {
    return ctx.dataSource.getRepository(Department).find({ order: { code: 'ASC' } });
  }

  @FieldResolver(() => [DepartmentGrid], { description: "部门网格 the department's own grids" })
  grids(@Root() d: Department, @Ctx() ctx: GridContext) {
    return ctx.loaders.departmentGridsByDepartmentId.load(d.id);
  }
}
