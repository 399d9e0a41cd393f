import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DualReport } from './dual-report.entity';
import { DualReportFilterArgs } from './dual-report.inputs';
import { PartyUnit } from './unit.entity';
import { PartyMember } from '../member/member.entity';
import { Grid } from '../grid/grid.stub';
import { Region } from '../region/region.stub';
import { Paginated, toPage } from '../../../shared/pagination';
import { assertPrefix, underPlaceSql } from '../../../shared/codes';
import { parseId, IdArg } from '../../../shared/ids';
import type { PartyContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ObjectType({ description: '双报到分页 a page of dual reports' })
export class DualReportPage extends Paginated(DualReport) {}

@Resolver(() => DualReport)
export class DualReportResolver {
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

  @FieldOrNull(() => PartyMember, '报到党员 the member, for a member report')
  member(@Root() r: DualReport, @Ctx() ctx: PartyContext) {
    return r.memberId == null ? null : ctx.loaders.partyMemberById.load(r.memberId);
  }

  @FieldOrNull(() => PartyUnit, '报到单位 the unit, for a unit report')
  unit(@Root() r: DualReport, @Ctx() ctx: PartyContext) {
    return r.unitId == null ? null : ctx.loaders.partyUnitById.load(r.unitId);
  }

  @FieldOrNull(() => Grid, '报到网格 the grid reported to (grid subgraph)')
  grid(@Root() r: DualReport): Grid | null {
    return r.gridCode ? Object.assign(new Grid(), { code: r.gridCode }) : null;
  }

  @FieldResolver(() => Region, {
    description: '报到社区 the community reported to (grid subgraph)',
  })
  community(@Root() r: DualReport): Region {
    return Object.assign(new Region(), { code: r.regionCode });
  }
}

@Resolver(() => PartyUnit)
export class PartyUnitResolver {
  @Query(() => PartyUnit, { nullable: true, description: '按编号查单位 one resident unit by id' })
  partyUnit(@IdArg('单位编号 unit id') id: string, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyUnitById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => [DualReport], {
    description: "双报到记录 the unit's dual reports, standing and ended",
  })
  dualReports(@Root() u: PartyUnit, @Ctx() ctx: PartyContext) {
    return ctx.loaders.dualReportsByUnitId.load(u.id);
  }
}

export const partyUnitReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PartyContext) => {
    const id = Number(ref.id);
    return Number.isSafeInteger(id) && id > 0 ? ctx.loaders.partyUnitById.load(id) : null;
  },
};
