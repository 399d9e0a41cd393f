import { ObjectType } from 'type-graphql';
import { KeyCount } from '../../../shared/indicators';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    "物业指标 the property subgraph's indicators for a region, computed in SQL by code prefix",
})
export class PropertyIndicators {
  @Out.text('截至日期 as of (YYYY-MM-DD)')
  asOf!: string;

  @Out.int('小区总数 compounds on record by asOf')
  compounds!: number;

  @Out.of(() => [KeyCount], '各管理模式小区数 compounds by management mode as of asOf')
  compoundsByMode!: KeyCount[];

  @Out.int(
    '物业服务小区 compounds served by a property company on asOf: professional management (专业物业, which always names its company)',
  )
  servedCompounds!: number;

  @Out.float(
    '物业服务覆盖率 service coverage: compounds served by a property company (servedCompounds) over all compounds on asOf; quasi-property (准物业) and fallback (兜底) are outside it, reported beside it (Baishan 91%: 58 companies, 181 compounds; Binzhou 87%). Null when there are no compounds',
    { nullable: true },
  )
  serviceCoverage!: number | null;

  @Out.float('专业物业覆盖率 the same as serviceCoverage', {
    nullable: true,
    deprecationReason: 'the same as serviceCoverage, which now counts professional management only',
  })
  professionalCoverage!: number | null;

  @Out.int(
    '准物业小区 compounds under quasi-property management (准物业: community-run, low-fee, non-profit) on asOf',
  )
  quasiCompounds!: number;

  @Out.float(
    '物业服务覆盖率(含准物业) the broader variant: professional or quasi-property management over all compounds on asOf; fallback (兜底) stays outside',
    { nullable: true },
  )
  serviceCoverageWithQuasi!: number | null;

  @Out.int('物业企业数 distinct companies managing compounds here')
  companies!: number;

  @Out.int(
    "成立业委会小区 compounds with an owners' committee inside its term on asOf, whatever their management",
  )
  committeeCompounds!: number;

  @Out.int(
    "物业小区业委会 compounds served by a property company (servedCompounds) with an owners' committee inside its term on asOf",
  )
  servedCompoundsWithCommittee!: number;

  @Out.float(
    "业委会组建率 owners'-committee rate over 物业小区: servedCompoundsWithCommittee / servedCompounds on asOf (the unnamed city 46%: 87 committees; Binzhou 70%). Null when no compound is served",
    { nullable: true },
  )
  committeeCoverage!: number | null;

  @Out.float(
    '业委会覆盖率(全部小区) the broader variant: committeeCompounds over all compounds on asOf',
    { nullable: true },
  )
  committeeCoverageOfAllCompounds!: number | null;

  @Out.int('业委会成员 members of committees inside their term')
  committeeMembers!: number;

  @Out.int('党员成员 of whom party members')
  partyCommitteeMembers!: number;

  @Out.float('党员占比 party share of committee members', { nullable: true })
  partyShareOfCommitteeMembers!: number | null;

  @Out.int('交叉任职 committee members also on the community "two committees"')
  crossAppointedCommitteeMembers!: number;

  @Out.int(
    '红色物业 compounds whose company (on asOf) has a party organisation and that held a "1+3+N" linkage meeting in the three months up to asOf (the unnamed city: 105 red properties)',
  )
  redProperties!: number;

  @Out.float(
    '红色物业占比 red properties over all compounds on asOf (no seed gives a rate; the unnamed city counts 105 red properties)',
    { nullable: true },
  )
  redPropertyRate!: number | null;

  @Out.text('考核季度 the quarter the evaluation figures are for')
  evaluationQuarter!: string;

  @Out.int('考核次数 evaluations in that quarter (by default the last full quarter before asOf)')
  evaluations!: number;

  @Out.float('平均考核分 average evaluation score in that quarter', { nullable: true })
  averageEvaluationScore!: number | null;

  @Out.int(
    '应公示月数 compound-months due under the sunshine remuneration system, up to the month before asOf',
  )
  disclosureMonthsDue!: number;

  @Out.int('已公示月数 of which published')
  disclosureMonthsPublished!: number;

  @Out.float('公示率 months published over months due', { nullable: true })
  disclosureRate!: number | null;
}
