import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { JSONObjectScalar, type BoundaryGeometry } from '../../../shared/geojson';
import { ENTITY } from '../../../shared/foreign-entities';

export const GridLevel = defineEnum('GridLevel', '网格层级 grid level', {
  COMMUNITY_GRID: '社区总网格 the community-wide grid',
  BASIC: '基础网格 basic grid, usually one compound (1小区1网格)',
  MICRO: '微网格 micro grid, a few buildings',
  DEDICATED: '专属网格 dedicated grid: a school, hospital, market or business district',
});
export type GridLevel = EnumValue<typeof GridLevel>;

@Entity('grids')
@Place('code')
@ObjectType({ description: ENTITY.Grid.description })
@Directive('@key(fields: "code")')
export class Grid {
  @PrimaryColumn({ type: 'varchar', length: 15 })
  @Field({ description: ENTITY.Grid.keyDescription })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  @Field(() => GridLevel, { description: '层级 level' })
  level!: GridLevel;

  @Index()
  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: '上级网格编码 parent grid code' })
  parentCode!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: '所属社区代码 the community (12-digit region code) the grid lies in' })
  regionCode!: string;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '户数 households' })
  households!: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '人口 residents' })
  population!: number;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: '楼栋数 buildings' })
  buildings!: number;

  @Column({ name: 'boundary_geojson', type: 'simple-json', nullable: true })
  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      '边界 boundary: a GeoJSON geometry (Polygon or MultiPolygon, WGS84 [lon, lat]); null when not surveyed',
  })
  boundary!: BoundaryGeometry | null;
}
