import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '网格事项 Case, owned by the grid subgraph' })
@Directive('@key(fields: "id", resolvable: false)')
export class Case {
  @Field(() => ID, { description: "事项编号 the grid subgraph's case id" })
  id!: string;
}

export const caseRef = (id: number | null): Case | null =>
  id == null ? null : Object.assign(new Case(), { id: String(id) });
