import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SecretaryProject } from './secretary-project.entity';
import { ProjectReview } from './project-review.entity';
import { SecretaryProjectArgs } from './project.inputs';
import { Paginated } from '../../../shared/pagination';
import { idOrNull, IdArg } from '../../../shared/ids';
import { pageUnder } from '../support';
import { organizationRef, PartyOrganization, Region, regionRef } from '../place.stub';
import type { AccountabilityContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

@ObjectType({ description: '书记项目分页 a page of secretary projects' })
export class SecretaryProjectPage extends Paginated(SecretaryProject) {}

@Resolver(() => SecretaryProject)
export class SecretaryProjectResolver {
  @Query(() => SecretaryProjectPage, {
    description:
      "书记项目 secretary projects (书记项目, 书记一号工程, 领办) under a region, by level, year and status, cut to the caller's jurisdiction",
  })
  secretaryProjects(@Args() args: SecretaryProjectArgs, @Ctx() ctx: AccountabilityContext) {
    return pageUnder(ctx, SecretaryProject, 'region_code', args.under, args, {
      level: args.level,
      year: args.year,
      status: args.status,
    });
  }

  @Query(() => SecretaryProject, {
    nullable: true,
    description: '书记项目 one secretary project by id',
  })
  secretaryProject(
    @IdArg('书记项目编号 secretary project id') id: string,
    @Ctx() ctx: AccountabilityContext,
  ) {
    const n = idOrNull(id);
    return n == null ? null : ctx.dataSource.getRepository(SecretaryProject).findOneBy({ id: n });
  }

  @FieldResolver(() => [ProjectReview], { description: '点评记录 dated reviews, oldest first' })
  reviews(@Root() p: SecretaryProject, @Ctx() ctx: AccountabilityContext) {
    return ctx.loaders.reviewsByProjectId.load(p.id);
  }

  @FieldOrNull(() => Number, '平均得分 average review score; null before the first review')
  async averageScore(@Root() p: SecretaryProject, @Ctx() ctx: AccountabilityContext) {
    const reviews = await ctx.loaders.reviewsByProjectId.load(p.id);
    return reviews.length ? reviews.reduce((s, r) => s + r.score, 0) / reviews.length : null;
  }

  @FieldResolver(() => Region, { description: "所在区划 the owner's region (grid subgraph)" })
  region(@Root() p: SecretaryProject): Region {
    return regionRef(p.regionCode);
  }

  @FieldOrNull(() => PartyOrganization, "党组织 the owner's party organisation (party subgraph)")
  organization(@Root() p: SecretaryProject): PartyOrganization | null {
    return p.organizationId == null ? null : organizationRef(p.organizationId);
  }
}
