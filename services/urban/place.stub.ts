import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../shared/auth/policy';

@ObjectType({ description: '网格 Grid, owned by the grid subgraph; extended here by 城管 (urban)' })
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15-digit grid code' })
  code!: string;
}

@ObjectType({
  description: '行政区划 Region, owned by the grid subgraph; extended here with 城管 indicators',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: '区划代码 division code: 6, 9 or 12 digits' })
  code!: string;
}

@ObjectType({
  description: '网格事项 Case, owned by the grid subgraph; extended here by 城管 (urban)',
})
@Directive('@key(fields: "id")')
export class Case {
  @Field(() => ID, { description: "事项编号 the grid subgraph's case id" })
  id!: string;
}

export const gridRef = (code: string) => Object.assign(new Grid(), { code });
export const regionRef = (code: string) => Object.assign(new Region(), { code });
export const caseRef = (id: number | string) => Object.assign(new Case(), { id: String(id) });
