import { Args, ArgsType, Ctx, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ServiceStation, ServiceStationKind } from './station.entity';
import { Grid } from '../grid/grid.stub';
import { Paginated, pageUnder, PageUnderArgs } from '../../../shared/pagination';
import type { PartyContext } from '../context';
import { Input } from '../../../shared/input-fields';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ObjectType({ description: '党群服务阵地分页 a page of service centres and stations' })
export class ServiceStationPage extends Paginated(ServiceStation) {}

@ArgsType()
export class ServiceStationFilterArgs extends PageUnderArgs(
  '区划代码 stations under this region code (6/9/12 digits)',
) {
  @Input.of(() => ServiceStationKind, '类别 only centres or only stations', { nullable: true })
  kind?: ServiceStationKind;
}

@Resolver(() => ServiceStation)
export class ServiceStationResolver {
  @Query(() => ServiceStationPage, {
    description: '党群服务中心/站 service centres and stations under a region code, paginated',
  })
  async partyServiceStations(
    @Args() args: ServiceStationFilterArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<ServiceStationPage> {
    const qb = ctx.dataSource.getRepository(ServiceStation).createQueryBuilder('s');
    if (args.kind) qb.andWhere('s.kind = :kind', { kind: args.kind });
    return pageUnder(qb, 's.region_code', args, { 's.id': 'ASC' });
  }

  @FieldOrNull(() => Grid, '所在网格 the grid a station serves (grid subgraph)')
  grid(@Root() s: ServiceStation): Grid | null {
    return s.gridCode ? Object.assign(new Grid(), { code: s.gridCode }) : null;
  }
}
