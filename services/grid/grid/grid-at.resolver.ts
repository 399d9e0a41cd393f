import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../shared/errors';
import { withinJurisdiction } from '../../../shared/auth/policy';
import { gridCodeAt } from './grid-locator';
import type { GridContext } from '../context';

@Resolver()
export class GridAtResolver {
  @Query(() => String, {
    nullable: true,
    description:
      '定位网格 the code of the most precise grid whose boundary contains the point; null when none does or it is outside your jurisdiction (the two look alike)',
  })
  async gridCodeAt(
    @Arg('latitude', () => Float, { description: '纬度 WGS-84 latitude, -90 to 90' })
    latitude: number,
    @Arg('longitude', () => Float, { description: '经度 WGS-84 longitude, -180 to 180' })
    longitude: number,
    @Ctx() ctx: GridContext,
  ): Promise<string | null> {
    if (!(Math.abs(latitude) <= 90))
      throw new BadUserInputError('latitude must be between -90 and 90', { field: 'latitude' });
    if (!(Math.abs(longitude) <= 180))
      throw new BadUserInputError('longitude must be between -180 and 180', { field: 'longitude' });
    const code = await gridCodeAt(ctx.dataSource, longitude, latitude);
    return code && (!ctx.viewer || withinJurisdiction(ctx.viewer, code)) ? code : null;
  }
}
