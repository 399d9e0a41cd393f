import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';

export const PartyMemberStatus = defineEnum('PartyMemberStatus', '党员状态 member status', {
  RESIDENT: '居民党员 resident member, organised where they live',
  IN_SERVICE: '在职党员 in-service member of a unit, who reports to a community (双报到)',
  RETIRED: '离退休党员 retired member',
});
export type PartyMemberStatus = EnumValue<typeof PartyMemberStatus>;

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
export type PartyMemberRelation = EnumValue<typeof PartyMemberRelation>;

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
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: ENTITY.PartyMember.keyDescription })
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '姓名 name (personal data)' })
  @PersonalData('name')
  name!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: '电话 phone (personal data)' })
  @PersonalData('phone')
  phone!: string | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '身份证号 18-digit resident ID number (personal data); the key a spreadsheet import matches on',
  })
  @PersonalData('idNumber')
  idNumber!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '住址 exact address (personal data)' })
  @PersonalData('address')
  address!: string | null;

  @Index()
  @Column({ type: 'int' })
  organizationId!: number;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => PartyMemberStatus, { description: '状态 status' })
  status!: PartyMemberStatus;

  @Column({ type: 'boolean', default: false })
  @Field({
    description: '党员中心户 a party-member centre household, the fifth level of the chain',
  })
  centerHousehold!: boolean;

  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '纳入管理的网格 the grid the member is managed in (null: not under grid management)',
  })
  gridCode!: string | null;

  @Column({ type: 'varchar', length: 12 })
  @Field({ description: "组织关系所在区划 region code of the member's organisation" })
  regionCode!: string;

  @Column({ type: 'date' })
  @Field({ description: '入党日期 joined on (YYYY-MM-DD)' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '转入日期 the day the organisation relation moved in from outside (组织关系转入), for a member registered on arrival',
  })
  transferredInOn!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '转出组织 the organisation the relation came from, as the transfer letter (介绍信) names it',
  })
  transferredInFrom!: string | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: '版本 version: pass it back with a transfer or an update' })
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
