import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

export enum ReviewKind {
  QUARTERLY = 'QUARTERLY',
  HALF_YEAR = 'HALF_YEAR',
  FOLLOW_UP = 'FOLLOW_UP',
  RECTIFICATION = 'RECTIFICATION',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
}

registerEnumType(ReviewKind, {
  name: 'ProjectReviewKind',
  description:
    '点评方式 how a secretary project is reviewed (Yangquan: quarterly review, half-year assessment, follow-up, rectification by a deadline)',
  valuesConfig: {
    QUARTERLY: { description: '季度点评 quarterly review' },
    HALF_YEAR: { description: '半年研判 half-year assessment' },
    FOLLOW_UP: { description: '跟踪调度 follow-up' },
    RECTIFICATION: { description: '限期整改 rectification by a deadline' },
    ANNUAL_REPORT: { description: "述职评议 the secretary's annual report" },
  },
});

/** One dated review of a secretary project, with a score. */
@Entity('project_reviews')
@Place('regionCode')
@ObjectType({ description: '项目点评 a dated review of a secretary project, with a score' })
export class ProjectReview {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  projectId!: number;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: "区划代码 the project's region" })
  regionCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ReviewKind, { description: '点评方式 kind of review' })
  kind!: ReviewKind;

  @Column({ type: 'date' })
  @Field({ description: '点评日期 reviewed on (YYYY-MM-DD)' })
  reviewedOn!: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '评分 score 0–100' })
  score!: number;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: "点评意见 the reviewer's comment" })
  comment!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '整改期限 rectify by (RECTIFICATION only)' })
  rectifyBy!: string | null;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: "点评人 the reviewer's account" })
  reviewer!: string;
}
