import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '小区 Residential compound, owned by the property subgraph' })
@Directive('@key(fields: "id", resolvable: false)')
export class ResidentialCompound {
  @Field(() => ID)
  id!: string;
}
