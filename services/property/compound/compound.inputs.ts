import { InputType } from 'type-graphql';
import { ManagementMode } from './compound.entity';
import { GridCode, LocalDate } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '登记小区 a compound to register' })
export class RegisterCompoundInput {
  @Input.text('名称 name', { length: [1, 100] })
  name!: string;

  @Input.of(() => GridCode, '所在基础网格编码 the basic grid it lies in (15 digits)')
  gridCode!: string;

  @Input.int('户数 households', { min: 0, max: 100000 })
  households!: number;

  @Input.int('楼栋数 buildings', { min: 1, max: 1000 })
  buildings!: number;

  @Input.bool('老旧小区 an old compound', { defaultValue: false })
  old!: boolean;

  @Input.bool('单体楼 a single stand-alone building', { defaultValue: false })
  singleBuilding!: boolean;

  @Input.of(() => ManagementMode, '管理模式 management mode')
  mode!: ManagementMode;

  @Input.id('物业企业 the managing company (required for PROFESSIONAL)', { nullable: true })
  companyId?: string | null;

  @Input.of(() => LocalDate, '起始日期 mode effective on (YYYY-MM-DD)')
  since!: string;
}

@InputType({ description: '变更管理 a new management mode or company for a compound, from a date' })
export class ChangeManagementInput {
  @Input.id('小区编号 compound id')
  compoundId!: string;

  @Input.of(() => ManagementMode, '管理模式 management mode from effectiveOn')
  mode!: ManagementMode;

  @Input.id('物业企业 the managing company (required for PROFESSIONAL)', { nullable: true })
  companyId?: string | null;

  @Input.of(
    () => LocalDate,
    '生效日期 effective on (YYYY-MM-DD): not in the future, not before the last change',
  )
  effectiveOn!: string;

  @Input.text('说明 note', { nullable: true, length: [0, 200] })
  note?: string;
}
