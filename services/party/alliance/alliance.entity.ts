import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { PersonRecord, Place } from '../../../shared/auth/policy';

@Entity('party_alliances')
@ObjectType({
  description: '党建联盟 Party-building alliance of a street or community with its member units',
})
@Place('regionCode')
export class PartyAlliance {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '所在区划 street (9) or community (12) code' })
  regionCode!: string;

  @Column({ type: 'int', nullable: true })
  leadOrganizationId!: number | null;

  @Column({ type: 'date' })
  @Field({ description: '成立日期 founded on (YYYY-MM-DD)' })
  foundedOn!: string;
}

/** A member unit with its four lists (四项清单). */
@Entity('party_alliance_members')
@Index(['allianceId', 'unitId'], { unique: true })
@ObjectType({
  description: '联盟成员单位 Member unit of an alliance, with its four lists (四项清单)',
})
@Place('regionCode')
export class PartyAllianceMember {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'int' })
  allianceId!: number;

  @Index()
  @Column({ type: 'int' })
  unitId!: number;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '联盟所在区划 region code of the alliance' })
  regionCode!: string;

  @Column({ type: 'date' })
  @Field({ description: '加入日期 joined on (YYYY-MM-DD)' })
  joinedOn!: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '组织共建 joint organisation building' })
  coBuilding!: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '资源共享 shared resources' })
  resourceSharing!: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '事务共商 affairs consulted on together' })
  affairsConsultation!: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '人才共育 talent developed together' })
  talentDevelopment!: string[];
}

/** 兼职委员: a resident unit's party leader sitting on a 大工委 or 联合党委. */
@Entity('party_joint_committee_members')
@ObjectType({
  description:
    '兼职委员 Part-time member of a joint committee (大工委/联合党委), from a resident unit',
})
@Place('regionCode')
@PersonRecord()
export class JointCommitteeMember {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  organizationId!: number;

  @Index()
  @Column({ type: 'int' })
  unitId!: number;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '姓名 name (personal data)' })
  @PersonalData('name')
  name!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '单位职务 position in the unit, e.g. 党委书记' })
  position!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '联合党委所在区划 region code of the joint committee' })
  regionCode!: string;
}
