import { ArgsType, InputType, Int } from 'type-graphql';
import { PageUnderArgs } from '../../../shared/pagination';
import { ProjectStatus, SecretaryLevel } from './secretary-project.entity';
import { ReviewKind } from './project-review.entity';
import { RegionCode } from '../../../shared/scalars';
import { Input, isoDate } from '../../../shared/input-fields';

@InputType({ description: '项目节点 a milestone to plan' })
export class MilestoneInput {
  @Input.text('节点 what is to be done', { length: [1, 100] })
  title!: string;

  @Input.text('计划完成日期 due on (YYYY-MM-DD)', isoDate('dueOn'))
  dueOn!: string;
}

@InputType({ description: '领办书记项目 a secretary claims a project (书记领办)' })
export class ClaimSecretaryProjectInput {
  @Input.of(() => SecretaryLevel, "书记层级 the secretary's level; must match the region code")
  level!: SecretaryLevel;

  @Input.of(
    () => RegionCode,
    "区划代码 the secretary's region (6 digits city or district, 9 street, 12 community)",
  )
  regionCode!: string;

  @Input.id("党组织编号 the secretary's party organisation (party subgraph)", {
    nullable: true,
    optional: true,
  })
  organizationId?: string;

  @Input.text('书记 the secretary', { length: [1, 32] })
  secretaryName!: string;

  @Input.int('年度 year', { min: 2000, max: 2100 })
  year!: number;

  @Input.text('项目名称 title', { length: [1, 100] })
  title!: string;

  @Input.text('要解决的问题 the problem', { length: [1, 500] })
  problem!: string;

  @Input.of(() => [MilestoneInput], '项目节点 milestones (up to 12)', {
    items: [0, 12],
    nested: 'each',
  })
  milestones!: MilestoneInput[];

  @Input.text('领办日期 claimed on (YYYY-MM-DD)', isoDate('claimedOn'))
  claimedOn!: string;
}

@InputType({
  description:
    '点评书记项目 a dated review with a score (季度点评, 半年研判, 跟踪调度, 限期整改, 述职评议)',
})
export class ReviewSecretaryProjectInput {
  @Input.id('项目编号 the project')
  projectId!: string;

  @Input.of(() => ReviewKind, '点评方式 kind of review')
  kind!: ReviewKind;

  @Input.text('点评日期 reviewed on (YYYY-MM-DD)', isoDate('reviewedOn'))
  reviewedOn!: string;

  @Input.int('评分 score 0–100', { min: 0, max: 100 })
  score!: number;

  @Input.text('点评意见 comment', { length: [1, 500] })
  comment!: string;

  @Input.text(
    '整改期限 rectify by (required for RECTIFICATION)',
    isoDate('rectifyBy', { nullable: true, optional: true }),
  )
  rectifyBy?: string;

  @Input.int('解决问题数 problems solved so far, as reported at this review', {
    nullable: true,
    optional: true,
    min: 0,
    max: 100000,
  })
  problemsSolved?: number;

  @Input.of(() => [Int], '已完成节点 indexes (0-based) of the milestones now done', {
    nullable: true,
    optional: true,
    items: [0, 12],
  })
  milestonesDone?: number[];
}

@ArgsType()
export class SecretaryProjectArgs extends PageUnderArgs(
  '区划编码前缀 every project under this region code',
) {
  @Input.of(() => SecretaryLevel, '书记层级 only this level', { nullable: true })
  level?: SecretaryLevel;

  @Input.int('年度 only this year', { nullable: true })
  year?: number;

  @Input.of(() => ProjectStatus, '状态 only this status', { nullable: true })
  status?: ProjectStatus;
}
