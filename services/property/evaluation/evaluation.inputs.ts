import { Field, ID, InputType, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { EvaluatorKind } from './evaluation.entity';
import { Quarter } from '../../../shared/scalars';

@InputType({ description: '物业服务考核 a quarterly score for a company in one compound' })
export class RecordEvaluationInput {
  @Field(() => ID, { description: '物业企业 company id' })
  companyId!: string;

  @Field(() => ID, { description: '小区编号 compound id' })
  compoundId!: string;

  @Field(() => Quarter, { description: '季度 quarter, e.g. 2026Q3' })
  quarter!: string;

  @Field(() => Int, { description: '得分 score 0–100' })
  @Min(0)
  @Max(100)
  score!: number;

  @Field(() => EvaluatorKind, { description: '考核主体类别 kind of evaluator' })
  evaluatorKind!: EvaluatorKind;

  @Field({ description: '考核主体 the evaluating body' })
  @Length(1, 100)
  evaluator!: string;
}
