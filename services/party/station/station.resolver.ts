import { ArgsType, Resolver } from 'type-graphql';
import { ServiceStation, ServiceStationKind } from './station.entity';
import { Grid } from '../grid/grid.stub';
import { PageUnderArgs } from '../../../shared/pagination';
import { fieldOrNull, listUnder, Resolving } from '../../../shared/queries';
import type { PartyContext } from '../context';
import { Input } from '../../../shared/input-fields';

@ArgsType()
export class ServiceStationFilterArgs extends PageUnderArgs(
  '区划代码 stations under this region code (6/9/12 digits)',
) {
  @Input.of(() => ServiceStationKind, '类别 only centres or only stations', { nullable: true })
  kind?: ServiceStationKind;
}

@Resolver(() => ServiceStation)
export class ServiceStationResolver extends Resolving<ServiceStation, PartyContext>(
  ServiceStation,
  {
    queries: {
      partyServiceStations: listUnder(
        ['ServiceStationPage', '党群服务阵地分页 a page of service centres and stations'],
        ServiceStationFilterArgs,
        {
          description:
            '党群服务中心/站 service centres and stations under a region code, paginated',
          under: 'r.region_code',
          where: { kind: 'r.kind = :kind' },
        },
      ),
    },
    fields: {
      grid: fieldOrNull(Grid, '所在网格 the grid a station serves (grid subgraph)', (s) =>
        s.gridCode ? Object.assign(new Grid(), { code: s.gridCode }) : null,
      ),
    },
  },
) {}
