import { Input } from '../../../shared/input-fields';
import { InputType } from 'type-graphql';
import { ServiceStationKind } from './station.entity';
import { PartyGridKind } from '../organization/organization.entity';
import { GridCode, LocalDate, RegionCode } from '../../../shared/scalars';
import { IdempotencyKeyField } from '../../../shared/idempotency';

@InputType({
  description:
    '启用党群服务阵地 a new service centre (a street or community) or station (a grid) that has opened',
})
export class OpenServiceStationInput {
  @Input.text('名称 name', { length: [2, 100] })
  name!: string;

  @Input.of(() => ServiceStationKind, '类别 centre or station')
  kind!: ServiceStationKind;

  @Input.of(
    () => GridCode,
    '所在网格 the grid a station serves (required for a station, none for a centre)',
    { nullable: true },
  )
  gridCode?: string;

  @Input.of(
    () => RegionCode,
    "所在区划 a centre's street (9 digits) or community (12); a station takes its grid's community",
    { nullable: true },
  )
  regionCode?: string;

  @Input.of(
    () => PartyGridKind,
    '网格类别 kind of grid a station serves (RESIDENTIAL by default)',
    { nullable: true },
  )
  gridKind?: PartyGridKind;

  @Input.int('面积 floor area in m² (1 to 100,000)')
  floorArea!: number;

  @Input.of(() => LocalDate, '启用日期 opened on (YYYY-MM-DD), not in the future')
  openedOn!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({
  description:
    '更新党群服务阵地 rename a centre or station, or correct its area; a field left out stays',
})
export class UpdateServiceStationInput {
  @Input.id('阵地 the centre or station')
  id!: string;

  @Input.text('名称 name', { nullable: true, length: [2, 100] })
  name?: string;

  @Input.int('面积 floor area in m² (1 to 100,000)', { nullable: true })
  floorArea?: number;

  @Input.of(() => PartyGridKind, '网格类别 kind of grid, for a station', { nullable: true })
  gridKind?: PartyGridKind;
}
