import { Field, ID, InputType, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { ManagementMode } from './compound.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';

@InputType({ description: '登记小区 a compound to register' })
export class RegisterCompoundInput {
  @Field({ description: '名称 name' })
  @Length(1, 100)
  name!: string;

  @Field(() => GridCode, { description: '所在基础网格编码 the basic grid it lies in (15 digits)' })
  gridCode!: string;

  @Field(() => Int, { description: '户数 households' })
  @Min(0)
  @Max(100000)
  households!: number;

  @Field(() => Int, { description: '楼栋数 buildings' })
  @Min(1)
  @Max(1000)
  buildings!: number;

  @Field({ defaultValue: false, description: '老旧小区 an old compound' })
  old!: boolean;

  @Field({ defaultValue: false, description: '单体楼 a single stand-alone building' })
  singleBuilding!: boolean;

  @Field(() => ManagementMode, { description: '管理模式 management mode' })
  mode!: ManagementMode;

  @Field(() => ID, {
    nullable: true,
    description: '物业企业 the managing company (required for PROFESSIONAL)',
  })
  companyId?: string | null;

  @Field(() => LocalDate, { description: '起始日期 mode effective on (YYYY-MM-DD)' })
  since!: string;
}

@InputType({ description: '变更管理 a new management mode or company for a compound, from a date' })
export class ChangeManagementInput {
  @Field(() => ID, { description: '小区编号 compound id' })
  compoundId!: string;

  @Field(() => ManagementMode, { description: '管理模式 management mode from effectiveOn' })
  mode!: ManagementMode;

  @Field(() => ID, {
    nullable: true,
    description: '物业企业 the managing company (required for PROFESSIONAL)',
  })
  companyId?: string | null;

  @Field(() => LocalDate, {
    description:
      '生效日期 effective on (YYYY-MM-DD): not in the future, not before the last change',
  })
  effectiveOn!: string;

  @Field({ nullable: true, description: '说明 note' })
  @Length(0, 200)
  note?: string;
}
