import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, Length, Matches } from 'class-validator';
import { RegionCode } from '../../../shared/scalars';

@InputType({ description: '志愿者登记 register a volunteer in a community and its teams' })
export class RegisterVolunteerInput {
  @Field({ description: '姓名 name (personal data)' })
  @Length(1, 50)
  name!: string;

  @Field({ description: '电话 mobile phone (personal data)' })
  @Matches(/^1\d{10}$/, { message: 'phone must be an 11-digit mobile number' })
  phone!: string;

  @Field(() => RegionCode, { description: '登记社区代码 the 12-digit community' })
  @Matches(/^\d{12}$/, { message: 'regionCode must be a 12-digit community code' })
  regionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: '党员编号 the party member this volunteer is (party subgraph), if one',
  })
  partyMemberId?: string;

  @Field(() => [ID], { defaultValue: [], description: '加入的服务队 teams to join' })
  @ArrayMaxSize(20)
  teamIds!: string[];
}
