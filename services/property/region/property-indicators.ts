import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KeyCount } from '../../../shared/indicators';

@ObjectType({
  description:
    "物业指标 the property subgraph's indicators for a region, computed in SQL by code prefix",
})
export class PropertyIndicators {
  @Field({ description: '截至日期 as of (YYYY-MM-DD)' })
  asOf!: string;

  @Field(() => Int, { description: '小区总数 compounds on record by asOf' })
  compounds!: number;

  @Field(() => [KeyCount], {
    description: '各管理模式小区数 compounds by management mode as of asOf',
  })
  compoundsByMode!: KeyCount[];

  @Field(() => Int, {
    description: '物业服务覆盖小区 compounds under PROFESSIONAL or QUASI management',
  })
  servedCompounds!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '物业服务覆盖率 service coverage: served compounds over all compounds (null when none)',
  })
  serviceCoverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '专业物业覆盖率 compounds under professional management (专业物业) over all compounds on asOf; quasi-property and fallback stay outside (Baishan 91%, Binzhou 87%)',
  })
  professionalCoverage!: number | null;

  @Field(() => Int, { description: '物业企业数 distinct companies managing compounds here' })
  companies!: number;

  @Field(() => Int, {
    description: "成立业委会小区 compounds with an owners' committee inside its term",
  })
  committeeCompounds!: number;

  @Field(() => Float, {
    nullable: true,
    description: "业委会组建率 owners'-committee coverage over all compounds",
  })
  committeeCoverage!: number | null;

  @Field(() => Int, { description: '业委会成员 members of committees inside their term' })
  committeeMembers!: number;

  @Field(() => Int, { description: '党员成员 of whom party members' })
  partyCommitteeMembers!: number;

  @Field(() => Float, { nullable: true, description: '党员占比 party share of committee members' })
  partyShareOfCommitteeMembers!: number | null;

  @Field(() => Int, {
    description: '交叉任职 committee members also on the community "two committees"',
  })
  crossAppointedCommitteeMembers!: number;

  @Field(() => Int, {
    description:
      '红色物业 compounds whose company has a party organisation and that held a linkage meeting in the three months up to asOf',
  })
  redProperties!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '红色物业占比 red properties over all compounds on asOf (Baishan: 105 red properties)',
  })
  redPropertyRate!: number | null;

  @Field({ description: '考核季度 the quarter the evaluation figures are for' })
  evaluationQuarter!: string;

  @Field(() => Int, { description: '考核次数 evaluations in that quarter' })
  evaluations!: number;

  @Field(() => Float, {
    nullable: true,
    description: '平均考核分 average evaluation score in that quarter',
  })
  averageEvaluationScore!: number | null;

  @Field(() => Int, {
    description:
      '应公示月数 compound-months due under the sunshine remuneration system, up to the month before asOf',
  })
  disclosureMonthsDue!: number;

  @Field(() => Int, { description: '已公示月数 of which published' })
  disclosureMonthsPublished!: number;

  @Field(() => Float, { nullable: true, description: '公示率 months published over months due' })
  disclosureRate!: number | null;
}
