import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';
import { UrbanComponentCondition } from '../component/component.entity';

@Entity('urban_inspections')
@Place('gridCode')
@Index(['gridCode', 'inspectedOn'])
@ObjectType({
  description: "城管巡查 Inspection: an inspector's patrol of a grid's components on one day",
})
@Directive('@key(fields: "id")')
export class Inspection {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 15 })
  @Field({ description: '网格编码 the grid inspected' })
  gridCode!: string;

  @Column({ type: 'varchar', length: 50 })
  @Field({ description: '巡查员 the inspector (personal data)' })
  @PersonalData('name')
  inspectorName!: string;

  @Column({ type: 'date' })
  @Field({ description: '巡查日期 inspected on (YYYY-MM-DD)' })
  inspectedOn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '备注 note' })
  note!: string | null;
}

/** One component as an inspection found it; `caseId` links the grid Case opened for it through the graph. */
@Entity('urban_inspection_findings')
@Place('gridCode')
@ObjectType({
  description: '巡查发现 InspectionFinding: the condition of one component at an inspection',
})
export class InspectionFinding {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Index()
  @Column({ type: 'int' })
  inspectionId!: number;

  @Index()
  @Column({ type: 'int' })
  componentId!: number;

  @Column({ type: 'varchar', length: 15 })
  gridCode!: string;

  @Column({ type: 'varchar', length: 16, name: 'observed_condition' })
  @Field(() => UrbanComponentCondition, { description: '状况 the condition found' })
  condition!: UrbanComponentCondition;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '说明 note' })
  note!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;
}
