import { Entity } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { PartyGridKind } from '../organization/organization.entity';
import { Place } from '../../../shared/auth/policy';
import { defineEnum, type EnumValue } from '../../../shared/enums';
import { Col, WithRecordId } from '../../../shared/columns';

export type ServiceStationKind = EnumValue<typeof ServiceStationKind>;

export const ServiceStationKind = defineEnum(
  'ServiceStationKind',
  '阵地类别 service centre or station',
  {
    CENTER: '党群服务中心 street or community service centre',
    STATION: '网格(小区)党群服务站 grid (compound) service station',
  },
);

@Entity('party_service_stations')
@ObjectType({ description: '党群服务中心/站 Party-mass service centre or station' })
@Place('gridCode', 'regionCode')
export class ServiceStation extends WithRecordId {
  @Col.text(100, '名称 name')
  name!: string;

  @Col.text(8, '类别 centre or station', { type: () => ServiceStationKind })
  kind!: ServiceStationKind;

  @Col.text(12, "所在区划 region code (a station stores its grid's community)", { index: true })
  regionCode!: string;

  @Col.text(15, '所在网格 the grid a station serves', { nullable: true, index: true })
  gridCode!: string | null;

  @Col.text(16, '网格类别 kind of grid served', { nullable: true, type: () => PartyGridKind })
  gridKind!: PartyGridKind | null;

  @Col.int('面积 floor area in m²')
  floorArea!: number;

  @Col.date('启用日期 opened on (YYYY-MM-DD)')
  openedOn!: string;
}
