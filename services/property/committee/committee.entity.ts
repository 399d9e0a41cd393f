import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col } from '../../../shared/columns';
import { CompoundRecord } from '../compound-record';

export type CommitteeRole = EnumValue<typeof CommitteeRole>;

export const CommitteeRole = defineEnum(
  'OwnersCommitteeRole',
  "业委会职务 role on an owners' committee",
  {
    DIRECTOR: '主任 director',
    DEPUTY_DIRECTOR: '副主任 deputy director',
    MEMBER: '委员 member',
  },
);

@Entity('owners_committees')
@Index(['gridCode', 'termEnd'])
@ObjectType({ description: "业主委员会 Owners' committee of a compound, for one term" })
@Place('gridCode')
export class OwnersCommittee extends CompoundRecord('业委会编号 committee id', {
  indexCompound: true,
}) {
  @Col.date('任期开始 term starts (YYYY-MM-DD)')
  termStart!: string;

  @Col.date(
    '任期结束 term ends (YYYY-MM-DD); the committee counts for coverage only inside its term',
  )
  termEnd!: string;
}

@Entity('owners_committee_members')
@ObjectType({ description: "业委会成员 Member of an owners' committee (an owner of the compound)" })
@Place('gridCode')
@PersonRecord()
export class OwnersCommitteeMember {
  @Col.id('成员编号 member id')
  id!: number;

  @Index()
  @Column({ type: 'int' })
  committeeId!: number;

  @Col.text(15, "所在网格编码 the compound's grid code", { index: true })
  gridCode!: string;

  @Col.text(50, "姓名 owner's name (personal data)", { personal: 'name' })
  name!: string;

  @Col.text(20, "电话 owner's phone (personal data)", { personal: 'phone' })
  phone!: string;

  @Col.text(16, '职务 role', { type: () => CommitteeRole })
  role!: CommitteeRole;

  @Index()
  @Column({ type: 'int', nullable: true })
  partyMemberId!: number | null;

  @Col.bool('交叉任职 also sits on the community "two committees" (社区两委)', { default: false })
  crossAppointed!: boolean;
}
