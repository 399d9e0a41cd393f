import { InputType } from 'type-graphql';
import { CommitteeRole } from './committee.entity';
import { LocalDate } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '业委会成员 a committee member (an owner)' })
export class CommitteeMemberInput {
  @Input.text('姓名 name (personal data)', { length: [1, 50] })
  name!: string;

  @Input.text('电话 phone (personal data)', { matches: /^\+?\d[\d-]{5,18}$/ })
  phone!: string;

  @Input.of(() => CommitteeRole, '职务 role')
  role!: CommitteeRole;

  @Input.id("党员 the member's party-member id (party subgraph), when a party member", {
    nullable: true,
  })
  partyMemberId?: string | null;

  @Input.bool('交叉任职 also on the community "two committees"', { defaultValue: false })
  crossAppointed!: boolean;
}

@InputType({ description: "组建业委会 an owners' committee for one term" })
export class FormCommitteeInput {
  @Input.id('小区编号 compound id')
  compoundId!: string;

  @Input.of(() => LocalDate, '任期开始 term starts (YYYY-MM-DD)')
  termStart!: string;

  @Input.of(() => LocalDate, '任期结束 term ends (YYYY-MM-DD), at most five years on')
  termEnd!: string;

  @Input.of(() => [CommitteeMemberInput], '成员 members, 3 to 15', {
    items: [3, 15],
    nested: 'each',
  })
  members!: CommitteeMemberInput[];
}
