import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

/** Stores its grid code, so a street or a city is a range scan on an index (shared/codes). */
@Entity('accountability_projects')
@Place('gridCode')
@ObjectType({ description: '考核督办书记项目 AccountabilityProject: a accountability record on a grid' })
@Directive('@key(fields: "id")')
export class AccountabilityProject {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '网格编码 the 15-digit grid it belongs to' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 label' })
  label!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;

  @Column({ type: 'datetime' })
  @Field({ description: '登记时间 recorded at' })
  recordedAt!: Date;
}
