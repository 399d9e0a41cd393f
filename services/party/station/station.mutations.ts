import { Arg, Ctx, Resolver } from 'type-graphql';
import { ServiceStation, ServiceStationKind } from './station.entity';
import { OpenServiceStationInput, UpdateServiceStationInput } from './station.inputs';
import { PartyGridKind } from '../organization/organization.entity';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import { idempotent } from '../../../shared/idempotency';
import { assertNotFuture } from '../../../shared/scalars';
import { parseId } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import {
  REGION_STAFF,
  WriteMutation,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';
import type { PartyContext } from '../context';

const bad = (message: string, field: string) => new BadUserInputError(message, { field });
const MAX_AREA = 100_000;

function assertArea(area: number | null | undefined): void {
  if (area == null || !Number.isInteger(area) || area < 1 || area > MAX_AREA)
    throw bad(`floorArea must be 1 to ${MAX_AREA} m²`, 'floorArea');
}

/** A station serves a grid (its community is the grid's); a centre serves a street or a community. */
function placeOf(input: OpenServiceStationInput) {
  if (input.kind === ServiceStationKind.STATION) {
    if (!input.gridCode) throw bad('a station serves a grid: give its gridCode', 'gridCode');
    if (input.regionCode && input.regionCode !== input.gridCode.slice(0, 12))
      throw bad("a station's region is its grid's community", 'regionCode');
    return {
      regionCode: input.gridCode.slice(0, 12),
      gridCode: input.gridCode,
      gridKind: input.gridKind ?? PartyGridKind.RESIDENTIAL,
    };
  }
  if (input.gridCode) throw bad('a centre serves a street or community, not a grid', 'gridCode');
  if (input.gridKind) throw bad('a centre serves no grid of any kind', 'gridKind');
  if (!input.regionCode || ![9, 12].includes(input.regionCode.length))
    throw bad('a centre serves a street (9 digits) or a community (12)', 'regionCode');
  return { regionCode: input.regionCode, gridCode: null, gridKind: null };
}

@Resolver(() => ServiceStation)
export class ServiceStationMutations {
  @WriteMutation(
    () => ServiceStation,
    '启用党群服务阵地 record a service centre of a street or community, or a station of a grid, that has opened',
    {
      roles: REGION_STAFF,
      place: places(argPlace('input.gridCode'), argPlace('input.regionCode')),
    },
  )
  openServiceStation(
    @Arg('input') input: OpenServiceStationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<ServiceStation> {
    const place = placeOf(input);
    assertArea(input.floorArea);
    assertNotFuture(input.openedOn, 'openedOn');
    return writeTransaction(ctx.dataSource, (em) =>
      idempotent(
        em,
        'openServiceStation',
        input.idempotencyKey,
        (id) => em.findOneBy(ServiceStation, { id }),
        () =>
          em.save(
            ServiceStation,
            em.create(ServiceStation, {
              name: input.name,
              kind: input.kind,
              ...place,
              floorArea: input.floorArea,
              openedOn: input.openedOn,
            }),
          ),
      ),
    );
  }

  @WriteMutation(
    () => ServiceStation,
    '更新党群服务阵地 rename a centre or station, correct its area or its kind of grid',
    { roles: REGION_STAFF, place: rowPlace(ServiceStation, 'input.id') },
  )
  updateServiceStation(
    @Arg('input') input: UpdateServiceStationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<ServiceStation> {
    const id = parseId(input.id, 'id');
    if (input.name === null) throw bad('name cannot be cleared', 'name');
    if (input.floorArea !== undefined) assertArea(input.floorArea);
    return writeTransaction(ctx.dataSource, async (em) => {
      const station = await em.findOneBy(ServiceStation, { id });
      if (!station) throw new NotFoundError('ServiceStation', id);
      if (input.gridKind != null && station.kind !== ServiceStationKind.STATION)
        throw bad('a centre serves no grid of any kind', 'gridKind');
      await em.update(ServiceStation, id, {
        name: input.name ?? station.name,
        floorArea: input.floorArea ?? station.floorArea,
        gridKind: input.gridKind ?? station.gridKind,
      });
      return (await em.findOneBy(ServiceStation, { id }))!;
    });
  }
}
