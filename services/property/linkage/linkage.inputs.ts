import { IdempotencyKeyField } from '../../../shared/idempotency';
import { InputType } from 'type-graphql';
import { LocalDate } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '议定事项 a decision taken at the meeting' })
export class DecisionInput {
  @Input.text('决定内容 what was decided', { length: [1, 500] })
  content!: string;

  @Input.bool('需立案跟进 open a follow-up case in the grid subgraph', { defaultValue: false })
  followUpRequired!: boolean;
}

@InputType({ description: '三方联动议事 a "1+3+N" linkage meeting to record' })
export class HoldMeetingInput {
  @Input.id('小区编号 compound id')
  compoundId!: string;

  @Input.of(() => LocalDate, '召开日期 held on (YYYY-MM-DD), not in the future')
  heldOn!: string;

  @Input.text('议题 topic', { length: [1, 200] })
  topic!: string;

  @Input.id('社区党组织 the community party organisation that convened it (party subgraph)', {
    nullable: true,
  })
  partyOrganizationId?: string | null;

  @Input.bool("居委会参加 the residents' committee took part", { defaultValue: true })
  residentsCommittee!: boolean;

  @Input.id("业委会 the compound's owners' committee, if it took part", { nullable: true })
  ownersCommitteeId?: string | null;

  @Input.id('物业企业 the property company, if it took part', { nullable: true })
  companyId?: string | null;

  @Input.of(
    () => [String],
    '其他参与方 the "N": police, law enforcement, deputies, resident units ...',
    { defaultValue: [], items: [0, 12], eachLength: [1, 50] },
  )
  otherParties!: string[];

  @Input.of(() => [DecisionInput], '议定事项 decisions, 1 to 20', {
    items: [1, 20],
    nested: 'each',
  })
  decisions!: DecisionInput[];

  @IdempotencyKeyField({ optional: true })
  idempotencyKey?: string;
}
