import { Column, Entity, Index } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type DisputeClass = EnumValue<typeof DisputeClass>;
export type MediationMethod = EnumValue<typeof MediationMethod>;

export const DisputeClass = defineEnum(
  'DisputeClass',
  "纠纷类别 Binzhou's three classes of grid self-government issues (三治融合), each with its own way of handling",
  {
    FAMILY: '家庭矛盾 family conflict',
    NEIGHBOURS: '邻里纠纷 neighbour dispute',
    COMPOUND_GOVERNANCE: '小区治理 compound governance',
  },
);
export const MediationMethod = defineEnum(
  'MediationMethod',
  '调解方式 how a dispute was mediated',
  {
    FAMILY_TALK: '家长里短调解 talked through by a neighbourhood mediation team (家长里短调解队)',
    ON_SITE: '上门调解 on-site mediation by the grid',
    JOINT: '联合调解 joint mediation with police, justice office or court',
    DELIBERATION: "议事协商 deliberation of the compound's parties (1+3+N)",
    LEGAL_AID: '法律援助 legal aid',
  },
);

/** The mediation record of a dispute case: its class, who mediated, how, and whether an agreement was reached. */
@Entity('case_mediations')
@Place('gridCode')
@ObjectType({
  description:
    '调解记录 the mediation of a dispute case (矛盾纠纷): its class, mediator or team, method, outcome and whether an agreement was reached',
})
export class CaseMediation extends WithId {
  @Index({ unique: true })
  @Column({ type: 'int' })
  caseId!: number;

  @Col.text(15, "网格编码 the case's grid", { index: true })
  gridCode!: string;

  @Col.text(24, '纠纷类别 family, neighbours or compound governance', { type: () => DisputeClass })
  disputeClass!: DisputeClass;

  @Col.text(64, '调解人或调解队 the mediator or mediation team')
  mediator!: string;

  @Col.text(24, '调解方式 method', { type: () => MediationMethod })
  method!: MediationMethod;

  @Col.text(500, '调解结果 outcome')
  outcome!: string;

  @Col.bool('是否达成协议 whether an agreement was reached')
  agreementReached!: boolean;

  @Col.date('调解日期 mediated on (YYYY-MM-DD)')
  mediatedOn!: string;

  @Column({ type: 'varchar', length: 64 })
  recordedBy!: string;
}
