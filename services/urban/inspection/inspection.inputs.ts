import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';
import { Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { UrbanComponentCondition } from '../component/component.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';

@InputType({ description: '巡查发现 what was found on one component' })
export class FindingInput {
  @Field(() => ID, { description: '部件编号 the component' })
  @Matches(/^\d{1,10}$/, { message: 'componentId must be a numeric id' })
  componentId!: string;

  @Field(() => UrbanComponentCondition, { description: '状况 condition found' })
  condition!: UrbanComponentCondition;

  @Field({ nullable: true, description: '说明 note' })
  @IsOptional()
  @Length(0, 500)
  note?: string;
}

@InputType({ description: "记录巡查 an inspection of a grid's components" })
export class RecordInspectionInput {
  @Field(() => GridCode, { description: '网格编码 the 15-digit grid inspected' })
  gridCode!: string;

  @Field({ description: "巡查员 the inspector's name (personal data)" })
  @Length(1, 50)
  inspectorName!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: '巡查日期 inspected on (YYYY-MM-DD); today when omitted',
  })
  @IsOptional()
  inspectedOn?: string;

  @Field({ nullable: true, description: '备注 note' })
  @IsOptional()
  @Length(0, 500)
  note?: string;

  @Field(() => [FindingInput], {
    description: '巡查发现 1–50 findings, each on a component of this grid',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  findings!: FindingInput[];

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey: 1–100 letters, digits and : . - _',
  })
  idempotencyKey?: string;
}
