import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDate, RegionCode } from '../../../shared/scalars';
import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';
import { Input } from '../../../shared/input-fields';

const IDEMPOTENCY_MESSAGE = 'idempotencyKey: 1–100 letters, digits and : . - _';

@InputType({
  description:
    '四项清单 the four lists a member unit signs, up to 20 entries each; a list left out is empty on joining and unchanged by an update',
})
export class AllianceListsInput {
  @Field(() => [String], { nullable: true, description: '组织共建 joint organisation building' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  coBuilding?: string[];

  @Field(() => [String], { nullable: true, description: '资源共享 shared resources' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  resourceSharing?: string[];

  @Field(() => [String], { nullable: true, description: '事务共商 affairs consulted on together' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  affairsConsultation?: string[];

  @Field(() => [String], { nullable: true, description: '人才共育 talent developed together' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  talentDevelopment?: string[];
}

@InputType({ description: '联盟成员单位 a member unit joining, with its four lists' })
export class AllianceMemberInput {
  @Input.id(
    "单位 a resident unit registered on the alliance's line (under it or above it) or reporting (双报到) under it",
  )
  unitId!: string;

  @Input.of(
    () => LocalDate,
    "加入日期 joined on (YYYY-MM-DD); by default the alliance's founding day (createAlliance) or today (addAllianceMember)",
    { nullable: true },
  )
  joinedOn?: string;

  @Field(() => AllianceListsInput, { nullable: true, description: '四项清单 its four lists' })
  @ValidateNested()
  lists?: AllianceListsInput;
}

@InputType({
  description: '成立党建联盟 a new alliance of a street or community with its member units',
})
export class CreateAllianceInput {
  @Field({ description: '名称 name, e.g. 红色物业联盟' })
  @Length(2, 100)
  name!: string;

  @Field(() => RegionCode, { description: '所在区划 the street (9 digits) or community (12)' })
  regionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "牵头党组织 the leading street working committee, community committee or joint committee of the alliance's region",
  })
  leadOrganizationId?: string;

  @Field(() => LocalDate, { description: '成立日期 founded on (YYYY-MM-DD)' })
  foundedOn!: string;

  @Field(() => [AllianceMemberInput], { description: '成员单位 1 to 100 member units' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  members!: AllianceMemberInput[];

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey?: string;
}

@InputType({
  description:
    '更新党建联盟 rename an alliance or change its lead; a field left out keeps its value',
})
export class UpdateAllianceInput {
  @Field(() => ID, { description: '联盟 the alliance' })
  id!: string;

  @Field({ nullable: true, description: '名称 name' })
  @Length(2, 100)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: '牵头党组织 the leading organisation; null: none',
  })
  leadOrganizationId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '成立日期 founded on (YYYY-MM-DD)' })
  foundedOn?: string;
}

@InputType({ description: '加入联盟 a unit joins an alliance with its four lists' })
export class AddAllianceMemberInput extends AllianceMemberInput {
  @Input.id('联盟 the alliance')
  allianceId!: string;

  @Input.text(IDEMPOTENCY_KEY_DESCRIPTION, {
    nullable: true,
    matches: IDEMPOTENCY_KEY_PATTERN,
    message: IDEMPOTENCY_MESSAGE,
  })
  idempotencyKey?: string;
}

@InputType({ description: '更新四项清单 replace the lists of a member unit' })
export class UpdateAllianceMemberInput {
  @Input.id('联盟 the alliance')
  allianceId!: string;

  @Input.id('单位 the member unit')
  unitId!: string;

  @Field(() => AllianceListsInput, { description: '四项清单 the lists to replace' })
  @ValidateNested()
  lists!: AllianceListsInput;
}
