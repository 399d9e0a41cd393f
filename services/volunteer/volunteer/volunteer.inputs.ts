import { ID, InputType } from 'type-graphql';
import { RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '志愿者登记 register a volunteer in a community and its teams' })
export class RegisterVolunteerInput {
  @Input.text('姓名 name (personal data)', { length: [1, 50] })
  name!: string;

  @Input.text('电话 mobile phone (personal data)', {
    matches: /^1\d{10}$/,
    message: 'phone must be an 11-digit mobile number',
  })
  phone!: string;

  @Input.of(() => RegionCode, '登记社区代码 the 12-digit community', {
    matches: /^\d{12}$/,
    message: 'regionCode must be a 12-digit community code',
  })
  regionCode!: string;

  @Input.id('党员编号 the party member this volunteer is (party subgraph), if one', {
    nullable: true,
  })
  partyMemberId?: string;

  @Input.of(() => [ID], '加入的服务队 teams to join', { defaultValue: [], items: [0, 20] })
  teamIds!: string[];
}
