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
import { Inspection, InspectionFinding } from './inspection.entity';
import { UrbanComponent } from '../component/component.entity';
import { parseId, IdArg } from '../../../shared/ids';
import { Case, Grid, caseRef, gridRef } from '../place.stub';
import { Paginated, pageUnder, PageUnderArgs } from '../../../shared/pagination';
import type { UrbanContext } from '../context';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ObjectType({ description: '巡查分页 a page of inspections' })
export class InspectionPage extends Paginated(Inspection) {}

@ArgsType()
class InspectionFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 inspections of grids under this region or grid code',
) {
  @Input.text('起始日期 inspected on or after (YYYY-MM-DD)', {
    nullable: true,
    optional: true,
    matches: /^\d{4}-\d{2}-\d{2}$/,
    message: 'from must be YYYY-MM-DD',
  })
  from?: string;

  @Input.text('截止日期 inspected on or before (YYYY-MM-DD)', {
    nullable: true,
    optional: true,
    matches: /^\d{4}-\d{2}-\d{2}$/,
    message: 'to must be YYYY-MM-DD',
  })
  to?: string;
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => Inspection, { nullable: true, description: '按编号查巡查 one inspection by id' })
  inspection(@IdArg('巡查编号 inspection id') id: string, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.inspectionById.load(parseId(id, 'id'));
  }

  @Query(() => InspectionPage, {
    description:
      "巡查查询 inspections under a region or grid code, newest first, cut to the caller's jurisdiction",
  })
  async inspections(
    @Args() args: InspectionFilterArgs,
    @Ctx() ctx: UrbanContext,
  ): Promise<InspectionPage> {
    const qb = ctx.dataSource.getRepository(Inspection).createQueryBuilder('i');
    if (args.from) qb.andWhere('i.inspected_on >= :from', { from: args.from });
    if (args.to) qb.andWhere('i.inspected_on <= :to', { to: args.to });
    return pageUnder(qb, 'i.grid_code', args, { 'i.inspected_on': 'DESC', 'i.id': 'DESC' });
  }

  @FieldResolver(() => Grid, { description: '所在网格 the grid inspected (grid subgraph)' })
  grid(@Root() i: Inspection): Grid {
    return gridRef(i.gridCode);
  }

  @FieldResolver(() => [InspectionFinding], {
    description: '巡查发现 the findings, one per component looked at',
  })
  findings(@Root() i: Inspection, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.findingsByInspectionId.load(i.id);
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  @FieldOrNull(() => UrbanComponent, '部件 the component')
  component(@Root() f: InspectionFinding, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.urbanComponentById.load(f.componentId);
  }

  @FieldOrNull(() => Inspection, '巡查 the inspection')
  inspection(@Root() f: InspectionFinding, @Ctx() ctx: UrbanContext) {
    return ctx.loaders.inspectionById.load(f.inspectionId);
  }

  @FieldOrNull(() => Case, '立案事项 the grid case opened for this finding, if any (grid subgraph)')
  case(@Root() f: InspectionFinding): Case | null {
    return f.caseId == null ? null : caseRef(f.caseId);
  }
}
