import { Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { BoundaryCol, type BoundaryGeometry } from '../../../shared/geojson';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type GridLevel = EnumValue<typeof GridLevel>;

export const GridLevel = defineEnum('GridLevel', '网格层级 grid level', {
  COMMUNITY_GRID: '社区总网格 the community-wide grid',
  BASIC: '基础网格 basic grid, usually one compound (1小区1网格)',
  MICRO: '微网格 micro grid, a few buildings',
  DEDICATED: '专属网格 dedicated grid: a school, hospital, market or business district',
});

@Entity('grids')
@Place('code')
@ObjectType({ description: ENTITY.Grid.description })
@Directive('@key(fields: "code")')
export class Grid {
  @PrimaryColumn({ type: 'varchar', length: 15 })
  @Field({ description: ENTITY.Grid.keyDescription })
  code!: string;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(16, '层级 level', { index: true, type: () => GridLevel })
  level!: GridLevel;

  @Col.text(15, '上级网格编码 parent grid code', { nullable: true, index: true })
  parentCode!: string | null;

  @Col.text(12, '所属社区代码 the community (12-digit region code) the grid lies in', {
    index: true,
  })
  regionCode!: string;

  @Col.int('户数 households', { default: 0 })
  households!: number;

  @Col.int('人口 residents', { default: 0 })
  population!: number;

  @Col.int('楼栋数 buildings', { default: 0 })
  buildings!: number;

  @BoundaryCol()
  boundary!: BoundaryGeometry | null;
}
