import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';

export enum AgreementStage {
  SIGNED = 'SIGNED',
  SUPERVISED = 'SUPERVISED',
  ASSESSED = 'ASSESSED',
}
export enum AssessmentGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  PASS = 'PASS',
  FAIL = 'FAIL',
}

registerEnumType(AgreementStage, {
  name: 'AgreementStage',
  description: '契约阶段 the three dated stages of a co-building agreement',
  valuesConfig: {
    SIGNED: { description: '年初签约 signed at the start of the year' },
    SUPERVISED: { description: '年中督查 supervised mid-year' },
    ASSESSED: { description: '年底考评 assessed at the year end' },
  },
});
registerEnumType(AssessmentGrade, {
  name: 'AssessmentGrade',
  description: '考评等次 the year-end grade',
  valuesConfig: {
    EXCELLENT: { description: '优秀 ≥ 90' },
    GOOD: { description: '良好 ≥ 75' },
    PASS: { description: '合格 ≥ 60' },
    FAIL: { description: '不合格 < 60' },
  },
});

/** 契约化党建 / 一书三单: a resident unit signs needs, resources and projects with a street or community. */
@Entity('co_building_agreements')
@Place('regionCode')
@ObjectType({
  description:
    '契约化共建协议（一书三单） a resident unit and a street or community sign the needs, resources and projects lists: signed at the start of the year, supervised mid-year, assessed at its end',
})
export class CoBuildingAgreement {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 id' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '驻区单位 the resident unit' })
  unitName!: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "单位编号 the unit in the party subgraph's registry",
  })
  unitId!: number | null;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '区划代码 the street (9 digits) or community (12 digits) that signs' })
  regionCode!: string;

  @Index()
  @Column({ type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: '党组织编号 the street or community party organisation (party subgraph)',
  })
  organizationId!: number | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '年度 year' })
  year!: number;

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '需求清单 the needs list' })
  needs!: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '资源清单 the resources list' })
  resources!: string[];

  @Column({ type: 'simple-json' })
  @Field(() => [String], { description: '项目清单 the projects list' })
  projects!: string[];

  @Column({ type: 'varchar', length: 16 })
  @Field(() => AgreementStage, { description: '阶段 the stage reached' })
  stage!: AgreementStage;

  @Column({ type: 'date' })
  @Field({ description: '签约日期 signed on (YYYY-MM-DD)' })
  signedOn!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '督查日期 supervised on' })
  supervisedOn!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: '督查意见 the mid-year supervision note' })
  supervisionNote!: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: '考评日期 assessed on' })
  assessedOn!: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '考评得分 the year-end score 0–100' })
  assessmentScore!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => AssessmentGrade, { nullable: true, description: '考评等次 the year-end grade' })
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
