import { Column, Entity, Index } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type PartyMemberStatus = EnumValue<typeof PartyMemberStatus>;
export type PartyMemberRelation = EnumValue<typeof PartyMemberRelation>;

export const PartyMemberStatus = defineEnum('PartyMemberStatus', '党员状态 member status', {
  RESIDENT: '居民党员 resident member, organised where they live',
  IN_SERVICE: '在职党员 in-service member of a unit, who reports to a community (双报到)',
  RETIRED: '离退休党员 retired member',
});

export const PartyMemberRelation = defineEnum(
  'PartyMemberRelation',
  '与所查地方的关系 why a member is listed under a place',
  {
    LOCAL:
      "本地党员 the member's organisation lies there (or, for a grid, the member is managed in it)",
    DUAL_REPORTED:
      '双报到党员 an in-service member of an organisation elsewhere with a standing dual report (双报到) there: serves there, counted in dualReportingMembers, not in members',
  },
);

@Entity('party_members')
@Index(['gridCode', 'centerHousehold'])
// Covers the members-by-status roll-up, so a whole city is counted from the index alone.
@Index(['regionCode', 'status'])
@ObjectType({ description: ENTITY.PartyMember.description })
@Directive('@key(fields: "id")')
// Listed where they dual-report, a member stands at that place (servesAt) for who may read them there.
@Place('servesAt', 'gridCode', 'regionCode')
@PersonRecord()
export class PartyMember {
  @Col.id(ENTITY.PartyMember.keyDescription)
  id!: number;

  @Col.text(50, '姓名 name (personal data)', { personal: 'name' })
  name!: string;

  @Col.text(20, '电话 phone (personal data)', { nullable: true, personal: 'phone' })
  phone!: string | null;

  @Col.text(
    18,
    '身份证号 18-digit resident ID number (personal data); the key a spreadsheet import matches on',
    { nullable: true, index: 'unique', personal: 'idNumber' },
  )
  idNumber!: string | null;

  @Col.text(200, '住址 exact address (personal data)', { nullable: true, personal: 'address' })
  address!: string | null;

  @Index()
  @Column({ type: 'int' })
  organizationId!: number;

  @Col.text(16, '状态 status', { index: true, type: () => PartyMemberStatus })
  status!: PartyMemberStatus;

  @Col.bool('党员中心户 a party-member centre household, the fifth level of the chain', {
    default: false,
  })
  centerHousehold!: boolean;

  @Col.text(
    15,
    '纳入管理的网格 the grid the member is managed in (null: not under grid management)',
    { nullable: true },
  )
  gridCode!: string | null;

  @Col.text(12, "组织关系所在区划 region code of the member's organisation")
  regionCode!: string;

  @Col.date('入党日期 joined on (YYYY-MM-DD)')
  joinedOn!: string;

  @Col.date(
    '转入日期 the day the organisation relation moved in from outside (组织关系转入), for a member registered on arrival',
    { nullable: true },
  )
  transferredInOn!: string | null;

  @Col.text(
    100,
    '转出组织 the organisation the relation came from, as the transfer letter (介绍信) names it',
    { nullable: true },
  )
  transferredInFrom!: string | null;

  @Col.int('版本 version: pass it back with a transfer or an update', { default: 1 })
  version!: number;

  @Field(() => PartyMemberRelation, {
    nullable: true,
    description:
      '关系 why partyMembers(under:) lists the member: LOCAL or DUAL_REPORTED (双报到); null when read otherwise',
  })
  relation?: PartyMemberRelation;

  /** Not stored: the grid or community of the standing dual report a DUAL_REPORTED member was listed through. */
  servesAt?: string;
}
