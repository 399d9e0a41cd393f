import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: '党组织 Party organisation, owned by the party subgraph' })
@Directive('@key(fields: "id", resolvable: false)')
export class PartyOrganization {
  @Field(() => ID, { description: '党组织编号 party organisation id' })
  id!: string;
}

@ObjectType({ description: '党员 Party member, owned by the party subgraph' })
@Directive('@key(fields: "id", resolvable: false)')
export class PartyMember {
  @Field(() => ID, { description: '党员编号 party member id' })
  id!: string;
}

export const partyOrganizationRef = (id: number | null): PartyOrganization | null =>
  id == null ? null : Object.assign(new PartyOrganization(), { id: String(id) });

export const partyMemberRef = (id: number | null): PartyMember | null =>
  id == null ? null : Object.assign(new PartyMember(), { id: String(id) });
