import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PartyOrganization, pathIds, pathRange } from './organization.entity';
import { PartyOrganizationFilterArgs, PartySubtreeArgs } from './organization.inputs';
import { PartyMember } from '../member/member.entity';
import { JointCommitteeMember } from '../alliance/alliance.entity';
import { Grid } from '../grid/grid.stub';
import { Region } from '../region/region.stub';
import { SliceArgs, pageOf, slice, PageOf, type Page } from '../../../shared/pagination';
import { scopeSql } from '../../../shared/codes';
import { NotFoundError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import type { PartyContext } from '../context';
import { byValidId, field, link, listUnder, Resolving } from '../../../shared/queries';
import { FieldOrNull } from '../../../shared/field-resolvers';

export const PartyOrganizationPage = PageOf(
  PartyOrganization,
  '党组织分页 a page of party organisations',
);

const escapeLike = (s: string) => `%${s.replace(/[%_\\]/g, '\\$&')}%`;

@Resolver(() => PartyOrganization)
export class PartyOrganizationResolver extends Resolving<PartyOrganization, PartyContext>(
  PartyOrganization,
  {
    fields: {
      parent: link(
        PartyOrganization,
        '上级党组织 parent organisation',
        'partyOrganizationById',
        'parentId',
      ),
      children: field([PartyOrganization], '下级党组织 child organisations', (o, ctx) =>
        ctx.loaders.partyOrganizationsByParentId.load(o.id),
      ),
    },
    queries: {
      partyOrganization: byValidId(
        '按编号查党组织 one organisation by id',
        '党组织编号 party organisation id',
        (ctx, id) => ctx.loaders.partyOrganizationById.load(id),
      ),
      partyOrganizations: listUnder(PartyOrganizationPage, PartyOrganizationFilterArgs, {
        description:
          '区划下的党组织 organisations under a region code (or in a grid), filtered and paginated',
        under: ['r.grid_code', 'r.region_code'],
        where: { level: 'r.level = :level' },
        also: (qb, args) => {
          if (args.name) qb.andWhere('r.name LIKE :name', { name: escapeLike(args.name) });
        },
        order: { 'r.path': 'ASC' },
      }),
    },
  },
) {
  @Query(() => PartyOrganizationPage, {
    description:
      '下级党组织 every organisation below one (its subtree, root excluded), in tree order',
  })
  async partyOrganizationSubtree(
    @Args() args: PartySubtreeArgs,
    @Ctx() ctx: PartyContext,
  ): Promise<Page<PartyOrganization>> {
    const id = parseId(args.id, 'id');
    const root = await ctx.loaders.partyOrganizationById.load(id);
    if (!root) throw new NotFoundError('PartyOrganization', id);
    const { lo, hi } = pathRange(root.path);
    const qb = ctx.dataSource
      .getRepository(PartyOrganization)
      .createQueryBuilder('o')
      .where('o.path > :lo AND o.path < :hi', { lo, hi })
      .andWhere(...scopeSql('PartyOrganization'));
    if (args.level) qb.andWhere('o.level = :level', { level: args.level });
    return pageOf(qb, args, { 'o.path': 'ASC' });
  }

  @FieldResolver(() => [PartyOrganization], {
    description: '上级链 the chain of ancestors, from the city committee down to the parent',
  })
  async ancestors(
    @Root() o: PartyOrganization,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyOrganization[]> {
    const ids = pathIds(o.path).filter((id) => id !== o.id);
    const rows = await ctx.loaders.partyOrganizationById.loadMany(ids);
    return rows.filter((r): r is PartyOrganization => r != null && !(r instanceof Error));
  }

  @FieldResolver(() => [PartyMember], {
    description: '党员 members of this organisation and of its building groups',
  })
  async members(@Root() o: PartyOrganization, @Args() window: SliceArgs, @Ctx() ctx: PartyContext) {
    return slice(await ctx.loaders.membersByOrganizationId.load(o.id), window);
  }

  @FieldResolver(() => [JointCommitteeMember], {
    description: '兼职委员 part-time members from resident units (joint committees)',
  })
  partTimeMembers(@Root() o: PartyOrganization, @Ctx() ctx: PartyContext) {
    return ctx.loaders.jointCommitteeMembersByOrganizationId.load(o.id);
  }

  @FieldOrNull(() => Grid, '所在网格 the grid it serves (grid subgraph)')
  grid(@Root() o: PartyOrganization): Grid | null {
    return o.gridCode ? Object.assign(new Grid(), { code: o.gridCode }) : null;
  }

  @FieldOrNull(() => Region, '所在区划 the region it serves (grid subgraph)')
  region(@Root() o: PartyOrganization): Region | null {
    return o.regionCode ? Object.assign(new Region(), { code: o.regionCode }) : null;
  }
}

export const partyOrganizationReference = {
  __resolveReference: (ref: { id: string | number }, ctx: PartyContext) => {
    const id = Number(ref.id);
    return Number.isSafeInteger(id) && id > 0 ? ctx.loaders.partyOrganizationById.load(id) : null;
  },
};
