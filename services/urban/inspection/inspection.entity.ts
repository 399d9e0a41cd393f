import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { UrbanComponentCondition } from '../component/component.entity';
import { Col, WithId } from '../../../shared/columns';

@Entity('urban_inspections')
@Place('gridCode')
@Index(['gridCode', 'inspectedOn'])
@ObjectType({
  description: "城管巡查 Inspection: an inspector's patrol of a grid's components on one day",
})
@Directive('@key(fields: "id")')
export class Inspection extends WithId {
  @Col.text(15, '网格编码 the grid inspected')
  gridCode!: string;

  @Col.text(50, '巡查员 the inspector (personal data)', { personal: 'name' })
  inspectorName!: string;

  @Col.date('巡查日期 inspected on (YYYY-MM-DD)')
  inspectedOn!: string;

  @Col.text(500, '备注 note', { nullable: true })
  note!: string | null;
}

/** One component as an inspection found it; `caseId` links the grid Case opened for it through the graph. */
@Entity('urban_inspection_findings')
@Place('gridCode')
@ObjectType({
  description: '巡查发现 InspectionFinding: the condition of one component at an inspection',
})
export class InspectionFinding extends WithId {
  @Index()
  @Column({ type: 'int' })
  inspectionId!: number;

  @Index()
  @Column({ type: 'int' })
  componentId!: number;

  @Column({ type: 'varchar', length: 15 })
  gridCode!: string;

  @Col.text(16, '状况 the condition found', {
    name: 'observed_condition',
    type: () => UrbanComponentCondition,
  })
  condition!: UrbanComponentCondition;

  @Col.text(500, '说明 note', { nullable: true })
  note!: string | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;
}
