import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { VerifierRole } from './participation.entity';
import { GridCode } from '../../../shared/scalars';
import { PageArgs } from '../../../shared/pagination';

@InputType({ description: '安排活动 a new service activity for a team' })
export class ScheduleActivityInput {
  @Field(() => ID, { description: '服务队编号 the team running it' })
  teamId!: string;

  @Field({ description: '活动名称 title' })
  @Length(2, 200)
  title!: string;

  @Field(() => GridCode, {
    nullable: true,
    description: "网格编码 the grid it takes place in; defaults to the team's grid",
  })
  gridCode?: string;

  @Field({ description: '开始时间 starts at' })
  startsAt!: Date;

  @Field({ description: '结束时间 ends at' })
  endsAt!: Date;

  @Field(() => Int, { description: '名额 capacity, 1–1000' })
  @Min(1)
  @Max(1000)
  capacity!: number;
}

@InputType({ description: "核实时长 who verifies a participant's recorded hours" })
export class VerifyHoursInput {
  @Field(() => ID, { description: '参与记录编号 the participation' })
  participationId!: string;

  @Field(() => VerifierRole, { description: '核实人身份 team leader or community' })
  role!: VerifierRole;

  @Field(() => ID, {
    nullable: true,
    description:
      "队长的志愿者编号 the team leader's volunteer id, required when role is TEAM_LEADER",
  })
  verifierVolunteerId?: string;

  @Field({
    nullable: true,
    description: '社区核实人姓名 the community staff member, required when role is COMMUNITY',
  })
  @Length(1, 50)
  verifierName?: string;
}

@InputType({ description: '登记时长 hours a participant served' })
export class RecordHoursInput {
  @Field(() => ID, { description: '参与记录编号 the participation' })
  participationId!: string;

  @Field(() => Float, { description: '服务时长(小时) hours served, in half-hour steps, 0.5–24' })
  @Min(0.5)
  @Max(24)
  hours!: number;
}

@ArgsType()
export class ServiceActivityFilterArgs extends PageArgs {
  @Field({
    description: '区划代码前缀 activities under this 6-, 9- or 12-digit region or 15-digit grid',
  })
  under!: string;

  @Field(() => ID, { nullable: true, description: '服务队编号 only this team’s activities' })
  teamId?: string;

  @Field({
    nullable: true,
    description: '起始时间 only activities that end at or after this time (upcoming and running)',
  })
  endingFrom?: Date;
}
