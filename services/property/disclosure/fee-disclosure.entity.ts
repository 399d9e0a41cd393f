import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col } from '../../../shared/columns';
import { CompoundRecord } from '../compound-record';

/**
 * 阳光透明酬金制: a compound's money for one month, published and then immutable. A correction is
 * a new row with the next revision that names the row it corrects; (compound, month, revision)
 * is unique, so two concurrent publications or corrections of the same month cannot both land.
 */
@Entity('fee_disclosures')
@Index(['compoundId', 'month', 'revision'], { unique: true })
@Index(['gridCode', 'month'])
@ObjectType({
  description:
    '物业收支公示 Monthly fee disclosure under the sunshine remuneration system (阳光透明酬金制); amounts in integer cents',
})
@Place('gridCode')
export class FeeDisclosure extends CompoundRecord('公示编号 disclosure id') {
  @Col.text(7, '月份 month disclosed (YYYY-MM)')
  month!: string;

  @Col.int('版本 0 for the original publication, 1, 2 ... for corrections', { default: 0 })
  revision!: number;

  @Col.int('收入（分） income in cents')
  incomeCents!: number;

  @Col.int("物业酬金（分） the company's remuneration in cents")
  remunerationCents!: number;

  @Col.int('支出（分） expenses in cents')
  expensesCents!: number;

  @Col.int('结余（分） balance in cents = income − remuneration − expenses')
  balanceCents!: number;

  @Col.datetime('公示时间 published at')
  publishedAt!: Date;

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  correctsId!: number | null;

  @Col.text(200, '更正原因 why the corrected row was wrong', { nullable: true })
  correctionReason!: string | null;
}
