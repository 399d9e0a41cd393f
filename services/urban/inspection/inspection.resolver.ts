import { ArgsType, Resolver } from 'type-graphql';
import { Inspection, InspectionFinding } from './inspection.entity';
import { UrbanComponent } from '../component/component.entity';
import { Case, Grid, caseRef, gridRef } from '../place.stub';
import { PageUnderArgs } from '../../../shared/pagination';
import { byValidId, field, fieldOrNull, link, listUnder, Resolving } from '../../../shared/queries';
import type { UrbanContext } from '../context';
import { Input, isoDate } from '../../../shared/input-fields';

@ArgsType()
class InspectionFilterArgs extends PageUnderArgs(
  '区划或网格编码前缀 inspections of grids under this region or grid code',
) {
  @Input.text(
    '起始日期 inspected on or after (YYYY-MM-DD)',
    isoDate('from', { nullable: true, optional: true }),
  )
  from?: string;

  @Input.text(
    '截止日期 inspected on or before (YYYY-MM-DD)',
    isoDate('to', { nullable: true, optional: true }),
  )
  to?: string;
}

@Resolver(() => Inspection)
export class InspectionResolver extends Resolving<Inspection, UrbanContext>(Inspection, {
  queries: {
    inspection: byValidId(
      '按编号查巡查 one inspection by id',
      '巡查编号 inspection id',
      (ctx, id) => ctx.loaders.inspectionById.load(id),
    ),
    inspections: listUnder(
      ['InspectionPage', '巡查分页 a page of inspections'],
      InspectionFilterArgs,
      {
        description:
          "巡查查询 inspections under a region or grid code, newest first, cut to the caller's jurisdiction",
        under: 'r.grid_code',
        where: { from: 'r.inspected_on >= :from', to: 'r.inspected_on <= :to' },
        order: { 'r.inspected_on': 'DESC', 'r.id': 'DESC' },
      },
    ),
  },
  fields: {
    grid: field(Grid, '所在网格 the grid inspected (grid subgraph)', (i) => gridRef(i.gridCode)),
    findings: field(
      [InspectionFinding],
      '巡查发现 the findings, one per component looked at',
      (i, ctx) => ctx.loaders.findingsByInspectionId.load(i.id),
    ),
  },
}) {}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver extends Resolving<InspectionFinding, UrbanContext>(
  InspectionFinding,
  {
    fields: {
      component: link(UrbanComponent, '部件 the component', 'urbanComponentById', 'componentId'),
      inspection: link(Inspection, '巡查 the inspection', 'inspectionById', 'inspectionId'),
      case: fieldOrNull(
        Case,
        '立案事项 the grid case opened for this finding, if any (grid subgraph)',
        (f) => (f.caseId == null ? null : caseRef(f.caseId)),
      ),
    },
  },
) {}
