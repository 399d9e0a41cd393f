import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { VolunteerCategory } from './team.entity';
import { PageArgs } from '../../../shared/pagination';
import { GridCode, RegionCode } from '../../../shared/scalars';

@InputType({
  description: '成立志愿服务队 a new volunteer team; give a grid code or a community code',
})
export class CreateVolunteerTeamInput {
  @Field({ description: '队名 team name' })
  @Length(2, 100)
  name!: string;

  @Field(() => VolunteerCategory, { description: '服务类别 service category' })
  category!: VolunteerCategory;

  @Field(() => GridCode, {
    nullable: true,
    description: '网格编码 the 15-digit grid it serves (its community follows from the code)',
  })
  gridCode?: string;

  @Field(() => RegionCode, {
    nullable: true,
    description: '社区代码 the 12-digit community, for a community-wide team',
  })
  @Matches(/^\d{12}$/, { message: 'regionCode must be a 12-digit community code' })
  regionCode?: string;
}

@ArgsType()
export class VolunteerTeamFilterArgs extends PageArgs {
  @Field({ description: '区划代码前缀 teams under this 6-, 9- or 12-digit region code' })
  under!: string;

  @Field(() => VolunteerCategory, { nullable: true, description: '服务类别 only this category' })
  category?: VolunteerCategory;
}

@ArgsType()
export class SetTeamLeaderArgs {
  @Field(() => ID, { description: '服务队编号 team id' })
  teamId!: string;

  @Field(() => ID, {
    description: '志愿者编号 the member who leads the team and verifies its hours',
  })
  volunteerId!: string;
}
