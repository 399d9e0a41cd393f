import { Directive, Field, ObjectType } from 'type-graphql';
import { KeyCount } from '../../../shared/indicators';
import { Place } from '../../../shared/auth/policy';
import { ENTITY } from '../../../shared/foreign-entities';
import { Out } from '../../../shared/output-fields';

/** The grid subgraph's indicators, of which party reads only the grid counts (via @requires). */
@ObjectType({
  description:
    "网格指标 the grid subgraph's indicators for a region, computed by code prefix. Workers serve and cases are open or closed as of asOf; grids and the states of cases are as on record now",
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
  @Out.text(ENTITY.Region.keyDescription)
  code!: string;

  /** The grid subgraph's field (with its asOf argument): declared external in PartyRegionResolver. */
  gridIndicators?: GridIndicators;
}

export const regionReference = {
  __resolveReference: (ref: { code: string; gridIndicators?: GridIndicators }) =>
    Object.assign(new Region(), ref),
};
