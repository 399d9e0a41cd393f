import { IdempotencyKeyField } from '../../../shared/idempotency';
import { InputType } from 'type-graphql';
import { UrbanComponentCondition, UrbanComponentKind } from './component.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: "登记部件 a new component in a grid's inventory" })
export class CreateUrbanComponentInput {
  @Input.of(() => GridCode, '网格编码 the 15-digit grid')
  gridCode!: string;

  @Input.of(() => UrbanComponentKind, '类型 kind')
  kind!: UrbanComponentKind;

  @Input.of(() => UrbanComponentCondition, '状况 condition', {
    defaultValue: UrbanComponentCondition.GOOD,
  })
  condition: UrbanComponentCondition = UrbanComponentCondition.GOOD;

  @Input.text('位置 location label', { length: [1, 100] })
  locationLabel!: string;

  @Input.of(() => LocalDate, '安装日期 installed on (YYYY-MM-DD); today when omitted', {
    nullable: true,
    optional: true,
  })
  installedOn?: string;

  @IdempotencyKeyField({ optional: true })
  idempotencyKey?: string;
}
