import { IdempotencyKeyField } from '../../../shared/idempotency';
import { InputType } from 'type-graphql';
import { UrbanComponentCondition } from '../component/component.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { Input, numericId } from '../../../shared/input-fields';

@InputType({ description: '巡查发现 what was found on one component' })
export class FindingInput {
  @Input.id('部件编号 the component', numericId('componentId'))
  componentId!: string;

  @Input.of(() => UrbanComponentCondition, '状况 condition found')
  condition!: UrbanComponentCondition;

  @Input.text('说明 note', { nullable: true, optional: true, length: [0, 500] })
  note?: string;
}

@InputType({ description: "记录巡查 an inspection of a grid's components" })
export class RecordInspectionInput {
  @Input.of(() => GridCode, '网格编码 the 15-digit grid inspected')
  gridCode!: string;

  @Input.text("巡查员 the inspector's name (personal data)", { length: [1, 50] })
  inspectorName!: string;

  @Input.of(() => LocalDate, '巡查日期 inspected on (YYYY-MM-DD); today when omitted', {
    nullable: true,
    optional: true,
  })
  inspectedOn?: string;

  @Input.text('备注 note', { nullable: true, optional: true, length: [0, 500] })
  note?: string;

  @Input.of(() => [FindingInput], '巡查发现 1–50 findings, each on a component of this grid', {
    items: [1, 50],
    nested: 'each',
  })
  findings!: FindingInput[];

  @IdempotencyKeyField({ optional: true })
  idempotencyKey?: string;
}
