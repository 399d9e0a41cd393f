import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '小区 Residential compound, owned by the property subgraph' })
@Directive('@key(fields: "id", resolvable: false)')
export class ResidentialCompound {
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: string;
}
