import { Directive, Field, ObjectType } from 'type-graphql';
import { KeyCount } from '../../../shared/indicators';
import { Place } from '../../../shared/auth/policy';
import { ENTITY } from '../../../shared/foreign-entities';

/** The grid subgraph's indicators, of which party reads only the grid counts (via @requires). */
@ObjectType({
  description: "网格指标 the grid subgraph's indicators for a region, computed by code prefix",
})
export class GridIndicators {
  @Field(() => [KeyCount], { description: '各层级网格数 grids by level' })
  @Directive('@external')
  gridsByLevel!: KeyCount[];
}

// Owned by the grid subgraph; party reads its basic-grid count for coverage and adds partyIndicators.
@ObjectType({ description: ENTITY.Region.description })
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: ENTITY.Region.keyDescription })
  code!: string;

  @Field(() => GridIndicators, {
    description: '网格指标 grid, worker and case indicators under this region',
  })
  @Directive('@external')
  gridIndicators?: GridIndicators;
}

export const regionReference = {
  __resolveReference: (ref: { code: string; gridIndicators?: GridIndicators }) =>
    Object.assign(new Region(), ref),
};
