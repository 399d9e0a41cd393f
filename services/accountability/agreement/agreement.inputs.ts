import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { PageUnderArgs } from '../../../shared/pagination';
import { AgreementStage } from './co-building-agreement.entity';
import { RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description:
    '签订共建协议 a resident unit signs the needs, resources and projects lists with a street or community (年初签约)',
})
export class SignCoBuildingAgreementInput {
  @Field({ description: '驻区单位 the resident unit' })
  @Length(1, 100)
  unitName!: string;

  @Field(() => ID, {
    nullable: true,
    description: "单位编号 the unit in the party subgraph's registry",
  })
  @IsOptional()
  unitId?: string;

  @Field(() => RegionCode, {
    description: '区划代码 the street (9 digits) or community (12 digits)',
  })
  @Matches(/^\d{9}(\d{3})?$/, {
    message: 'regionCode must be a 9-digit street or 12-digit community code',
  })
  regionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: '党组织编号 the street or community party organisation',
  })
  @IsOptional()
  organizationId?: string;

  @Field(() => Int, { description: '年度 year' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => [String], { description: '需求清单 the needs list' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  needs!: string[];

  @Field(() => [String], { description: '资源清单 the resources list' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  resources!: string[];

  @Field(() => [String], { description: '项目清单 the projects list' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  projects!: string[];

  @Field({ description: '签约日期 signed on (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'signedOn must be YYYY-MM-DD' })
  signedOn!: string;
}

@InputType({
  description:
    '督查或考评 a later stage of an agreement: mid-year supervision (年中督查) or year-end assessment (年底考评)',
})
export class AgreementStageInput {
  @Field(() => ID, { description: '协议编号 the agreement' })
  agreementId!: string;

  @Field({ description: '日期 on (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'on must be YYYY-MM-DD' })
  on!: string;

  @Field({ description: '意见 the note' })
  @Length(1, 500)
  note!: string;

  @Field(() => Int, {
    nullable: true,
    description: '考评得分 the year-end score 0–100 (assessment only)',
  })
  @IsOptional()
  @Min(0)
  @Max(100)
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
