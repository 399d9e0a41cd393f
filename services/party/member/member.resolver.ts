import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PartyMember } from './member.entity';
import { PartyMemberTransfer } from './member-transfer.entity';
import { PartyMemberFilterArgs } from './member.inputs';
import { PartyOrganization } from '../organization/organization.entity';
import { DualReport } from '../dual-report/dual-report.entity';
import { Grid } from '../grid/grid.stub';
import { Paginated, toPage } from '../../../shared/pagination';
import { assertPrefix, underPlaceSql } from '../../../shared/codes';
import { parseId } from '../../../shared/ids';
import type { PartyContext } from '../context';

@ObjectType({ description: '党员分页 a page of party members' })
export class PartyMemberPage extends Paginated(PartyMember) {}

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMember, { nullable: true, description: '按编号查党员 one member by id' })
  partyMember(@Arg('id', () => ID, { description: '党员编号 party member id' }) id: string, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyMemberById.load(parseId(id, 'id'));
  }

  @Query(() => PartyMemberPage, {
    description:
      '区划或网格下的党员 members under a region code or in a grid, filtered and paginated',
  })
  async partyMembers(
    @Args() args: PartyMemberFilterArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyMemberPage> {
    const under = assertPrefix(args.under, 'under');
    const qb = ctx.dataSource.getRepository(PartyMember).createQueryBuilder('m');
    qb.where(...underPlaceSql('m.grid_code', 'm.region_code', under));
    if (args.status) qb.andWhere('m.status = :status', { status: args.status });
    if (args.centerHousehold != null)
      qb.andWhere('m.center_household = :c', { c: args.centerHousehold });
    const [items, total] = await qb
      .orderBy('m.id', 'ASC')
      .skip(args.offset)
      .take(args.limit)
      .getManyAndCount();
    return toPage(items, total, args);
  }

  @FieldResolver(() => PartyOrganization, {
    nullable: true,
    description: "所在党组织 the organisation holding the member's relation",
  })
  organization(@Root() m: PartyMember, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyOrganizationById.load(m.organizationId);
  }

  @FieldResolver(() => Grid, {
    nullable: true,
    description: '纳入管理的网格 the grid the member is managed in (grid subgraph)',
  })
  grid(@Root() m: PartyMember): Grid | null {
    return m.gridCode ? Object.assign(new Grid(), { code: m.gridCode }) : null;
  }

  @FieldResolver(() => [PartyMemberTransfer], {
    description: "转接记录 every transfer of the member's relation, oldest first",
  })
  transfers(@Root() m: PartyMember, @Ctx() ctx: PartyContext) {
    return ctx.loaders.transfersByMemberId.load(m.id);
  }

  @FieldResolver(() => [DualReport], {
    description: "双报到记录 the member's dual reports, standing and ended",
  })
  dualReports(@Root() m: PartyMember, @Ctx() ctx: PartyContext) {
    return ctx.loaders.dualReportsByMemberId.load(m.id);
  }
}

@Resolver(() => PartyMemberTransfer)
export class PartyMemberTransferResolver {
  @FieldResolver(() => PartyOrganization, {
    nullable: true,
    description: '转出组织 the organisation it left',
  })
  fromOrganization(@Root() t: PartyMemberTransfer, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyOrganizationById.load(t.fromOrganizationId);
  }

  @FieldResolver(() => PartyOrganization, {
    nullable: true,
    description: '转入组织 the organisation it moved to',
  })
  toOrganization(@Root() t: PartyMemberTransfer, @Ctx() ctx: PartyContext) {
    return ctx.loaders.partyOrganizationById.load(t.toOrganizationId);
  }
}

export const partyMemberReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PartyContext) => {
    const id = Number(ref.id);
    return Number.isSafeInteger(id) && id > 0 ? ctx.loaders.partyMemberById.load(id) : null;
  },
};
