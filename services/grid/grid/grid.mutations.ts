import { Arg, Ctx, Resolver } from 'type-graphql';
import { Grid, GridLevel } from './grid.entity';
import { CreateGridInput } from './grid.inputs';
import { Region, RegionLevel } from '../region/region.entity';
import { writeTransaction } from '../../../shared/tx';
import { BadUserInputError, ConflictError } from '../../../shared/errors';
import { isGridCode } from '../../../shared/codes';
import type { GridContext } from '../context';
import { assertWithin } from '../../../shared/auth/policy';
import { ForbiddenError } from '../../../shared/errors';
import { REGION_STAFF, WriteMutation, argPlace, places } from '../../../shared/auth/write-rule';

/** Which level a grid's parent must have; a community grid is the root of its community. */
export const PARENT_LEVEL: Record<GridLevel, GridLevel | null> = {
  [GridLevel.COMMUNITY_GRID]: null,
  [GridLevel.BASIC]: GridLevel.COMMUNITY_GRID,
  [GridLevel.DEDICATED]: GridLevel.COMMUNITY_GRID,
  [GridLevel.MICRO]: GridLevel.BASIC,
};

@Resolver()
export class GridMutations {
  @WriteMutation(
    () => Grid,
    "新建网格 create a grid; its code must be 15 digits and start with its community's code",
    {
      roles: REGION_STAFF,
      place: places(argPlace('input.communityCode'), argPlace('input.code')),
    },
  )
  createGrid(@Arg('input') input: CreateGridInput, @Ctx() ctx: GridContext): Promise<Grid> {
    const bad = (message: string, field: string) => new BadUserInputError(message, { field });
    if (!isGridCode(input.code)) throw bad(`grid code "${input.code}" must be 15 digits`, 'code');
    if (!input.code.startsWith(input.communityCode)) {
      throw bad(
        `grid code ${input.code} must start with its community code ${input.communityCode}`,
        'code',
      );
    }
    if (!['CITY_ADMIN', 'STREET_STAFF', 'COMMUNITY_STAFF', 'SERVICE'].includes(ctx.viewer.role)) {
      throw new ForbiddenError(`role ${ctx.viewer.role} may not create grids`);
    }
    assertWithin(ctx.viewer, input.communityCode, 'the community');
    return writeTransaction(ctx.dataSource, async (em) => {
      const community = await em.findOneBy(Region, { code: input.communityCode });
      if (!community || community.level !== RegionLevel.COMMUNITY)
        throw bad(`${input.communityCode} is not a known community`, 'communityCode');
      if (await em.findOneBy(Grid, { code: input.code }))
        throw new ConflictError(`grid ${input.code} already exists`);
      const wanted = PARENT_LEVEL[input.level];
      if (wanted === null && input.parentCode)
        throw bad(`a ${input.level} grid has no parent`, 'parentCode');
      if (wanted !== null) {
        if (!input.parentCode)
          throw bad(`a ${input.level} grid needs a ${wanted} parent`, 'parentCode');
        const parent = await em.findOneBy(Grid, { code: input.parentCode });
        if (!parent || parent.level !== wanted || parent.regionCode !== input.communityCode) {
          throw bad(
            `the parent of a ${input.level} grid must be a ${wanted} grid of community ${input.communityCode}`,
            'parentCode',
          );
        }
      }
      const row = {
        code: input.code,
        name: input.name,
        level: input.level,
        parentCode: input.parentCode ?? null,
        regionCode: input.communityCode,
        households: input.households,
        population: input.population,
        buildings: input.buildings,
        boundary: null,
      };
      await em.insert(Grid, row);
      return (await em.findOneBy(Grid, { code: input.code }))!;
    });
  }
}
