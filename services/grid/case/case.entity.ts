import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type CaseCategory = EnumValue<typeof CaseCategory>;
export type CaseSource = EnumValue<typeof CaseSource>;
export type CaseState = EnumValue<typeof CaseState>;

export const CaseCategory = defineEnum('CaseCategory', '事项类别 case category', {
  DISPUTE: '矛盾纠纷 dispute',
  SAFETY_HAZARD: '安全隐患 safety hazard',
  SANITATION: '环境卫生 sanitation',
  PROPERTY: '物业 property management',
  FACILITY: '设施 public facility',
  LIVELIHOOD: '民生服务 livelihood service',
  OTHER: '其他 other',
});

export const CaseSource = defineEnum('CaseSource', '事项来源 where the case came from', {
  PATROL: '网格员巡查 grid worker patrol',
  RESIDENT: '居民反映 resident report',
  HOTLINE: '12345热线 city hotline',
  DEPARTMENT: '部门移交 handed over by a department',
});

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
  @Col.id(ENTITY.Case.keyDescription)
  id!: number;

  @Col.text(200, '标题 title')
  title!: string;

  @Col.longText('描述 what the reporter saw', { nullable: true })
  description!: string | null;

  @Col.text(16, '类别 category', { index: true, type: () => CaseCategory })
  category!: CaseCategory;

  @Col.text(16, '来源 source', { type: () => CaseSource })
  source!: CaseSource;

  @Col.text(16, '状态 state', { index: true, type: () => CaseState })
  state!: CaseState;

  @Col.text(15, '所在网格编码 grid code')
  gridCode!: string;

  @Col.text(50, '反映人 the resident who reported it (personal data)', {
    nullable: true,
    personal: 'name',
  })
  reporterName!: string | null;

  @Col.text(20, "反映人电话 the reporter's phone (personal data)", {
    nullable: true,
    personal: 'phone',
  })
  reporterPhone!: string | null;

  @Col.text(200, '详细地址 exact address (personal data)', { nullable: true, personal: 'address' })
  address!: string | null;

  @Column({ type: 'int', nullable: true })
  compoundId!: number | null;

  @Col.double('纬度 latitude of the reported spot, WGS-84 decimal degrees', { nullable: true })
  latitude!: number | null;

  @Col.double('经度 longitude of the reported spot, WGS-84 decimal degrees', { nullable: true })
  longitude!: number | null;

  @Col.text(500, '图片链接 a photo of the problem (Open311 media_url)', { nullable: true })
  mediaUrl!: string | null;

  /** The grid worker handling it (GridWorker.id); a worker app lists its own cases by it. */
  @Index()
  @Column({ type: 'int', nullable: true })
  assigneeId!: number | null;

  @Col.text(
    100,
    "幂等键 the caller's key for this case (e.g. property:linkage-decision:42): reporting twice with it returns the same case",
    { nullable: true, index: 'unique' },
  )
  idempotencyKey!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  departmentId!: number | null;

  @Col.int('版本 version for optimistic concurrency: pass it back with a transition', {
    default: 1,
  })
  version!: number;

  @Col.datetime('收集时间 reported at', { index: true })
  reportedAt!: Date;

  @Col.datetime('进入当前状态时间 when the case entered its current state')
  stateEnteredAt!: Date;

  @Col.datetime('本环节时限 the deadline of the current stage; null once closed', {
    nullable: true,
    index: true,
  })
  dueAt!: Date | null;

  @Col.datetime('销号时间 closed at', { nullable: true })
  closedAt!: Date | null;

  /** Seconds from collection to closing off, fixed when the case is closed; the median roll-up sorts these. */
  @Column({ type: 'int', nullable: true })
  closedAfterSeconds!: number | null;

  @Col.int('满意度 resident satisfaction 1–5', { nullable: true })
  satisfaction!: number | null;
}
