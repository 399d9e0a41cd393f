import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type HomeLevel = EnumValue<typeof HomeLevel>;

export const HomeLevel = defineEnum(
  'CadreHomeLevel',
  '派出单位层级 where a posted cadre comes from',
  {
    CITY: '市直机关 a city body',
    DISTRICT: '区直单位 a district body',
  },
);

/** 第一书记 and 工作队下沉: a cadre posted to a community for a term, leading a work team. */
@Entity('first_secretary_assignments')
@Place('communityCode')
@ObjectType({
  description:
    '第一书记（工作队下沉） a cadre from a city or district body posted to a community for a term as its first secretary, leading a work team (Baishan: 30 cadres, 10 communities, one year)',
})
export class FirstSecretaryAssignment extends WithId {
  @Col.text(32, '第一书记 the cadre (team leader)', { personal: 'name' })
  cadreName!: string;

  @Col.int('党员编号 the cadre as a party member (party subgraph)', { nullable: true })
  partyMemberId!: number | null;

  @Col.text(100, '派出单位 home unit')
  homeUnit!: string;

  @Col.text(16, '派出单位层级 city or district body', { type: () => HomeLevel })
  homeLevel!: HomeLevel;

  @Col.text(12, '社区代码 the community served (12 digits)', { index: true })
  communityCode!: string;

  @Col.date('任期开始 term start (YYYY-MM-DD)')
  termStart!: string;

  @Col.date('任期结束 term end (YYYY-MM-DD)')
  termEnd!: string;

  @Col.json(() => [String], '工作队队员 the other members of the work team', { personal: 'name' })
  teamMembers!: string[];

  @Col.int('解决问题数 problems solved')
  problemsSolved!: number;
}
