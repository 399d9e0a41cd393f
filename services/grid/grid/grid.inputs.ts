import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { GridLevel } from './grid.entity';
import { GridCode, RegionCode } from '../../../shared/scalars';

@InputType({ description: '新建网格 a new grid on a community' })
export class CreateGridInput {
  @Field(() => GridCode, { description: '网格编码 15 digits, starting with the community code' })
  code!: string;

  @Field(() => RegionCode, { description: '所属社区代码 the 12-digit community code' })
  @Matches(/^\d{12}$/, { message: 'communityCode must be 12 digits' })
  communityCode!: string;

  @Field({ description: '名称 name' })
  @Length(1, 100)
  name!: string;

  @Field(() => GridLevel, { description: '层级 level' })
  level!: GridLevel;

  @Field(() => GridCode, {
    nullable: true,
    description:
      '上级网格编码 parent grid: the community grid for BASIC and DEDICATED, a BASIC grid for MICRO',
  })
  @IsOptional()
  parentCode?: string;

  @Field(() => Int, { defaultValue: 0, description: '户数 households' })
  @Min(0)
  @Max(100000)
  households: number = 0;

  @Field(() => Int, { defaultValue: 0, description: '人口 residents' })
  @Min(0)
  @Max(1000000)
  population: number = 0;

  @Field(() => Int, { defaultValue: 0, description: '楼栋数 buildings' })
  @Min(0)
  @Max(10000)
  buildings: number = 0;
}
