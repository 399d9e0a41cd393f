import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';
import { Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Length,
  ValidateNested,
  IsOptional,
  Matches,
} from 'class-validator';
import { LocalDate } from '../../../shared/scalars';

@InputType({ description: '议定事项 a decision taken at the meeting' })
export class DecisionInput {
  @Field({ description: '决定内容 what was decided' })
  @Length(1, 500)
  content!: string;

  @Field({
    defaultValue: false,
    description: '需立案跟进 open a follow-up case in the grid subgraph',
  })
  followUpRequired!: boolean;
}

@InputType({ description: '三方联动议事 a "1+3+N" linkage meeting to record' })
export class HoldMeetingInput {
  @Field(() => ID, { description: '小区编号 compound id' })
  compoundId!: string;

  @Field(() => LocalDate, { description: '召开日期 held on (YYYY-MM-DD), not in the future' })
  heldOn!: string;

  @Field({ description: '议题 topic' })
  @Length(1, 200)
  topic!: string;

  @Field(() => ID, {
    nullable: true,
    description: '社区党组织 the community party organisation that convened it (party subgraph)',
  })
  partyOrganizationId?: string | null;

  @Field({ defaultValue: true, description: "居委会参加 the residents' committee took part" })
  residentsCommittee!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "业委会 the compound's owners' committee, if it took part",
  })
  ownersCommitteeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '物业企业 the property company, if it took part',
  })
  companyId?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: '其他参与方 the "N": police, law enforcement, deputies, resident units ...',
  })
  @ArrayMaxSize(12)
  @Length(1, 50, { each: true })
  otherParties!: string[];

  @Field(() => [DecisionInput], { description: '议定事项 decisions, 1 to 20' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  decisions!: DecisionInput[];

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey: 1–100 letters, digits and : . - _',
  })
  idempotencyKey?: string;
}
