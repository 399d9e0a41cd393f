import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Region } from './region.stub';
import { PartyIndicators, computePartyIndicators } from './region-indicators';
import { assertPrefix } from '../../../shared/codes';
import type { PartyContext } from '../context';

@Resolver(() => Region)
export class PartyRegionResolver {
  @FieldResolver(() => PartyIndicators, {
    nullable: true,
    description:
      '党建指标 party organisation, member, station and dual-report indicators under this region',
  })
  @Directive('@requires(fields: "gridIndicators { gridsByLevel { key count } }")')
  partyIndicators(@Root() region: Region, @Ctx() ctx: PartyContext): Promise<PartyIndicators> {
    const basic = region.gridIndicators?.gridsByLevel?.find((k) => k.key === 'BASIC');
    const basicGrids = region.gridIndicators ? (basic?.count ?? 0) : null;
    return computePartyIndicators(ctx.dataSource, assertPrefix(region.code, 'code'), basicGrids);
  }
}
