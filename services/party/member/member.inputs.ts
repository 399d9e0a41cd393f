import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { PageUnderArgs } from '../../../shared/pagination';
import { PartyMemberStatus } from './member.entity';
import { PartyTransferReason } from './member-transfer.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';
import { Input } from '../../../shared/input-fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class PartyMemberFilterArgs extends PageUnderArgs(
  '区划或网格编码 members whose organisation lies under this region code, or who are managed in this grid (15 digits)',
) {
  @Input.of(() => PartyMemberStatus, '状态 only this status', { nullable: true })
  status?: PartyMemberStatus;

  @Input.bool('党员中心户 only centre households (true) or only others (false)', { nullable: true })
  centerHousehold?: boolean;
}

@InputType({
  description: "组织关系转接 move one member's organisation relation, keeping the history",
})
export class TransferPartyMemberInput {
  @Field(() => ID, { description: '党员 the member' })
  memberId!: string;

  @Field(() => ID, { description: '转入组织 the organisation it moves to' })
  toOrganizationId!: string;

  @Field(() => PartyTransferReason, { description: '原因 reason' })
  reason!: PartyTransferReason;

  @Field(() => LocalDate, { description: '转接日期 transferred on (YYYY-MM-DD)' })
  @Matches(DATE)
  transferredOn!: string;

  @Field({ nullable: true, description: '备注 note' })
  @Length(1, 200)
  note?: string;

  @Field(() => Int, {
    nullable: true,
    description: '预期版本 the member version the caller saw; a stale one is refused with CONFLICT',
  })
  expectedVersion?: number;
}

@InputType({
  description:
    "退休党员移交社区 hand an organisation's retired members over to a community committee",
})
export class HandOverRetiredMembersInput {
  @Field(() => ID, {
    description:
      "移出组织 the organisation (e.g. a mining group's committee) handing its retirees over",
  })
  fromOrganizationId!: string;

  @Field(() => ID, { description: '接收社区党组织 the community committee receiving them' })
  toOrganizationId!: string;

  @Field(() => LocalDate, { description: '移交日期 handed over on (YYYY-MM-DD)' })
  @Matches(DATE)
  transferredOn!: string;
}

@InputType({
  description:
    '党员转入登记 a member whose organisation relation moves in (组织关系转入): who, the receiving organisation, since when',
})
export class RegisterPartyMemberInput {
  @Field({ description: '姓名 name (personal data)' })
  @Length(1, 50)
  name!: string;

  @Field({
    description:
      '身份证号 18-character resident ID number with its check character (personal data): a person is registered once',
  })
  idNumber!: string;

  @Field({ nullable: true, description: '电话 a mobile or an area-code number (personal data)' })
  phone?: string;

  @Field({ nullable: true, description: '住址 address (personal data)' })
  @Length(1, 200)
  address?: string;

  @Field(() => ID, {
    description:
      '接收党组织 the organisation receiving the relation (a community committee, grid branch, building group, industry or enterprise organisation)',
  })
  organizationId!: string;

  @Field(() => PartyMemberStatus, { description: '状态 status' })
  status!: PartyMemberStatus;

  @Field(() => GridCode, {
    nullable: true,
    description:
      "纳入管理的网格 the grid the member is managed in; by default the receiving organisation's grid",
  })
  gridCode?: string;

  @Field(() => LocalDate, { description: '入党日期 joined the party on (YYYY-MM-DD)' })
  joinedOn!: string;

  @Field(() => LocalDate, { description: '转入日期 the relation moved in on (YYYY-MM-DD)' })
  transferredInOn!: string;

  @Field({
    nullable: true,
    description: '转出组织 the sending organisation, as the transfer letter (介绍信) names it',
  })
  @Length(1, 100)
  transferredInFrom?: string;

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey: 1–100 letters, digits and : . - _',
  })
  idempotencyKey?: string;
}

@InputType({
  description:
    "更新党员信息 change a member's record; a field left out keeps its value, null clears a phone, an address or the grid",
})
export class UpdatePartyMemberInput {
  @Field(() => ID, { description: '党员 the member' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: '预期版本 the member version the caller saw; a stale one is refused with CONFLICT',
  })
  expectedVersion?: number;

  @Field({ nullable: true, description: '姓名 name (personal data)' })
  @Length(1, 50)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: '电话 a mobile or an area-code number (personal data)',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '住址 address (personal data)' })
  @Length(1, 200)
  address?: string | null;

  @Field(() => PartyMemberStatus, { nullable: true, description: '状态 status' })
  status?: PartyMemberStatus;

  @Field({
    nullable: true,
    description: '党员中心户 a centre household (only a member managed in a grid)',
  })
  centerHousehold?: boolean;

  @Field(() => GridCode, {
    nullable: true,
    description:
      "纳入管理的网格 the grid the member is managed in: under the organisation's region or where the member reports (双报到); null: none",
  })
  gridCode?: string | null;
}
