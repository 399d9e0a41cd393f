import { ArgsType, Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { PageUnderArgs } from '../../../shared/pagination';
import { PartyMemberStatus } from './member.entity';
import { PartyTransferReason } from './member-transfer.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { IdempotencyKeyField } from '../../../shared/idempotency';
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
  @Input.id('党员 the member')
  memberId!: string;

  @Input.id('转入组织 the organisation it moves to')
  toOrganizationId!: string;

  @Input.of(() => PartyTransferReason, '原因 reason')
  reason!: PartyTransferReason;

  @Field(() => LocalDate, { description: '转接日期 transferred on (YYYY-MM-DD)' })
  @Matches(DATE)
  transferredOn!: string;

  @Input.text('备注 note', { nullable: true, length: [1, 200] })
  note?: string;

  @Input.int('预期版本 the member version the caller saw; a stale one is refused with CONFLICT', {
    nullable: true,
  })
  expectedVersion?: number;
}

@InputType({
  description:
    "退休党员移交社区 hand an organisation's retired members over to a community committee",
})
export class HandOverRetiredMembersInput {
  @Input.id("移出组织 the organisation (e.g. a mining group's committee) handing its retirees over")
  fromOrganizationId!: string;

  @Input.id('接收社区党组织 the community committee receiving them')
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
  @Input.text('姓名 name (personal data)', { length: [1, 50] })
  name!: string;

  @Input.text(
    '身份证号 18-character resident ID number with its check character (personal data): a person is registered once',
  )
  idNumber!: string;

  @Input.text('电话 a mobile or an area-code number (personal data)', { nullable: true })
  phone?: string;

  @Input.text('住址 address (personal data)', { nullable: true, length: [1, 200] })
  address?: string;

  @Input.id(
    '接收党组织 the organisation receiving the relation (a community committee, grid branch, building group, industry or enterprise organisation)',
  )
  organizationId!: string;

  @Input.of(() => PartyMemberStatus, '状态 status')
  status!: PartyMemberStatus;

  @Input.of(
    () => GridCode,
    "纳入管理的网格 the grid the member is managed in; by default the receiving organisation's grid",
    { nullable: true },
  )
  gridCode?: string;

  @Input.of(() => LocalDate, '入党日期 joined the party on (YYYY-MM-DD)')
  joinedOn!: string;

  @Input.of(() => LocalDate, '转入日期 the relation moved in on (YYYY-MM-DD)')
  transferredInOn!: string;

  @Input.text('转出组织 the sending organisation, as the transfer letter (介绍信) names it', {
    nullable: true,
    length: [1, 100],
  })
  transferredInFrom?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({
  description:
    "更新党员信息 change a member's record; a field left out keeps its value, null clears a phone, an address or the grid",
})
export class UpdatePartyMemberInput {
  @Input.id('党员 the member')
  id!: string;

  @Input.int('预期版本 the member version the caller saw; a stale one is refused with CONFLICT', {
    nullable: true,
  })
  expectedVersion?: number;

  @Input.text('姓名 name (personal data)', { nullable: true, length: [1, 50] })
  name?: string;

  @Input.text('电话 a mobile or an area-code number (personal data)', { nullable: true })
  phone?: string | null;

  @Input.text('住址 address (personal data)', { nullable: true, length: [1, 200] })
  address?: string | null;

  @Input.of(() => PartyMemberStatus, '状态 status', { nullable: true })
  status?: PartyMemberStatus;

  @Field({
    nullable: true,
    description: '党员中心户 a centre household (only a member managed in a grid)',
  })
  centerHousehold?: boolean;

  @Input.of(
    () => GridCode,
    "纳入管理的网格 the grid the member is managed in: under the organisation's region or where the member reports (双报到); null: none",
    { nullable: true },
  )
  gridCode?: string | null;
}
