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

@Entity('party_members')
@Index(['gridCode', 'centerHousehold'])
// Covers the members-by-status roll-up, so a whole city is counted from the index alone.
@Index(['regionCode', 'status'])
@ObjectType({ description: ENTITY.PartyMember.description })
@Directive('@key(fields: "id")')
@Place('gridCode', 'regionCode')
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
}
