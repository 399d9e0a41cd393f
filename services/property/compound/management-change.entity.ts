import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { ManagementMode } from './compound.entity';
import { Place } from '../../../shared/auth/policy';
import { Col } from '../../../shared/columns';
import { CompoundRecord } from '../compound-record';

/** Append-only history of mode and company, so coverage can be asked "as of" any date. */
@Entity('compound_management_changes')
@Index(['compoundId', 'effectiveOn'])
@Index(['gridCode', 'effectiveOn'])
@ObjectType({
  description: "管理变更 a change of a compound's management mode or company, with its date",
})
@Place('gridCode')
export class CompoundManagementChange extends CompoundRecord('变更编号 change id') {
  @Col.text(16, '管理模式 mode from this date', { type: () => ManagementMode })
  managementMode!: ManagementMode;

  @Index()
  @Column({ type: 'int', nullable: true })
  companyId!: number | null;

  @Col.date('生效日期 effective on (YYYY-MM-DD)')
  effectiveOn!: string;

  @Col.text(200, '说明 note, e.g. why the company changed', { nullable: true })
  note!: string | null;
}
