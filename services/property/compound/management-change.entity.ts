import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { ManagementMode } from './compound.entity';
import { Place } from '../../../shared/auth/policy';

/** Append-only history of mode and company, so coverage can be asked "as of" any date. */
@Entity('compound_management_changes')
@Index(['compoundId', 'effectiveOn'])
@Index(['gridCode', 'effectiveOn'])
@ObjectType({
  description: "管理变更 a change of a compound's management mode or company, with its date",
})
@Place('gridCode')
export class CompoundManagementChange {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '变更编号 change id' })
  id!: number;

  @Column({ type: 'int' })
  compoundId!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: "所在网格编码 the compound's grid code" })
  gridCode!: string;

  @Column({ type: 'varchar', length: 16 })
  @Field(() => ManagementMode, { description: '管理模式 mode from this date' })
  managementMode!: ManagementMode;

  @Index()
  @Column({ type: 'int', nullable: true })
  companyId!: number | null;

  @Column({ type: 'date' })
  @Field({ description: '生效日期 effective on (YYYY-MM-DD)' })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: '说明 note, e.g. why the company changed' })
  note!: string | null;
}
