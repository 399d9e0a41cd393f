import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../shared/pagination';
import { ProjectStatus, SecretaryLevel } from './secretary-project.entity';
import { ReviewKind } from './project-review.entity';
import { RegionCode } from '../../../shared/scalars';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '项目节点 a milestone to plan' })
export class MilestoneInput {
  @Field({ description: '节点 what is to be done' })
  @Length(1, 100)
  title!: string;

  @Field({ description: '计划完成日期 due on (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'dueOn must be YYYY-MM-DD' })
  dueOn!: string;
}

@InputType({ description: '领办书记项目 a secretary claims a project (书记领办)' })
export class ClaimSecretaryProjectInput {
  @Field(() => SecretaryLevel, {
    description: "书记层级 the secretary's level; must match the region code",
  })
  level!: SecretaryLevel;

  @Field(() => RegionCode, {
    description:
      "区划代码 the secretary's region (6 digits city or district, 9 street, 12 community)",
  })
  regionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: "党组织编号 the secretary's party organisation (party subgraph)",
  })
  @IsOptional()
  organizationId?: string;

  @Field({ description: '书记 the secretary' })
  @Length(1, 32)
  secretaryName!: string;

  @Field(() => Int, { description: '年度 year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field({ description: '项目名称 title' })
  @Length(1, 100)
  title!: string;

  @Field({ description: '要解决的问题 the problem' })
  @Length(1, 500)
  problem!: string;

  @Field(() => [MilestoneInput], { description: '项目节点 milestones (up to 12)' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  milestones!: MilestoneInput[];

  @Field({ description: '领办日期 claimed on (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'claimedOn must be YYYY-MM-DD' })
  claimedOn!: string;
}

@InputType({
  description:
    '点评书记项目 a dated review with a score (季度点评, 半年研判, 跟踪调度, 限期整改, 述职评议)',
})
export class ReviewSecretaryProjectInput {
  @Field(() => ID, { description: '项目编号 the project' })
  projectId!: string;

  @Field(() => ReviewKind, { description: '点评方式 kind of review' })
  kind!: ReviewKind;

  @Field({ description: '点评日期 reviewed on (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'reviewedOn must be YYYY-MM-DD' })
  reviewedOn!: string;

  @Field(() => Int, { description: '评分 score 0–100' })
  @Min(0)
  @Max(100)
  score!: number;

  @Field({ description: '点评意见 comment' })
  @Length(1, 500)
  comment!: string;

  @Field({ nullable: true, description: '整改期限 rectify by (required for RECTIFICATION)' })
  @IsOptional()
  @Matches(DATE, { message: 'rectifyBy must be YYYY-MM-DD' })
  rectifyBy?: string;

  @Field(() => Int, {
    nullable: true,
    description: '解决问题数 problems solved so far, as reported at this review',
  })
  @IsOptional()
  @Min(0)
  @Max(100000)
  problemsSolved?: number;

  @Field(() => [Int], {
    nullable: true,
    description: '已完成节点 indexes (0-based) of the milestones now done',
  })
  @IsOptional()
  @ArrayMaxSize(12)
  milestonesDone?: number[];
}

@ArgsType()
export class SecretaryProjectArgs extends PageArgs {
  @Field({ description: '区划编码前缀 every project under this region code' })
  under!: string;

  @Field(() => SecretaryLevel, { nullable: true, description: '书记层级 only this level' })
  level?: SecretaryLevel;

  @Field(() => Int, { nullable: true, description: '年度 only this year' })
  year?: number;

  @Field(() => ProjectStatus, { nullable: true, description: '状态 only this status' })
  status?: ProjectStatus;
}
