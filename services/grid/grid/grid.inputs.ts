import { InputType } from 'type-graphql';
import { GridLevel } from './grid.entity';
import { GridCode, RegionCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '新建网格 a new grid on a community' })
export class CreateGridInput {
  @Input.of(() => GridCode, '网格编码 15 digits, starting with the community code')
  code!: string;

  @Input.of(() => RegionCode, '所属社区代码 the 12-digit community code', {
    matches: /^\d{12}$/,
    message: 'communityCode must be 12 digits',
  })
  communityCode!: string;

  @Input.text('名称 name', { length: [1, 100] })
  name!: string;

  @Input.of(() => GridLevel, '层级 level')
  level!: GridLevel;

  @Input.of(
    () => GridCode,
    '上级网格编码 parent grid: the community grid for BASIC and DEDICATED, a BASIC grid for MICRO',
    { nullable: true, optional: true },
  )
  parentCode?: string;

  @Input.int('户数 households', { defaultValue: 0, min: 0, max: 100000 })
  households: number = 0;

  @Input.int('人口 residents', { defaultValue: 0, min: 0, max: 1000000 })
  population: number = 0;

  @Input.int('楼栋数 buildings', { defaultValue: 0, min: 0, max: 10000 })
  buildings: number = 0;
}
