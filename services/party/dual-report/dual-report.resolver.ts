import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { DualReport } from './dual-report.entity';
import { DualReportFilterArgs } from './dual-report.inputs';
import { PartyUnit } from './unit.entity';
import { PartyMember } from '../member/member.entity';
import { Grid } from '../grid/grid.stub';
import { Region } from '../region/region.stub';
import { Paginated, toPage } from '../../../shared/pagination';
import { assertPrefix, underPlaceSql } from '../../../shared/codes';
import type { PartyContext } from '../context';
import { byValidId, field, fieldOrNull, Resolving } from '../../../shared/queries';

@ObjectType({ description: '双报到分页 a page of dual reports' })
export class DualReportPage extends Paginated(DualReport) {}

@Resolver(() => DualReport)
export class DualReportResolver extends Resolving<DualReport, PartyContext>(DualReport, {
  fields: {
    member: fieldOrNull(PartyMember, '报到党员 the member, for a member report', (r, ctx) =>
      r.memberId == null ? null : ctx.loaders.partyMemberById.load(r.memberId),
    ),
    unit: fieldOrNull(PartyUnit, '报到单位 the unit, for a unit report', (r, ctx) =>
      r.unitId == null ? null : ctx.loaders.partyUnitById.load(r.unitId),
    ),
    grid: fieldOrNull(Grid, '报到网格 the grid reported to (grid subgraph)', (r) =>
      r.gridCode ? Object.assign(new Grid(), { code: r.gridCode }) : null,
    ),
    community: field(Region, '报到社区 the community reported to (grid subgraph)', (r) =>
      Object.assign(new Region(), { code: r.regionCode }),
    ),
  },
}) {
  @Query(() => DualReportPage, {
    description: '双报到台账 who reported to a community, region or grid, and what they offer',
  })
  async dualReports(
    @Args() args: DualReportFilterArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<DualReportPage> {
    const under = assertPrefix(args.under, 'under');
    const qb = ctx.dataSource.getRepository(DualReport).createQueryBuilder('r');
    qb.where(...underPlaceSql('r.grid_code', 'r.region_code', under));
    if (args.standing) qb.andWhere('r.ended_on IS NULL');
    if (args.target) qb.andWhere('r.target = :t', { t: args.target });
    if (args.reporterKind) qb.andWhere('r.reporter_kind = :k', { k: args.reporterKind });
    const [items, total] = await qb
      .orderBy('r.reported_on', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return toPage(items, total, args);
  }
}

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
