import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { GridIndicators, Region } from './region.stub';
import { PartyIndicators, computePartyIndicators } from './region-indicators';
import { assertPrefix } from '../../../shared/codes';
import { AsOfArg, indicatorClock } from '../../../shared/as-of';
import type { PartyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Region)
export class PartyRegionResolver {
  @FieldOrNull(
    () => PartyIndicators,
    '党建指标 party organisation, member, station and dual-report indicators under this region',
  )
  @Directive('@requires(fields: "gridIndicators { gridsByLevel { key count } }")')
  partyIndicators(
    @Root() region: Region,
    @Ctx() ctx: PartyContext,
    @AsOfArg() asOf?: string | null,
  ): Promise<PartyIndicators> {
    const basic = region.gridIndicators?.gridsByLevel?.find((k) => k.key === 'BASIC');
    const basicGrids = region.gridIndicators ? (basic?.count ?? 0) : null;
    return computePartyIndicators(
      ctx.dataSource,
      assertPrefix(region.code, 'code'),
      basicGrids,
      indicatorClock(asOf),
    );
  }

  // The grid subgraph's field, declared here (with its argument) because partyIndicators requires it.
  @FieldResolver(() => GridIndicators, {
    description: '网格指标 grid, worker and case indicators under this region',
  })
  @Directive('@external')
  gridIndicators(
    @Root() region: Region,
    @AsOfArg() _asOf?: string | null,
  ): GridIndicators | undefined {
    return region.gridIndicators;
  }
}
