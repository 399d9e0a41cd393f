import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type RepresentativeKind = EnumValue<typeof RepresentativeKind>;

export const RepresentativeKind = defineEnum(
  'RepresentativeKind',
  '两代表一委员 who receives residents',
  {
    PARTY_CONGRESS: '党代表 party congress deputy',
    PEOPLES_CONGRESS: "人大代表 people's congress deputy",
    CPPCC: '政协委员 CPPCC member',
  },
);

/** 两代表一委员工作室: deputies and CPPCC members receive residents in a community. */
@Entity('receptions')
@Place('communityCode')
@ObjectType({
  description:
    '两代表一委员接待 a reception of residents by a deputy or CPPCC member at the community studio (两代表一委员工作室; 2,400 problems a year)',
})
export class Reception extends WithId {
  @Col.text(12, '社区代码 the community (12 digits)', { index: true })
  communityCode!: string;

  @Col.text(32, '代表委员 the deputy or member', { personal: 'name' })
  representativeName!: string;

  @Col.text(16, "身份 party deputy, people's deputy or CPPCC member", {
    type: () => RepresentativeKind,
  })
  representativeKind!: RepresentativeKind;

  @Col.date('接待日期 received on (YYYY-MM-DD)')
  receivedOn!: string;

  @Col.int('接待群众 residents received')
  residents!: number;

  @Col.int('收集问题 problems raised')
  problemsRaised!: number;

  @Col.int('解决问题 problems solved')
  problemsSolved!: number;

  @Col.json(() => [String], '反映事项 the topics raised')
  topics!: string[];
}
