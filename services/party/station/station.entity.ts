import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartyGridKind } from '../organization/organization.entity';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';

export const ServiceStationKind = defineEnum(
  'ServiceStationKind',
  '阵地类别 service centre or station',
  {
    CENTER: '党群服务中心 street or community service centre',
    STATION: '网格(小区)党群服务站 grid (compound) service station',
  },
);
export type ServiceStationKind = EnumValue<typeof ServiceStationKind>;

@Entity('party_service_stations')
@ObjectType({ description: '党群服务中心/站 Party-mass service centre or station' })
@Place('gridCode', 'regionCode')
export class ServiceStation {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: '编号 the id of this record' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  @Field({ description: '名称 name' })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  @Field(() => ServiceStationKind, { description: '类别 centre or station' })
  kind!: ServiceStationKind;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  @Field({ description: "所在区划 region code (a station stores its grid's community)" })
  regionCode!: string;

  @Index()
  @Column({ type: 'varchar', length: 15, nullable: true })
  @Field(() => String, { nullable: true, description: '所在网格 the grid a station serves' })
  gridCode!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => PartyGridKind, { nullable: true, description: '网格类别 kind of grid served' })
  gridKind!: PartyGridKind | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: '面积 floor area in m²' })
  floorArea!: number;

  @Column({ type: 'date' })
  @Field({ description: '启用日期 opened on (YYYY-MM-DD)' })
  openedOn!: string;
}
