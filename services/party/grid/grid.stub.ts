import { Directive, Field, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

// Owned by the grid subgraph; descriptions repeat grid's so composition stays quiet.
@ObjectType({
  description: '网格 Grid: the unit every subgraph hangs its rows on, keyed by its 15-digit code',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15 digits: 12-digit community code + 3-digit sequence' })
  code!: string;
}

export const gridReference = {
  __resolveReference: (ref: { code: string }) => Object.assign(new Grid(), { code: ref.code }),
};
