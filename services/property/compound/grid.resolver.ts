import { Ctx, Resolver, Root } from 'type-graphql';
import { Grid } from '../place.stub';
import { ResidentialCompound } from './compound.entity';
import type { PropertyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Grid)
export class GridCompoundsResolver {
  @FieldOrNull(
    () => [ResidentialCompound],
    '网格内小区 the compounds in this grid (1小区1网格: usually one)',
  )
  compounds(@Root() grid: Grid, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.compoundsByGridCode.load(grid.code);
  }
}
