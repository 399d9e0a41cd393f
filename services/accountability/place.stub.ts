import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../shared/auth/policy';

@ObjectType({
  description:
    '网格 Grid, owned by the grid subgraph; extended here with its package responsibilities (包保)',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15-digit grid code' })
  code!: string;
}

@ObjectType({
  description:
    '行政区划 Region, owned by the grid subgraph; extended here with 考核督办 indicators',
})
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: '区划代码 division code: 6, 9 or 12 digits' })
  code!: string;
}

@ObjectType({
  description:
    '小区 ResidentialCompound, owned by the property subgraph; extended here with who is responsible for it (包保)',
})
@Directive('@key(fields: "id")')
export class ResidentialCompound {
  @Field(() => ID, { description: "小区编号 the property subgraph's compound id" })
  id!: string;
}

@ObjectType({
  description:
    '党组织 PartyOrganization, owned by the party subgraph; extended here with its secretary projects and co-building agreements',
})
@Directive('@key(fields: "id")')
export class PartyOrganization {
  @Field(() => ID, { description: "党组织编号 the party subgraph's organisation id" })
  id!: string;
}

export const gridRef = (code: string) => Object.assign(new Grid(), { code });
export const regionRef = (code: string) => Object.assign(new Region(), { code });
export const compoundRef = (id: number | string) =>
  Object.assign(new ResidentialCompound(), { id: String(id) });
export const organizationRef = (id: number | string) =>
  Object.assign(new PartyOrganization(), { id: String(id) });

/** Stubs resolve without a query: every field this subgraph adds goes through a batched loader. */
export const references = {
  Grid: { __resolveReference: (ref: { code: string }) => gridRef(ref.code) },
  Region: { __resolveReference: (ref: { code: string }) => regionRef(ref.code) },
  ResidentialCompound: { __resolveReference: (ref: { id: string }) => compoundRef(ref.id) },
  PartyOrganization: { __resolveReference: (ref: { id: string }) => organizationRef(ref.id) },
};
