import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { InheritedSetting, PersonRecord, Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type PointsEntryKind = EnumValue<typeof PointsEntryKind>;

export const PointsEntryKind = defineEnum(
  'PointsEntryKind',
  '积分流水类型 kind of points ledger entry',
  {
    EARN: '服务积分 earned from verified service hours',
    REDEEM: '积分兑换 spent at the points shop (爱心积分超市)',
    REVERSAL: '冲正 a correction that reverses an earlier entry',
  },
);

/** The append-only points ledger (积分制): rows are inserted, never updated or deleted. */
@Entity('points_entries')
@Index(['regionCode', 'kind'])
@ObjectType({
  description: '积分流水 Points ledger entry; append-only, corrections are reversing entries',
})
@Place('regionCode')
@PersonRecord()
export class PointsEntry extends WithId {
  @Index()
  @Column({ type: 'int' })
  volunteerId!: number;

  @Col.text(10, '类型 kind', { type: () => PointsEntryKind })
  kind!: PointsEntryKind;

  @Col.int('积分变动 signed points: positive adds to the balance, negative spends it')
  points!: number;

  @Col.text(12, "社区代码 the volunteer's community")
  regionCode!: string;

  // Unique: verified hours earn points once.
  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  participationId!: number | null;

  // Unique: an entry is reversed at most once.
  @Col.int('冲正的流水 the entry this one reverses', {
    nullable: true,
    index: 'unique',
    type: () => ID,
  })
  reversesEntryId!: number | null;

  @Col.text(200, '备注 note: the item redeemed or the reason for a correction', { nullable: true })
  note!: string | null;

  @Col.datetime('记账时间 booked at')
  createdAt!: Date;
}

/** One row per volunteer; the conditional UPDATE on it is what keeps balances from going negative. */
@Entity('points_balances')
@Place('regionCode')
@PersonRecord()
export class PointsBalance {
  @PrimaryColumn({ type: 'int' })
  volunteerId!: number;

  @Column({ type: 'int', default: 0 })
  balance!: number;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  regionCode!: string;
}

/** Points per verified hour, set for a city, district, street or community; the longest prefix wins. */
@Entity('points_rates')
@ObjectType({ description: '积分规则 points earned per verified hour under a region' })
@Place('regionCode')
@InheritedSetting()
export class PointsRate {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  @Field({ description: '区划代码 region code (6, 9 or 12 digits)' })
  regionCode!: string;

  @Col.int('每小时积分 points per verified hour')
  pointsPerHour!: number;
}

export const DEFAULT_POINTS_PER_HOUR = 10;
