import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { UrbanComponent, UrbanComponentCondition, UrbanComponentKind } from './component.entity';
import { InspectionFinding } from '../inspection/inspection.entity';
import { Grid, gridRef } from '../place.stub';
import { PageArgs, Paginated, toPage } from '../../../shared/pagination';
import { assertPrefix, underPrefixSql } from '../../../shared/codes';
import { BadUserInputError } from '../../../shared/errors';
import type { UrbanContext } from '../context';

@ObjectType({ description: '部件分页 a page of urban components' })
export class UrbanComponentPage extends Paginated(UrbanComponent) {}

@ArgsType()
export class UrbanComponentFilterArgs extends PageArgs {
  @Field({ description: '区划或网格编码前缀 every component under this region or grid code' })
  under!: string;

  @Field(() => UrbanComponentKind, { nullable: true, description: '类型 only this kind' })
  kind?: UrbanComponentKind;

  @Field(() => UrbanComponentCondition, { nullable: true, description: '状况 only this condition' })
  condition?: UrbanComponentCondition;
}

export const positiveId = (id: string, field = 'id'): number => {
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) throw new BadUserInputError(`${field} "${id}" must be a positive number`, { field });
  return n;
};

@Resolver(() => UrbanComponent)
export class UrbanComponentResolver {
  @Query(() => UrbanComponent, { nullable: true, description: '按编号查部件 one component by id' })
  urbanComponent(@Arg('id', () => ID) id: string, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.urbanComponentById.load(positiveId(id));
  }

  @Query(() => UrbanComponentPage, { description: '部件查询 components under a region or grid code, by kind and condition, cut to the caller\'s jurisdiction' })
  async urbanComponents(@Args() args: UrbanComponentFilterArgs, @Ctx() ctx: UrbanContext): Promise<UrbanComponentPage> {
    const [range, params] = underPrefixSql('r.grid_code', assertPrefix(args.under, 'under'));
    const qb = ctx.dataSource.getRepository(UrbanComponent).createQueryBuilder('r').where(range, params);
    if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
    if (args.condition) qb.andWhere('r.current_condition = :cond', { cond: args.condition });
    const [items, total] = await qb.orderBy('r.id', 'ASC').skip(args.offset).take(args.limit).getManyAndCount();
    return toPage(items, total, args);
  }

  @FieldResolver(() => Grid, { description: '所在网格 the grid (grid subgraph)' })
  grid(@Root() r: UrbanComponent): Grid {
    return gridRef(r.gridCode);
  }

  @FieldResolver(() => [InspectionFinding], { description: '巡查记录 what inspections found on this component, oldest first' })
  findings(@Root() r: UrbanComponent, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.findingsByComponentId.load(r.id);
  }
}
