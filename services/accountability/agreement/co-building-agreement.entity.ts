import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export type AgreementStage = EnumValue<typeof AgreementStage>;
export type AssessmentGrade = EnumValue<typeof AssessmentGrade>;

export const AgreementStage = defineEnum(
  'AgreementStage',
  '契约阶段 the three dated stages of a co-building agreement',
  {
    SIGNED: '年初签约 signed at the start of the year',
    SUPERVISED: '年中督查 supervised mid-year',
    ASSESSED: '年底考评 assessed at the year end',
  },
);
export const AssessmentGrade = defineEnum('AssessmentGrade', '考评等次 the year-end grade', {
  EXCELLENT: '优秀 ≥ 90',
  GOOD: '良好 ≥ 75',
  PASS: '合格 ≥ 60',
  FAIL: '不合格 < 60',
});

/** 契约化党建 / 一书三单: a resident unit signs needs, resources and projects with a street or community. */
@Entity('co_building_agreements')
@Place('regionCode')
@ObjectType({
  description:
    '契约化共建协议（一书三单） a resident unit and a street or community sign the needs, resources and projects lists: signed at the start of the year, supervised mid-year, assessed at its end',
})
export class CoBuildingAgreement extends WithId {
  @Col.text(100, '驻区单位 the resident unit')
  unitName!: string;

  @Col.int("单位编号 the unit in the party subgraph's registry", { nullable: true })
  unitId!: number | null;

  @Col.text(12, '区划代码 the street (9 digits) or community (12 digits) that signs', {
    index: true,
  })
  regionCode!: string;

  @Col.int('党组织编号 the street or community party organisation (party subgraph)', {
    nullable: true,
    index: true,
  })
  organizationId!: number | null;

  @Col.int('年度 year')
  year!: number;

  @Col.json(() => [String], '需求清单 the needs list')
  needs!: string[];

  @Col.json(() => [String], '资源清单 the resources list')
  resources!: string[];

  @Col.json(() => [String], '项目清单 the projects list')
  projects!: string[];

  @Col.text(16, '阶段 the stage reached', { type: () => AgreementStage })
  stage!: AgreementStage;

  @Col.date('签约日期 signed on (YYYY-MM-DD)')
  signedOn!: string;

  @Col.date('督查日期 supervised on', { nullable: true })
  supervisedOn!: string | null;

  @Col.text(500, '督查意见 the mid-year supervision note', { nullable: true })
  supervisionNote!: string | null;

  @Col.date('考评日期 assessed on', { nullable: true })
  assessedOn!: string | null;

  @Col.int('考评得分 the year-end score 0–100', { nullable: true })
  assessmentScore!: number | null;

  @Col.text(16, '考评等次 the year-end grade', { nullable: true, type: () => AssessmentGrade })
  assessmentGrade!: AssessmentGrade | null;
}

export const gradeOf = (score: number): AssessmentGrade =>
  score >= 90
    ? AssessmentGrade.EXCELLENT
    : score >= 75
      ? AssessmentGrade.GOOD
      : score >= 60
        ? AssessmentGrade.PASS
        : AssessmentGrade.FAIL;
