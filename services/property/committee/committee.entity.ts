import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const CommitteeRole = defineEnum(
  'OwnersCommitteeRole',
  "业委会职务 role on an owners' committee",
  {
    DIRECTOR: '主任 director',
    DEPUTY_DIRECTOR: '副主任 deputy director',
    MEMBER: '委员 member',
  },
);
export type CommitteeRole = EnumValue<typeof CommitteeRole>;

@Entity('owners_committees')
@Index(['gridCode', 'termEnd'])
@ObjectType({ description: "业主委员会 Owners' committee of a compound, for one term" })
@Place('gridCode')
export class OwnersCommittee {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '业委会编号 committee id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  compoundId!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'date' })
  @Field({ description: '任期开始 term starts (YYYY-MM-DD)' })
  termStart!: string;

  @Column({ type: 'date' })
  @Field({
    description:
      '任期结束 term ends (YYYY-MM-DD); the committee counts for coverage only inside its term',
  })
  termEnd!: string;
}

@Entity('owners_committee_members')
@ObjectType({ description: "业委会成员 Member of an owners' committee (an owner of the compound)" })
@Place('gridCode')
@PersonRecord()
export class OwnersCommitteeMember {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '成员编号 member id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  committeeId!: number;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: "姓名 owner's name (personal data)" })
  @PersonalData('name')
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: "电话 owner's phone (personal data)" })
  @PersonalData('phone')
  phone!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CommitteeRole, { description: '职务 role' })
  role!: CommitteeRole;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyMemberId!: number | null;

  @Column({ type: 'boolean', default: false })
  @Field({ description: '交叉任职 also sits on the community "two committees" (社区两委)' })
  crossAppointed!: boolean;
}
