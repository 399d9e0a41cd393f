import { Arg, Ctx, Resolver, Root } from 'type-graphql';
import { Region } from '../place.stub';
import { PropertyIndicators } from './property-indicators';
import { computePropertyIndicators } from './compute-indicators';
import { assertQuarter, previousQuarter, quarterOf } from '../calendar';
import { assertPrefix } from '../../../shared/codes';
import { AsOfArg, indicatorClock } from '../../../shared/as-of';
import type { PropertyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Region)
export class RegionPropertyResolver {
  @FieldOrNull(
    () => PropertyIndicators,
    '物业指标 red-property indicators under this region, by code prefix',
  )
  propertyIndicators(
    @Root() region: Region,
    @Ctx() ctx: PropertyContext,
    @AsOfArg() asOf?: string | null,
    @Arg('quarter', () => String, {
      nullable: true,
      description: '考核季度 evaluation quarter, default the last full quarter before asOf',
    })
    quarter?: string | null,
  ): Promise<PropertyIndicators> {
    const { day } = indicatorClock(asOf);
    const q = quarter ? assertQuarter(quarter, 'quarter') : previousQuarter(quarterOf(day));
    return computePropertyIndicators(ctx.dataSource, assertPrefix(region.code, 'code'), day, q);
  }
}
