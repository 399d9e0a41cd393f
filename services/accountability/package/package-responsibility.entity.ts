import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { Out } from '../../../shared/output-fields';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type PackageTarget = EnumValue<typeof PackageTarget>;
export type PackageDutyKind = EnumValue<typeof PackageDutyKind>;
export type DutyState = EnumValue<typeof DutyState>;

export const PackageTarget = defineEnum(
  'PackageTarget',
  '包保对象 what a package responsibility covers',
  {
    COMPOUND: '老旧（弃管）小区 an old or abandoned compound',
    SINGLE_BUILDING: '单体楼 a single building',
  },
);
export const PackageDutyKind = defineEnum('PackageDutyKind', '包保任务 the duties of 五包保', {
  BRING_IN_PROPERTY: '引进物业 bring in a property company',
  SELF_GOVERNANCE: '建立自治组织 set up self-government',
  MANAGEMENT_RULES: "制定管理规约 draft the residents' management rules",
  ENVIRONMENT: '环境整治 clean up the environment',
  SAFETY: '安全隐患排查 check for safety hazards',
});
export const DutyState = defineEnum('PackageDutyState', "任务进度 a duty's state", {
  PENDING: '未开始 not started',
  IN_PROGRESS: '推进中 under way',
  DONE: '已完成 done',
});

@ObjectType({ description: '包保任务 one duty of a package responsibility and its state' })
export class PackageDuty {
  @Out.of(() => PackageDutyKind, '任务 the duty')
  duty!: PackageDutyKind;

  @Out.of(() => DutyState, '进度 its state')
  state!: DutyState;
}

/** 包保 / 五包保: a leader or a unit answers for an old or abandoned compound or a single building. */
@Entity('package_responsibilities')
@Place('gridCode')
@ObjectType({
  description:
    '包保责任（五包保） a leader or a unit responsible for an old or abandoned compound or a single building, with its duties and weekly visits (Baishan: 150 units for 195 compounds and 175 single buildings, in the compounds every Friday)',
})
export class PackageResponsibility extends WithId {
  @Col.text(32, '包保领导 the responsible leader, when a leader holds it', {
    nullable: true,
    personal: 'name',
  })
  leaderName!: string | null;

  @Col.text(100, '包保单位 the responsible unit, when a unit holds it', { nullable: true })
  unitName!: string | null;

  @Col.int('小区编号 the compound (property subgraph)', { index: true })
  compoundId!: number;

  @Col.text(15, "网格编码 the compound's grid", { index: true })
  gridCode!: string;

  @Col.text(16, '包保对象 compound or single building', { type: () => PackageTarget })
  target!: PackageTarget;

  @Col.json(() => [PackageDuty], '包保任务 the duties and their state')
  duties!: PackageDuty[];

  @Col.date('包保开始 responsible since (YYYY-MM-DD)')
  startedOn!: string;
}

/** A visit to the packaged compound (Baishan: every Friday). */
@Entity('package_visits')
@Place('gridCode')
@ObjectType({
  description: '包保走访 a visit to the packaged compound or building (Baishan: every Friday)',
})
export class PackageVisit extends WithId {
  @Index()
  @Column({ type: 'int' })
  packageId!: number;

  @Col.text(15, '网格编码 grid', { index: true })
  gridCode!: string;

  @Col.date('走访日期 visited on (YYYY-MM-DD)')
  visitedOn!: string;

  @Col.text(500, '走访记录 what was done')
  note!: string;
}
