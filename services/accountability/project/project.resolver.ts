import { Resolver } from 'type-graphql';
import { SecretaryProject } from './secretary-project.entity';
import { ProjectReview } from './project-review.entity';
import { SecretaryProjectArgs } from './project.inputs';
import { organizationRef, PartyOrganization, Region, regionRef } from '../place.stub';
import type { AccountabilityContext } from '../context';
import { byId, field, fieldOrNull, listUnder, Resolving } from '../../../shared/queries';

@Resolver(() => SecretaryProject)
export class SecretaryProjectResolver extends Resolving<SecretaryProject, AccountabilityContext>(
  SecretaryProject,
  {
    queries: {
      secretaryProjects: listUnder(
        ['SecretaryProjectPage', '书记项目分页 a page of secretary projects'],
        SecretaryProjectArgs,
        {
          description:
            "书记项目 secretary projects (书记项目, 书记一号工程, 领办) under a region, by level, year and status, cut to the caller's jurisdiction",
          under: 'r.region_code',
          where: {
            level: 'r.level = :level',
            year: 'r.year = :year',
            status: 'r.status = :status',
          },
          roleScoped: true,
        },
      ),
      secretaryProject: byId(
        '书记项目 one secretary project by id',
        '书记项目编号 secretary project id',
        (ctx, id) => ctx.dataSource.getRepository(SecretaryProject).findOneBy({ id }),
      ),
    },
    fields: {
      reviews: field([ProjectReview], '点评记录 dated reviews, oldest first', (p, ctx) =>
        ctx.loaders.reviewsByProjectId.load(p.id),
      ),
      averageScore: fieldOrNull(
        Number,
        '平均得分 average review score; null before the first review',
        async (p, ctx) => {
          const reviews = await ctx.loaders.reviewsByProjectId.load(p.id);
          return reviews.length ? reviews.reduce((s, r) => s + r.score, 0) / reviews.length : null;
        },
      ),
      region: field(Region, "所在区划 the owner's region (grid subgraph)", (p) =>
        regionRef(p.regionCode),
      ),
      organization: fieldOrNull(
        PartyOrganization,
        "党组织 the owner's party organisation (party subgraph)",
        (p) => (p.organizationId == null ? null : organizationRef(p.organizationId)),
      ),
    },
  },
) {}
