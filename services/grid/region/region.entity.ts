import { Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { BoundaryCol, type BoundaryGeometry } from '../../../shared/geojson';
import { ENTITY } from '../../../shared/foreign-entities';
import { Col } from '../../../shared/columns';

export type RegionLevel = EnumValue<typeof RegionLevel>;

export const RegionLevel = defineEnum('RegionLevel', '区划层级 administrative level', {
  CITY: '市 prefecture-level city (6 digits)',
  DISTRICT: '区/县 district or county (6 digits)',
  STREET: '街道/乡镇 street or township (9 digits)',
  COMMUNITY: '社区/村 community or village (12 digits)',
});

@Entity('regions')
@Place('code')
@ObjectType({ description: ENTITY.Region.description })
@Directive('@key(fields: "code")')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  @Field({ description: ENTITY.Region.keyDescription })
  code!: string;

  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(16, '层级 level', { type: () => RegionLevel })
  level!: RegionLevel;

  @Col.text(12, '上级区划代码 parent region code', { nullable: true, index: true })
  parentCode!: string | null;

  @BoundaryCol()
  boundary!: BoundaryGeometry | null;
}
