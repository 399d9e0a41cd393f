import { ArgsType, Field, InputType } from 'type-graphql';
import { Matches } from 'class-validator';
import { PageUnderArgs } from '../../../shared/pagination';
import { AgreementStage } from './co-building-agreement.entity';
import { RegionCode } from '../../../shared/scalars';
import { Input, isoDate } from '../../../shared/input-fields';

/** Each of the three lists (一书三单): 1 to 20 entries of 1 to 100 characters. */
const LIST = { items: [1, 20], eachLength: [1, 100] } as const;

@InputType({
  description:
    '签订共建协议 a resident unit signs the needs, resources and projects lists with a street or community (年初签约)',
})
export class SignCoBuildingAgreementInput {
  @Input.text('驻区单位 the resident unit', { length: [1, 100] })
  unitName!: string;

  @Input.id("单位编号 the unit in the party subgraph's registry", {
    nullable: true,
    optional: true,
  })
  unitId?: string;

  @Field(() => RegionCode, {
    description: '区划代码 the street (9 digits) or community (12 digits)',
  })
  @Matches(/^\d{9}(\d{3})?$/, {
    message: 'regionCode must be a 9-digit street or 12-digit community code',
  })
  regionCode!: string;

  @Input.id('党组织编号 the street or community party organisation', {
    nullable: true,
    optional: true,
  })
  organizationId?: string;

  @Input.int('年度 year', { min: 2000, max: 2100 })
  year!: number;

  @Input.of(() => [String], '需求清单 the needs list', LIST)
  needs!: string[];

  @Input.of(() => [String], '资源清单 the resources list', LIST)
  resources!: string[];

  @Input.of(() => [String], '项目清单 the projects list', LIST)
  projects!: string[];

  @Input.text('签约日期 signed on (YYYY-MM-DD)', isoDate('signedOn'))
  signedOn!: string;
}

@InputType({
  description:
    '督查或考评 a later stage of an agreement: mid-year supervision (年中督查) or year-end assessment (年底考评)',
})
export class AgreementStageInput {
  @Input.id('协议编号 the agreement')
  agreementId!: string;

  @Input.text('日期 on (YYYY-MM-DD)', isoDate('on'))
  on!: string;

  @Input.text('意见 the note', { length: [1, 500] })
  note!: string;

  @Input.int('考评得分 the year-end score 0–100 (assessment only)', {
    nullable: true,
    optional: true,
    min: 0,
    max: 100,
  })
  score?: number;
}

@ArgsType()
export class AgreementArgs extends PageUnderArgs(
  '区划编码前缀 every agreement signed under this region code',
) {
  @Input.int('年度 only this year', { nullable: true })
  year?: number;

  @Input.of(() => AgreementStage, '阶段 only agreements at this stage', { nullable: true })
  stage?: AgreementStage;
}
