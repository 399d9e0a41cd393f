import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type ReviewKind = EnumValue<typeof ReviewKind>;

export const ReviewKind = defineEnum(
  'ProjectReviewKind',
  '点评方式 how a secretary project is reviewed (Yangquan: quarterly review, half-year assessment, follow-up, rectification by a deadline)',
  {
    QUARTERLY: '季度点评 quarterly review',
    HALF_YEAR: '半年研判 half-year assessment',
    FOLLOW_UP: '跟踪调度 follow-up',
    RECTIFICATION: '限期整改 rectification by a deadline',
    ANNUAL_REPORT: "述职评议 the secretary's annual report",
  },
);

/** One dated review of a secretary project, with a score. */
@Entity('project_reviews')
@Place('regionCode')
@ObjectType({ description: '项目点评 a dated review of a secretary project, with a score' })
export class ProjectReview extends WithId {
  @Index()
  @Column({ type: 'int' })
  projectId!: number;

  @Col.text(12, "区划代码 the project's region", { index: true })
  regionCode!: string;

  @Col.text(16, '点评方式 kind of review', { type: () => ReviewKind })
  kind!: ReviewKind;

  @Col.date('点评日期 reviewed on (YYYY-MM-DD)')
  reviewedOn!: string;

  @Col.int('评分 score 0–100')
  score!: number;

  @Col.text(500, "点评意见 the reviewer's comment")
  comment!: string;

  @Col.date('整改期限 rectify by (RECTIFICATION only)', { nullable: true })
  rectifyBy!: string | null;

  @Col.text(64, "点评人 the reviewer's account")
  reviewer!: string;
}
