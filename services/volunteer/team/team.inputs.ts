import { ArgsType, Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { VolunteerCategory } from './team.entity';
import { PageUnderArgs } from '../../../shared/pagination';
import { GridCode, RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({
  description: '成立志愿服务队 a new volunteer team; give a grid code or a community code',
})
export class CreateVolunteerTeamInput {
  @Input.text('队名 team name', { length: [2, 100] })
  name!: string;

  @Input.of(() => VolunteerCategory, '服务类别 service category')
  category!: VolunteerCategory;

  @Input.of(
    () => GridCode,
    '网格编码 the 15-digit grid it serves (its community follows from the code)',
    { nullable: true },
  )
  gridCode?: string;

  @Field(() => RegionCode, {
    nullable: true,
    description: '社区代码 the 12-digit community, for a community-wide team',
  })
  @Matches(/^\d{12}$/, { message: 'regionCode must be a 12-digit community code' })
  regionCode?: string;
}

@ArgsType()
export class VolunteerTeamFilterArgs extends PageUnderArgs(
  '区划代码前缀 teams under this 6-, 9- or 12-digit region code',
) {
  @Input.of(() => VolunteerCategory, '服务类别 only this category', { nullable: true })
  category?: VolunteerCategory;
}

@ArgsType()
export class SetTeamLeaderArgs {
  @Input.id('服务队编号 team id')
  teamId!: string;

  @Input.id('志愿者编号 the member who leads the team and verifies its hours')
  volunteerId!: string;
}
