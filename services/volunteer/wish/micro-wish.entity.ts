import { Column, Entity, Index } from 'typeorm';
import { Directive, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithId } from '../../../shared/columns';

export type MicroWishState = EnumValue<typeof MicroWishState>;
export type ClaimantKind = EnumValue<typeof ClaimantKind>;

export const MicroWishState = defineEnum(
  'MicroWishState',
  '微心愿状态 micro-wish state: OPEN → CLAIMED → FULFILLED → CONFIRMED',
  {
    OPEN: '待认领 open, waiting for a claimant',
    CLAIMED: '已认领 claimed by a party member or a unit',
    FULFILLED: '已实现 fulfilled by the claimant',
    CONFIRMED: '已确认 confirmed by the resident or the grid',
  },
);

export const ClaimantKind = defineEnum(
  'MicroWishClaimantKind',
  '认领方类型 who claimed a micro-wish',
  {
    PARTY_MEMBER: '党员 a party member',
    UNIT: '双报到单位 a dual-reporting unit',
  },
);

@Entity('micro_wishes')
@Index(['gridCode', 'state'])
@ObjectType({
  description:
    "微心愿 Micro-wish: a resident's small wish in a grid, claimed and fulfilled by party members or units",
})
@Directive('@key(fields: "id")')
@Place('gridCode')
export class MicroWish extends WithId {
  @Col.text(200, '心愿 what the resident wishes for')
  title!: string;

  // Personal data: exposed only masked, through the resolver.
  @Column({ type: 'varchar', length: 50 })
  residentName!: string;

  @Col.text(15, '所在网格编码 grid code')
  gridCode!: string;

  @Col.text(12, '状态 state', { type: () => MicroWishState })
  state!: MicroWishState;

  @Col.text(12, '认领方类型 claimant kind', { nullable: true, type: () => ClaimantKind })
  claimantKind!: ClaimantKind | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  claimantMemberId!: number | null;

  @Col.int('认领单位编号 the dual-reporting unit that claimed it (party subgraph id)', {
    nullable: true,
    index: true,
    type: () => ID,
  })
  claimantUnitId!: number | null;

  @Col.text(100, "认领单位名称 the unit's name when it claimed", { nullable: true })
  claimantUnitName!: string | null;

  @Col.datetime('发布时间 posted at')
  postedAt!: Date;

  @Col.datetime('认领时间 claimed at', { nullable: true })
  claimedAt!: Date | null;

  @Col.datetime('实现时间 fulfilled at', { nullable: true })
  fulfilledAt!: Date | null;

  @Col.datetime('确认时间 confirmed at', { nullable: true })
  confirmedAt!: Date | null;
}
