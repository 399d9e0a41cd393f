import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

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
export class FeeDisclosure {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '公示编号 disclosure id' })
  id!: number;

  @Column({ type: 'int' })
  compoundId!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'varchar', length: 7 })
  @Field({ description: '月份 month disclosed (YYYY-MM)' })
  month!: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, {
    description: '版本 0 for the original publication, 1, 2 ... for corrections',
  })
  revision!: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '收入（分） income in cents' })
  incomeCents!: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: "物业酬金（分） the company's remuneration in cents" })
  remunerationCents!: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '支出（分） expenses in cents' })
  expensesCents!: number;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: '结余（分） balance in cents = income − remuneration − expenses',
  })
  balanceCents!: number;

  @Column({ type: 'datetime' })
  @Field({ description: '公示时间 published at' })
  publishedAt!: Date;

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  correctsId!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '更正原因 why the corrected row was wrong' })
  correctionReason!: string | null;
}
