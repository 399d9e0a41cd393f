import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Region } from '../place.stub';
import { PropertyIndicators } from './property-indicators';
import { computePropertyIndicators } from './compute-indicators';
import { assertDate, assertQuarter, previousQuarter, quarterOf, today } from '../calendar';
import { assertPrefix } from '../../../shared/codes';
import type { PropertyContext } from '../context';

@Resolver(() => Region)
export class RegionPropertyResolver {
  @FieldResolver(() => PropertyIndicators, {
    nullable: true,
    description: '物业指标 red-property indicators under this region, by code prefix',
  })
  propertyIndicators(
    @Root() region: Region,
    @Ctx() ctx: PropertyContext,
    @Arg('asOf', () => String, {
      nullable: true,
      description: '截至日期 as of this date (YYYY-MM-DD), default today',
    })
    asOf?: string | null,
    @Arg('quarter', () => String, {
      nullable: true,
      description: '考核季度 evaluation quarter, default the last full quarter before asOf',
    })
    quarter?: string | null,
  ): Promise<PropertyIndicators> {
    const date = asOf ? assertDate(asOf, 'asOf') : today();
    const q = quarter ? assertQuarter(quarter, 'quarter') : previousQuarter(quarterOf(date));
    return computePropertyIndicators(ctx.dataSource, assertPrefix(region.code, 'code'), date, q);
  }
}
