import { InputType } from 'type-graphql';
import { LocalDate, RegionCode } from '../../../shared/scalars';
import { IdempotencyKeyField } from '../../../shared/idempotency';
import { Input } from '../../../shared/input-fields';

/** Each of the four lists: left out, or up to 20 entries of 1 to 100 characters. */
const LIST = { nullable: true, items: [0, 20], eachLength: [1, 100] } as const;

@InputType({
  description:
    '四项清单 the four lists a member unit signs, up to 20 entries each; a list left out is empty on joining and unchanged by an update',
})
export class AllianceListsInput {
  @Input.of(() => [String], '组织共建 joint organisation building', LIST)
  coBuilding?: string[];

  @Input.of(() => [String], '资源共享 shared resources', LIST)
  resourceSharing?: string[];

  @Input.of(() => [String], '事务共商 affairs consulted on together', LIST)
  affairsConsultation?: string[];

  @Input.of(() => [String], '人才共育 talent developed together', LIST)
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

  @Input.of(() => AllianceListsInput, '四项清单 its four lists', { nullable: true, nested: true })
  lists?: AllianceListsInput;
}

@InputType({
  description: '成立党建联盟 a new alliance of a street or community with its member units',
})
export class CreateAllianceInput {
  @Input.text('名称 name, e.g. 红色物业联盟', { length: [2, 100] })
  name!: string;

  @Input.of(() => RegionCode, '所在区划 the street (9 digits) or community (12)')
  regionCode!: string;

  @Input.id(
    "牵头党组织 the leading street working committee, community committee or joint committee of the alliance's region",
    { nullable: true },
  )
  leadOrganizationId?: string;

  @Input.of(() => LocalDate, '成立日期 founded on (YYYY-MM-DD)')
  foundedOn!: string;

  @Input.of(() => [AllianceMemberInput], '成员单位 1 to 100 member units', {
    items: [1, 100],
    nested: 'each',
  })
  members!: AllianceMemberInput[];

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({
  description:
    '更新党建联盟 rename an alliance or change its lead; a field left out keeps its value',
})
export class UpdateAllianceInput {
  @Input.id('联盟 the alliance')
  id!: string;

  @Input.text('名称 name', { nullable: true, length: [2, 100] })
  name?: string;

  @Input.id('牵头党组织 the leading organisation; null: none', { nullable: true })
  leadOrganizationId?: string | null;

  @Input.of(() => LocalDate, '成立日期 founded on (YYYY-MM-DD)', { nullable: true })
  foundedOn?: string;
}

@InputType({ description: '加入联盟 a unit joins an alliance with its four lists' })
export class AddAllianceMemberInput extends AllianceMemberInput {
  @Input.id('联盟 the alliance')
  allianceId!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: '更新四项清单 replace the lists of a member unit' })
export class UpdateAllianceMemberInput {
  @Input.id('联盟 the alliance')
  allianceId!: string;

  @Input.id('单位 the member unit')
  unitId!: string;

  @Input.of(() => AllianceListsInput, '四项清单 the lists to replace', { nested: true })
  lists!: AllianceListsInput;
}
