import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { PageArgs } from '../../../shared/pagination';
import { PartyMemberStatus } from './member.entity';
import { PartyTransferReason } from './member-transfer.entity';
import { LocalDate } from '../../../shared/scalars';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class PartyMemberFilterArgs extends PageArgs {
  @Field({
    description:
      '区划或网格编码 members whose organisation lies under this region code, or who are managed in this grid (15 digits)',
  })
  under!: string;

  @Field(() => PartyMemberStatus, { nullable: true, description: '状态 only this status' })
  status?: PartyMemberStatus;

  @Field({
    nullable: true,
    description: '党员中心户 only centre households (true) or only others (false)',
  })
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
