import { Resolver } from 'type-graphql';
import { Grid } from '../place.stub';
import { ResidentialCompound } from './compound.entity';
import type { PropertyContext } from '../context';
import { fieldOrNull, Resolving } from '../../../shared/queries';

@Resolver(() => Grid)
export class GridCompoundsResolver extends Resolving<Grid, PropertyContext>(Grid, {
  fields: {
    compounds: fieldOrNull(
      [ResidentialCompound],
      '网格内小区 the compounds in this grid (1小区1网格: usually one)',
      (grid, ctx) => ctx.loaders.compoundsByGridCode.load(grid.code),
    ),
  },
}) {}
