import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PartyMember } from './member.entity';
import { PartyMemberTransfer } from './member-transfer.entity';
import { PartyMemberFilterArgs } from './member.inputs';
import { PartyOrganization } from '../organization/organization.entity';
import { DualReport } from '../dual-report/dual-report.entity';
import { Grid } from '../grid/grid.stub';
import { toPage, PageOf, type Page } from '../../../shared/pagination';
import {
  GRID_CODE_LENGTH,
  assertPrefix,
  jurisdictionPrefix,
  prefixRange,
  underPlaceSql,
} from '../../../shared/codes';
import { Brackets } from 'typeorm';
import type { PartyContext } from '../context';
import { byValidId, field, fieldOrNull, link, Resolving } from '../../../shared/queries';

export const PartyMemberPage = PageOf(PartyMember, '党员分页 a page of party members');

@Resolver(() => PartyMember)
export class PartyMemberResolver extends Resolving<PartyMember, PartyContext>(PartyMember, {
  queries: {
    partyMember: byValidId('按编号查党员 one member by id', '党员编号 party member id', (ctx, id) =>
      ctx.loaders.partyMemberById.load(id),
    ),
  },
  fields: {
    organization: link(
      PartyOrganization,
      "所在党组织 the organisation holding the member's relation",
      'partyOrganizationById',
      'organizationId',
    ),
    grid: fieldOrNull(
      Grid,
      '纳入管理的网格 the grid the member is managed in (grid subgraph)',
      (m) => (m.gridCode ? Object.assign(new Grid(), { code: m.gridCode }) : null),
    ),
    transfers: field(
      [PartyMemberTransfer],
      "转接记录 every transfer of the member's relation, oldest first",
      (m, ctx) => ctx.loaders.transfersByMemberId.load(m.id),
    ),
    dualReports: field(
      [DualReport],
      "双报到记录 the member's dual reports, standing and ended",
      (m, ctx) => ctx.loaders.dualReportsByMemberId.load(m.id),
    ),
  },
}) {
  @Query(() => PartyMemberPage, {
    description:
      '区划或网格下的党员 members under a region code or in a grid, filtered and paginated: the local members (relation LOCAL, counted in members) and the in-service members of organisations elsewhere with a standing dual report there (relation DUAL_REPORTED, counted in dualReportingMembers); each member once, so totalCount is membersServing',
  })
  async partyMembers(
    @Args() args: PartyMemberFilterArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<Page<PartyMember>> {
    const under = jurisdictionPrefix(assertPrefix(args.under, 'under'));
    const grid = under.length === GRID_CODE_LENGTH;
    const qb = ctx.dataSource.getRepository(PartyMember).createQueryBuilder('m');
    const [local, lp] = underPlaceSql('m.grid_code', 'm.region_code', under, 'p');
    // In-service members of organisations elsewhere serve where they dual-report (双报到): listed there too, once.
    const [there, rp] = underPlaceSql('r.grid_code', 'r.region_code', under, 'r');
    qb.where(
      new Brackets((w) =>
        w
          .where(local, lp)
          .orWhere(
            `EXISTS (SELECT 1 FROM party_dual_reports r WHERE r.member_id = m.id AND r.ended_on IS NULL AND ${there})`,
            rp,
          ),
      ),
    );
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    if (args.centerHousehold != null)
      qb.andWhere('m.center_household = :c', { c: args.centerHousehold });
    const [items, total] = await qb
      .orderBy('m.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    const { lo, hi } = prefixRange(under);
    const inside = (code: string | null | undefined) => !!code && code >= lo && code < hi;
    for (const m of items)
      m.relation = inside(grid ? m.gridCode : m.regionCode) ? 'LOCAL' : 'DUAL_REPORTED';
    // One batched read of the reporters' dual reports: the place each serves at is the report's.
    await Promise.all(
      items
        .filter((m) => m.relation === 'DUAL_REPORTED')
        .map(async (m) => {
          const report = (await ctx.loaders.dualReportsByMemberId.load(m.id)).find(
            (r) => !r.endedOn && inside(grid ? r.gridCode : r.regionCode),
          );
          m.servesAt = report ? (report.gridCode ?? report.regionCode) : undefined;
        }),
    );
    return toPage(items, total, args);
  }
}

@Resolver(() => PartyMemberTransfer)
export class PartyMemberTransferResolver extends Resolving<PartyMemberTransfer, PartyContext>(
  PartyMemberTransfer,
  {
    fields: {
      fromOrganization: link(
        PartyOrganization,
        '转出组织 the organisation it left',
        'partyOrganizationById',
        'fromOrganizationId',
      ),
      toOrganization: link(
        PartyOrganization,
        '转入组织 the organisation it moved to',
        'partyOrganizationById',
        'toOrganizationId',
      ),
    },
  },
) {}

export const partyMemberReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PartyContext) => {
    const id = Number(ref.id);
    return Number.isSafeInteger(id) && id > 0 ? ctx.loaders.partyMemberById.load(id) : null;
  },
};
