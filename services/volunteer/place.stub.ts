import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../shared/auth/policy';

/** 网格, owned by the grid subgraph; this subgraph adds volunteer teams, activities and open micro-wishes. */
@ObjectType({
  description: '网格 Grid, owned by the grid subgraph; extended here with volunteer service',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15-digit grid code' })
  code!: string;
}

/** 行政区划, owned by the grid subgraph; this subgraph adds its indicators. */
@ObjectType({
  description:
    '行政区划 Region, owned by the grid subgraph; extended here with volunteer indicators',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: '区划代码 division code: 6, 9 or 12 digits' })
  code!: string;
}

/** 党员, owned by the party subgraph; this subgraph adds the member's volunteer service. */
@ObjectType({
  description:
    '党员 Party member, owned by the party subgraph; extended here with volunteer service',
})
@Directive('@key(fields: "id")')
export class PartyMember {
  @Field(() => ID, { description: '党员编号 party member id' })
  id!: string;
}

export const gridRef = (code: string) => Object.assign(new Grid(), { code });
export const regionRef = (code: string) => Object.assign(new Region(), { code });
export const partyMemberRef = (id: number | string) =>
  Object.assign(new PartyMember(), { id: String(id) });
