import { InputType } from 'type-graphql';
import { YearMonth } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

/** Money is integer cents (分): never floats. Up to ¥20,000,000 a month fits a 32-bit Int. */
const MAX_CENTS = 2_000_000_000;

@InputType({ description: '收支金额 the four amounts of a month, in cents' })
export class DisclosureAmountsInput {
  @Input.int('收入（分） income in cents', { min: 0, max: MAX_CENTS })
  incomeCents!: number;

  @Input.int("物业酬金（分） the company's remuneration in cents", { min: 0, max: MAX_CENTS })
  remunerationCents!: number;

  @Input.int('支出（分） expenses in cents', { min: 0, max: MAX_CENTS })
  expensesCents!: number;

  @Input.int('结余（分） balance in cents; must equal income − remuneration − expenses', {
    min: -MAX_CENTS,
    max: MAX_CENTS,
  })
  balanceCents!: number;
}

@InputType({ description: "发布月度公示 publish a compound's month" })
export class PublishDisclosureInput extends DisclosureAmountsInput {
  @Input.id('小区编号 compound id')
  compoundId!: string;

  @Input.of(() => YearMonth, '月份 month (YYYY-MM), not after the current month')
  month!: string;
}

@InputType({ description: '更正公示 correct a published month with a new row' })
export class CorrectDisclosureInput extends DisclosureAmountsInput {
  @Input.id('被更正公示 the disclosure being corrected (the latest revision of its month)')
  correctsId!: string;

  @Input.text('更正原因 why it was wrong', { length: [1, 200] })
  reason!: string;
}
