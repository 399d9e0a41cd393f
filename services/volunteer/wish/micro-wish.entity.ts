import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

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
export type MicroWishState = EnumValue<typeof MicroWishState>;

export const ClaimantKind = defineEnum(
  'MicroWishClaimantKind',
  '认领方类型 who claimed a micro-wish',
  {
    PARTY_MEMBER: '党员 a party member',
    UNIT: '双报到单位 a dual-reporting unit',
  },
);
export type ClaimantKind = EnumValue<typeof ClaimantKind>;

@Entity('micro_wishes')
@Index(['gridCode', 'state'])
@ObjectType({
  description:
    "微心愿 Micro-wish: a resident's small wish in a grid, claimed and fulfilled by party members or units",
})
@Directive('@key(fields: "id")')
@Place('gridCode')
export class MicroWish {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '心愿 what the resident wishes for' })
  title!: string;

  // Personal data: exposed only masked, through the resolver.
  @Column({ type: 'varchar', length: 50 })
  residentName!: string;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '所在网格编码 grid code' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => MicroWishState, { description: '状态 state' })
  state!: MicroWishState;

  @Column({ type: 'varchar', length: 12, nullable: true })
  @Field(() => ClaimantKind, { nullable: true, description: '认领方类型 claimant kind' })
  claimantKind!: ClaimantKind | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  claimantMemberId!: number | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: '认领单位编号 the dual-reporting unit that claimed it (party subgraph id)',
  })
  claimantUnitId!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "认领单位名称 the unit's name when it claimed",
  })
  claimantUnitName!: string | null;

  @Column({ type: 'datetime' })
  @Field({ description: '发布时间 posted at' })
  postedAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: '认领时间 claimed at' })
  claimedAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: '实现时间 fulfilled at' })
  fulfilledAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: '确认时间 confirmed at' })
  confirmedAt!: Date | null;
}
