import { ArgsType, Resolver } from 'type-graphql';
import { UrbanComponent, UrbanComponentCondition, UrbanComponentKind } from './component.entity';
import { InspectionFinding } from '../inspection/inspection.entity';
import { Grid, gridRef } from '../place.stub';
import { PageUnderArgs } from '../../../shared/pagination';
import { byValidId, field, listUnder, Resolving } from '../../../shared/queries';
import type { UrbanContext } from '../context';
import { Input } from '../../../shared/input-fields';

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
export class UrbanComponentResolver extends Resolving<UrbanComponent, UrbanContext>(
  UrbanComponent,
  {
    queries: {
      urbanComponent: byValidId(
        '按编号查部件 one component by id',
        '部件编号 urban component id',
        (ctx, id) => ctx.loaders.urbanComponentById.load(id),
      ),
      urbanComponents: listUnder(
        ['UrbanComponentPage', '部件分页 a page of urban components'],
        UrbanComponentFilterArgs,
        {
          description:
            "部件查询 components under a region or grid code, by kind and condition, cut to the caller's jurisdiction",
          under: 'r.grid_code',
          where: { kind: 'r.kind = :kind', condition: 'r.current_condition = :condition' },
        },
      ),
    },
    fields: {
      grid: field(Grid, '所在网格 the grid (grid subgraph)', (r) => gridRef(r.gridCode)),
      findings: field(
        [InspectionFinding],
        '巡查记录 what inspections found on this component, oldest first',
        (r, ctx) => ctx.loaders.findingsByComponentId.load(r.id),
      ),
    },
  },
) {}
