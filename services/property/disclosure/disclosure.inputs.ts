import { Field, ID, InputType, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { YearMonth } from '../../../shared/scalars';

/** Money is integer cents (分): never floats. Up to ¥20,000,000 a month fits a 32-bit Int. */
const MAX_CENTS = 2_000_000_000;

@InputType({ description: '收支金额 the four amounts of a month, in cents' })
export class DisclosureAmountsInput {
  @Field(() => Int, { description: '收入（分） income in cents' })
  @Min(0)
  @Max(MAX_CENTS)
  incomeCents!: number;

  @Field(() => Int, { description: "物业酬金（分） the company's remuneration in cents" })
  @Min(0)
  @Max(MAX_CENTS)
  remunerationCents!: number;

  @Field(() => Int, { description: '支出（分） expenses in cents' })
  @Min(0)
  @Max(MAX_CENTS)
  expensesCents!: number;

  @Field(() => Int, {
    description: '结余（分） balance in cents; must equal income − remuneration − expenses',
  })
  @Min(-MAX_CENTS)
  @Max(MAX_CENTS)
  balanceCents!: number;
}

@InputType({ description: "发布月度公示 publish a compound's month" })
export class PublishDisclosureInput extends DisclosureAmountsInput {
  @Field(() => ID, { description: '小区编号 compound id' })
  compoundId!: string;

  @Field(() => YearMonth, { description: '月份 month (YYYY-MM), not after the current month' })
  month!: string;
}

@InputType({ description: '更正公示 correct a published month with a new row' })
export class CorrectDisclosureInput extends DisclosureAmountsInput {
  @Field(() => ID, {
    description: '被更正公示 the disclosure being corrected (the latest revision of its month)',
  })
  correctsId!: string;

  @Field({ description: '更正原因 why it was wrong' })
  @Length(1, 200)
  reason!: string;
}
