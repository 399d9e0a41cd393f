import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { PersonRecord } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithRecordId } from '../../../shared/columns';

export type PartyTransferReason = EnumValue<typeof PartyTransferReason>;

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

/** Append-only: one row per move of a member's organisation relation (组织关系转接). */
@Entity('party_member_transfers')
@ObjectType({ description: "组织关系转接 one transfer of a member's organisation relation" })
@PersonRecord()
export class PartyMemberTransfer extends WithRecordId {
  @Index()
  @Column({ type: 'int' })
  memberId!: number;

  @Column({ type: 'int' })
  fromOrganizationId!: number;

  @Column({ type: 'int' })
  toOrganizationId!: number;

  @Col.text(12, '转出区划 region code it left')
  fromRegionCode!: string;

  @Col.text(12, '转入区划 region code it moved to', { index: true })
  toRegionCode!: string;

  @Col.text(24, '原因 reason', { type: () => PartyTransferReason })
  reason!: PartyTransferReason;

  @Col.date('转接日期 transferred on (YYYY-MM-DD)')
  transferredOn!: string;

  @Col.text(200, '备注 note', { nullable: true })
  note!: string | null;
}
