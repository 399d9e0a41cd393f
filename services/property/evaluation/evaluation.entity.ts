import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col } from '../../../shared/columns';

export type EvaluatorKind = EnumValue<typeof EvaluatorKind>;

export const EvaluatorKind = defineEnum(
  'PropertyEvaluatorKind',
  "考核主体 who scores a company's service",
  {
    GRID_BRANCH: "网格党支部 the grid party branch (Binzhou's supervising role)",
    OWNERS_COMMITTEE: "业主委员会 the owners' committee",
    RESIDENTS_COMMITTEE: "社区居委会 the residents' committee",
    STREET_OFFICE: '街道办事处 the street office',
    HOUSING_BUREAU: '住建（房产）部门 the housing or property bureau, the property supervisor',
    RESIDENTS_SURVEY: "居民满意度测评 the residents' survey, filed by the community",
  },
);

@Entity('service_evaluations')
@Index(['companyId', 'compoundId', 'quarter', 'evaluatorKind'], { unique: true })
@Index(['compoundId', 'quarter'])
@Index(['gridCode', 'quarter'])
@ObjectType({
  description: "物业服务质量考核 Quarterly score of a company's service in one compound",
})
@Place('gridCode')
export class ServiceEvaluation {
  @Col.id('考核编号 evaluation id')
  id!: number;

  @Column({ type: 'int' })
  companyId!: number;

  @Column({ type: 'int' })
  compoundId!: number;

  @Col.text(15, "所在网格编码 the compound's grid code")
  gridCode!: string;

  @Col.text(6, '季度 quarter, e.g. 2026Q3')
  quarter!: string;

  @Col.int('得分 score 0–100')
  score!: number;

  @Col.text(24, '考核主体类别 kind of evaluator', { type: () => EvaluatorKind })
  evaluatorKind!: EvaluatorKind;

  @Col.text(100, '考核主体 the evaluating body, e.g. 新建社区第2网格党支部')
  evaluator!: string;

  @Col.date('考核日期 evaluated on (YYYY-MM-DD)')
  evaluatedOn!: string;
}
