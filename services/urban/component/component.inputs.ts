import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';
import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { UrbanComponentCondition, UrbanComponentKind } from './component.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';

@InputType({ description: "登记部件 a new component in a grid's inventory" })
export class CreateUrbanComponentInput {
  @Field(() => GridCode, { description: '网格编码 the 15-digit grid' })
  gridCode!: string;

  @Field(() => UrbanComponentKind, { description: '类型 kind' })
  kind!: UrbanComponentKind;

  @Field(() => UrbanComponentCondition, {
    defaultValue: UrbanComponentCondition.GOOD,
    description: '状况 condition',
  })
  condition: UrbanComponentCondition = UrbanComponentCondition.GOOD;

  @Field({ description: '位置 location label' })
  @Length(1, 100)
  locationLabel!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: '安装日期 installed on (YYYY-MM-DD); today when omitted',
  })
  @IsOptional()
  installedOn?: string;

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey: 1–100 letters, digits and : . - _',
  })
  idempotencyKey?: string;
}
