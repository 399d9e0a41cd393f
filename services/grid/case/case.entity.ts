import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PersonalData } from '../../../shared/personal-data';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';

export const CaseCategory = defineEnum('CaseCategory', '事项类别 case category', {
  DISPUTE: '矛盾纠纷 dispute',
  SAFETY_HAZARD: '安全隐患 safety hazard',
  SANITATION: '环境卫生 sanitation',
  PROPERTY: '物业 property management',
  FACILITY: '设施 public facility',
  LIVELIHOOD: '民生服务 livelihood service',
  OTHER: '其他 other',
});
export type CaseCategory = EnumValue<typeof CaseCategory>;

export const CaseSource = defineEnum('CaseSource', '事项来源 where the case came from', {
  PATROL: '网格员巡查 grid worker patrol',
  RESIDENT: '居民反映 resident report',
  HOTLINE: '12345热线 city hotline',
  DEPARTMENT: '部门移交 handed over by a department',
});
export type CaseSource = EnumValue<typeof CaseSource>;

/** The closed loop 收集—办理(上报)—销号—评价, with 吹哨报到 through the command centre. */
export const CaseState = defineEnum('CaseState', '事项状态 case state in the closed loop', {
  REPORTED: '已收集 collected by a grid worker',
  ACCEPTED: '已受理 accepted by the grid or community',
  IN_PROGRESS: '办理中 being handled',
  ESCALATED: '已上报 escalated to the street command centre',
  DISPATCHED: '已吹哨 dispatched to a department (吹哨报到)',
  RESOLVED: "已办结 resolved, awaiting the grid's check",
  CLOSED: '已销号 checked and closed off by the grid',
  RATED: '已评价 rated by the resident',
});
export type CaseState = EnumValue<typeof CaseState>;

export const OPEN_CASE_STATES = [
  CaseState.REPORTED,
  CaseState.ACCEPTED,
  CaseState.IN_PROGRESS,
  CaseState.ESCALATED,
  CaseState.DISPATCHED,
  CaseState.RESOLVED,
];

@Entity('cases')
@Place('gridCode')
// Covers the case roll-up (by state, with the sums for rates) and the median, so both read the index alone.
@Index(['gridCode', 'state', 'reportedAt', 'closedAt', 'stateEnteredAt', 'dueAt', 'satisfaction'])
@Index(['gridCode', 'closedAfterSeconds', 'closedAt'])
@ObjectType({ description: ENTITY.Case.description })
@Directive('@key(fields: "id")')
export class Case {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: ENTITY.Case.keyDescription })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: '标题 title' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '描述 what the reporter saw' })
  description!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => CaseCategory, { description: '类别 category' })
  category!: CaseCategory;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => CaseSource, { description: '来源 source' })
  source!: CaseSource;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => CaseState, { description: '状态 state' })
  state!: CaseState;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '所在网格编码 grid code' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '反映人 the resident who reported it (personal data)',
  })
  @PersonalData('name')
  reporterName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "反映人电话 the reporter's phone (personal data)",
  })
  @PersonalData('phone')
  reporterPhone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '详细地址 exact address (personal data)' })
  @PersonalData('address')
  address!: string | null;

  @Column({ type: 'int', nullable: true })
  compoundId!: number | null;

  @Column({ type: 'double', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: '纬度 latitude of the reported spot, WGS-84 decimal degrees',
  })
  latitude!: number | null;

  @Column({ type: 'double', nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: '经度 longitude of the reported spot, WGS-84 decimal degrees',
  })
  longitude!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: '图片链接 a photo of the problem (Open311 media_url)',
  })
  mediaUrl!: string | null;

  /** The grid worker handling it (GridWorker.id); a worker app lists its own cases by it. */
  @Index()
  @Column({ type: 'int', nullable: true })
  assigneeId!: number | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "幂等键 the caller's key for this case (e.g. property:linkage-decision:42): reporting twice with it returns the same case",
  })
  idempotencyKey!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  departmentId!: number | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, {
    description: '版本 version for optimistic concurrency: pass it back with a transition',
  })
  version!: number;

  @Index()
  @Column({ type: 'datetime' })
  @Field({ description: '收集时间 reported at' })
  reportedAt!: Date;

  @Column({ type: 'datetime' })
  @Field({ description: '进入当前状态时间 when the case entered its current state' })
  stateEnteredAt!: Date;

  @Index()
  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: '本环节时限 the deadline of the current stage; null once closed',
  })
  dueAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: '销号时间 closed at' })
  closedAt!: Date | null;

  /** Seconds from collection to closing off, fixed when the case is closed; the median roll-up sorts these. */
  @Column({ type: 'int', nullable: true })
  closedAfterSeconds!: number | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '满意度 resident satisfaction 1–5' })
  satisfaction!: number | null;
}
