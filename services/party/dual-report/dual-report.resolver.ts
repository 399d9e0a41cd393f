import { Resolver } from 'type-graphql';
import { DualReport } from './dual-report.entity';
import { DualReportFilterArgs } from './dual-report.inputs';
import { PartyUnit } from './unit.entity';
import { PartyMember } from '../member/member.entity';
import { Grid } from '../grid/grid.stub';
import { Region } from '../region/region.stub';
import type { PartyContext } from '../context';
import { byValidId, field, fieldOrNull, link, listUnder, Resolving } from '../../../shared/queries';

@Resolver(() => DualReport)
export class DualReportResolver extends Resolving<DualReport, PartyContext>(DualReport, {
  fields: {
    member: link(
      PartyMember,
      '报到党员 the member, for a member report',
      'partyMemberById',
      'memberId',
    ),
    unit: link(PartyUnit, '报到单位 the unit, for a unit report', 'partyUnitById', 'unitId'),
    grid: fieldOrNull(Grid, '报到网格 the grid reported to (grid subgraph)', (r) =>
      r.gridCode ? Object.assign(new Grid(), { code: r.gridCode }) : null,
    ),
    community: field(Region, '报到社区 the community reported to (grid subgraph)', (r) =>
      Object.assign(new Region(), { code: r.regionCode }),
    ),
  },
  queries: {
    dualReports: listUnder(
      ['DualReportPage', '双报到分页 a page of dual reports'],
      DualReportFilterArgs,
      {
        description: '双报到台账 who reported to a community, region or grid, and what they offer',
        under: ['r.grid_code', 'r.region_code'],
        where: { target: 'r.target = :target', reporterKind: 'r.reporter_kind = :reporterKind' },
        also: (qb, args) => {
          if (args.standing) qb.andWhere('r.ended_on IS NULL');
        },
        order: { 'r.reported_on': 'ASC', 'r.id': 'ASC' },
      },
    ),
  },
}) {}

@Resolver(() => PartyUnit)
export class PartyUnitResolver extends Resolving<PartyUnit, PartyContext>(PartyUnit, {
  queries: {
    partyUnit: byValidId('按编号查单位 one resident unit by id', '单位编号 unit id', (ctx, id) =>
      ctx.loaders.partyUnitById.load(id),
    ),
  },
  fields: {
    dualReports: field(
      [DualReport],
      "双报到记录 the unit's dual reports, standing and ended",
      (u, ctx) => ctx.loaders.dualReportsByUnitId.load(u.id),
    ),
  },
}) {}

export const partyUnitReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PartyContext) => {
    const id = Number(ref.id);
    return Number.isSafeInteger(id) && id > 0 ? ctx.loaders.partyUnitById.load(id) : null;
  },
};
