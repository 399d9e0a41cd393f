import { Field, ID, InputType, Int } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { ServiceStationKind } from './station.entity';
import { PartyGridKind } from '../organization/organization.entity';
import { GridCode, LocalDate, RegionCode } from '../../../shared/scalars';
import { IDEMPOTENCY_KEY_DESCRIPTION, IDEMPOTENCY_KEY_PATTERN } from '../../../shared/idempotency';

@InputType({
  description:
    '启用党群服务阵地 a new service centre (a street or community) or station (a grid) that has opened',
})
export class OpenServiceStationInput {
  @Field({ description: '名称 name' })
  @Length(2, 100)
  name!: string;

  @Field(() => ServiceStationKind, { description: '类别 centre or station' })
  kind!: ServiceStationKind;

  @Field(() => GridCode, {
    nullable: true,
    description: '所在网格 the grid a station serves (required for a station, none for a centre)',
  })
  gridCode?: string;

  @Field(() => RegionCode, {
    nullable: true,
    description:
      "所在区划 a centre's street (9 digits) or community (12); a station takes its grid's community",
  })
  regionCode?: string;

  @Field(() => PartyGridKind, {
    nullable: true,
    description: '网格类别 kind of grid a station serves (RESIDENTIAL by default)',
  })
  gridKind?: PartyGridKind;

  @Field(() => Int, { description: '面积 floor area in m² (1 to 100,000)' })
  floorArea!: number;

  @Field(() => LocalDate, { description: '启用日期 opened on (YYYY-MM-DD), not in the future' })
  openedOn!: string;

  @Field({ nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey: 1–100 letters, digits and : . - _',
  })
  idempotencyKey?: string;
}

@InputType({
  description:
    '更新党群服务阵地 rename a centre or station, or correct its area; a field left out stays',
})
export class UpdateServiceStationInput {
  @Field(() => ID, { description: '阵地 the centre or station' })
  id!: string;

  @Field({ nullable: true, description: '名称 name' })
  @Length(2, 100)
  name?: string;

  @Field(() => Int, { nullable: true, description: '面积 floor area in m² (1 to 100,000)' })
  floorArea?: number;

  @Field(() => PartyGridKind, {
    nullable: true,
    description: '网格类别 kind of grid, for a station',
  })
  gridKind?: PartyGridKind;
}
