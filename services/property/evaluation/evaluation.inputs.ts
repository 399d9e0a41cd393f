import { InputType } from 'type-graphql';
import { EvaluatorKind } from './evaluation.entity';
import { Quarter } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '物业服务考核 a quarterly score for a company in one compound' })
export class RecordEvaluationInput {
  @Input.id('物业企业 company id')
  companyId!: string;

  @Input.id('小区编号 compound id')
  compoundId!: string;

  @Input.of(() => Quarter, '季度 quarter, e.g. 2026Q3')
  quarter!: string;

  @Input.int('得分 score 0–100', { min: 0, max: 100 })
  score!: number;

  @Input.of(() => EvaluatorKind, '考核主体类别 kind of evaluator')
  evaluatorKind!: EvaluatorKind;

  @Input.text('考核主体 the evaluating body', { length: [1, 100] })
  evaluator!: string;
}
