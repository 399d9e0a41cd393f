import { ArgsType, InputType } from 'type-graphql';
import { VerifierRole } from './participation.entity';
import { GridCode } from '../../../shared/scalars';
import { PageUnderArgs } from '../../../shared/pagination';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '安排活动 a new service activity for a team' })
export class ScheduleActivityInput {
  @Input.id('服务队编号 the team running it')
  teamId!: string;

  @Input.text('活动名称 title', { length: [2, 200] })
  title!: string;

  @Input.of(() => GridCode, "网格编码 the grid it takes place in; defaults to the team's grid", {
    nullable: true,
  })
  gridCode?: string;

  @Input.of(() => Date, '开始时间 starts at')
  startsAt!: Date;

  @Input.of(() => Date, '结束时间 ends at')
  endsAt!: Date;

  @Input.int('名额 capacity, 1–1000', { min: 1, max: 1000 })
  capacity!: number;
}

@InputType({ description: "核实时长 who verifies a participant's recorded hours" })
export class VerifyHoursInput {
  @Input.id('参与记录编号 the participation')
  participationId!: string;

  @Input.of(() => VerifierRole, '核实人身份 team leader or community')
  role!: VerifierRole;

  @Input.id("队长的志愿者编号 the team leader's volunteer id, required when role is TEAM_LEADER", {
    nullable: true,
  })
  verifierVolunteerId?: string;

  @Input.text('社区核实人姓名 the community staff member, required when role is COMMUNITY', {
    nullable: true,
    length: [1, 50],
  })
  verifierName?: string;
}

@InputType({ description: '登记时长 hours a participant served' })
export class RecordHoursInput {
  @Input.id('参与记录编号 the participation')
  participationId!: string;

  @Input.float('服务时长(小时) hours served, in half-hour steps, 0.5–24', { min: 0.5, max: 24 })
  hours!: number;
}

@ArgsType()
export class ServiceActivityFilterArgs extends PageUnderArgs(
  '区划代码前缀 activities under this 6-, 9- or 12-digit region or 15-digit grid',
) {
  @Input.id('服务队编号 only this team’s activities', { nullable: true })
  teamId?: string;

  @Input.of(
    () => Date,
    '起始时间 only activities that end at or after this time (upcoming and running)',
    { nullable: true },
  )
  endingFrom?: Date;
}
