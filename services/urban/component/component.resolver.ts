import {
  Args,
  ArgsType,
  Ctx,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { UrbanComponent, UrbanComponentCondition, UrbanComponentKind } from './component.entity';
import { InspectionFinding } from '../inspection/inspection.entity';
import { Grid, gridRef } from '../place.stub';
import { Paginated, pageUnder, PageUnderArgs } from '../../../shared/pagination';
import { parseId, IdArg } from '../../../shared/ids';
import type { UrbanContext } from '../context';
import { Input } from '../../../shared/input-fields';

@ObjectType({ description: '部件分页 a page of urban components' })
export class UrbanComponentPage extends Paginated(UrbanComponent) {}

@ArgsType()
export class UrbanComponentFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 every component under this region or grid code',
) {
  @Input.of(() => UrbanComponentKind, '类型 only this kind', { nullable: true })
  kind?: UrbanComponentKind;

  @Input.of(() => UrbanComponentCondition, '状况 only this condition', { nullable: true })
  condition?: UrbanComponentCondition;
}

@Resolver(() => UrbanComponent)
export class UrbanComponentResolver {
  @Query(() => UrbanComponent, { nullable: true, description: '按编号查部件 one component by id' })
  urbanComponent(@IdArg('部件编号 urban component id') id: string, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.urbanComponentById.load(parseId(id, 'id'));
  }

  @Query(() => UrbanComponentPage, {
    description:
      "部件查询 components under a region or grid code, by kind and condition, cut to the caller's jurisdiction",
  })
  async urbanComponents(
    @Args() args: UrbanComponentFilterArgs,
    @Ctx() ctx: UrbanContext,
  ): Promise<UrbanComponentPage> {
    const qb = ctx.dataSource.getRepository(UrbanComponent).createQueryBuilder('r');
    if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
    if (args.condition) qb.andWhere('r.current_condition = :cond', { cond: args.condition });
    return pageUnder(qb, 'r.grid_code', args, { 'r.id': 'ASC' });
  }

  @FieldResolver(() => Grid, { description: '所在网格 the grid (grid subgraph)' })
  grid(@Root() r: UrbanComponent): Grid {
    return gridRef(r.gridCode);
  }

  @FieldResolver(() => [InspectionFinding], {
    description: '巡查记录 what inspections found on this component, oldest first',
  })
  findings(@Root() r: UrbanComponent, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.findingsByComponentId.load(r.id);
  }
}
