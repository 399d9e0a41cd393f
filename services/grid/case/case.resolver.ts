import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Case } from './case.entity';
import { Grid } from '../grid/grid.entity';
import { Department } from '../department/department.entity';
import { ResidentialCompound } from '../compound.stub';
import type { GridContext } from '../context';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: '按编号查事项 one case by id' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: GridContext) {
    const n = Number(id);
    return Number.isSafeInteger(n) && n > 0 ? ctx.loaders.caseById.load(n) : null;
  }

  @FieldResolver(() => Grid, { nullable: true, description: '所在网格 the grid the case stands in' })
  grid(@Root() c: Case, @Ctx() ctx: GridContext) {
    return ctx.loaders.gridByCode.load(c.gridCode);
  }

  @FieldResolver(() => ResidentialCompound, { nullable: true, description: '涉及小区 the compound the case concerns (property subgraph)' })
  compound(@Root() c: Case): ResidentialCompound | null {
    return c.compoundId == null ? null : Object.assign(new ResidentialCompound(), { id: String(c.compoundId) });
  }

  @FieldResolver(() => Department, { nullable: true, description: '承办部门 the department it was dispatched to (吹哨报到)' })
  department(@Root() c: Case, @Ctx() ctx: GridContext) {
    return c.departmentId == null ? null : ctx.loaders.departmentById.load(c.departmentId);
  }
}
