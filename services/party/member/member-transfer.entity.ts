import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PersonRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const PartyTransferReason = defineEnum(
  'PartyTransferReason',
  "组织关系转接原因 why a member's organisation relation moved",
  {
    RELOCATION: '迁居 moved home',
    JOB_CHANGE: '工作变动 changed job',
    RETIREMENT_HANDOVER: '退休移交社区 retired members handed over to a community',
    REORGANIZATION: '组织调整 the organisations were reorganised',
    OTHER: '其他 other',
  },
);
export type PartyTransferReason = EnumValue<typeof PartyTransferReason>;

/** Append-only: one row per move of a member's organisation relation (组织关系转接). */
@Entity('party_member_transfers')
@ObjectType({ description: "组织关系转接 one transfer of a member's organisation relation" })
@PersonRecord()
export class PartyMemberTransfer {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  memberId!: number;

  @Column({ type: 'int' })
  fromOrganizationId!: number;

  @Column({ type: 'int' })
  toOrganizationId!: number;

  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '转出区划 region code it left' })
  fromRegionCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '转入区划 region code it moved to' })
  toRegionCode!: string;

  @Column({ type: 'varchar', length: 24 })
  @Field(() => PartyTransferReason, { description: '原因 reason' })
  reason!: PartyTransferReason;

  @Column({ type: 'date' })
  @Field({ description: '转接日期 transferred on (YYYY-MM-DD)' })
  transferredOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '备注 note' })
  note!: string | null;
}
