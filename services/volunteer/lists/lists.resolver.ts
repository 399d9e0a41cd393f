import { Arg, Ctx, Mutation, Resolver, Root } from 'type-graphql';
import { NeedState, ResidentNeed, ServiceProject, UnitResource } from './three-lists.entity';
import {
  ListFilterArgs,
  MatchNeedInput,
  NeedFilterArgs,
  OfferResourceInput,
  RecordNeedInput,
} from './lists.inputs';
import { VolunteerTeam } from '../team/team.entity';
import { PageOf } from '../../../shared/pagination';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { uniquely } from '../../../shared/db-errors';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import { link, listUnder, Resolving } from '../../../shared/queries';
import {
  PLACE_STAFF,
  WriteRule,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

export const ResidentNeedPage = PageOf(ResidentNeed, '群众需求分页 a page of resident needs');
const NEWEST_FIRST = { 'r.id': 'DESC' } as const;

@Resolver(() => ResidentNeed)
export class ThreeListsResolver extends Resolving<ResidentNeed, VolunteerContext>(ResidentNeed, {
  queries: {
    residentNeeds: listUnder(ResidentNeedPage, NeedFilterArgs, {
      description: '群众需求清单 resident needs under a region, newest first',
      under: 'r.region_code',
      where: { state: 'r.state = :state' },
      order: NEWEST_FIRST,
    }),
    unmatchedNeeds: listUnder(ResidentNeedPage, ListFilterArgs, {
      description: '待对接需求 needs under a region that no service project has matched yet',
      under: 'r.region_code',
      also: (qb) => qb.andWhere('r.state = :state', { state: NeedState.OPEN }),
      order: NEWEST_FIRST,
    }),
    unitResources: listUnder(
      ['UnitResourcePage', '单位资源分页 a page of unit resources'],
      ListFilterArgs,
      {
        description: '单位资源清单 unit resources offered under a region',
        of: UnitResource,
        under: 'r.region_code',
        order: NEWEST_FIRST,
      },
    ),
    serviceProjects: listUnder(
      ['ServiceProjectPage', '服务项目分页 a page of service projects'],
      ListFilterArgs,
      {
        description: '服务项目清单 service projects under a region',
        of: ServiceProject,
        under: 'r.region_code',
        order: NEWEST_FIRST,
      },
    ),
  },
}) {
  @WriteRule({
    roles: PLACE_STAFF,
    place: places(argPlace('input.gridCode'), argPlace('input.regionCode')),
  })
  @Mutation(() => ResidentNeed, { description: '登记群众需求 record a resident need' })
  recordResidentNeed(
    @Arg('input', { description: '需求 the need' }) input: RecordNeedInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    if (input.gridCode && !input.gridCode.startsWith(input.regionCode)) {
      throw new BadUserInputError(
        `grid ${input.gridCode} is not in community ${input.regionCode}`,
        { field: 'gridCode' },
      );
    }
    return writeTransaction(ctx.dataSource, (em) =>
      em.getRepository(ResidentNeed).save(
        Object.assign(new ResidentNeed(), {
          ...input,
          gridCode: input.gridCode ?? null,
          state: NeedState.OPEN,
          recordedAt: new Date(),
        }),
      ),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: argPlace('input.regionCode') })
  @Mutation(() => UnitResource, { description: '登记单位资源 record what a unit offers' })
  offerUnitResource(
    @Arg('input', { description: '资源 the resource' }) input: OfferResourceInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    return writeTransaction(ctx.dataSource, (em) =>
      em.getRepository(UnitResource).save(
        Object.assign(new UnitResource(), {
          ...input,
          unitId: input.unitId == null ? null : parseId(input.unitId, 'unitId'),
          offeredAt: new Date(),
        }),
      ),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(ResidentNeed, 'input.needId') })
  @Mutation(() => ServiceProject, {
    description: '需求对接 match a need to a resource; a need is matched once (CONFLICT otherwise)',
  })
  matchNeed(
    @Arg('input', { description: '对接 the match' }) input: MatchNeedInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const needId = parseId(input.needId, 'needId');
    const resourceId = parseId(input.resourceId, 'resourceId');
    const teamId = input.teamId == null ? null : parseId(input.teamId, 'teamId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const need = await em.findOneBy(ResidentNeed, { id: needId });
      if (!need) throw new NotFoundError('ResidentNeed', needId);
      const resource = await em.findOneBy(UnitResource, { id: resourceId });
      if (!resource) throw new NotFoundError('UnitResource', resourceId);
      if (teamId != null && !(await em.existsBy(VolunteerTeam, { id: teamId })))
        throw new NotFoundError('VolunteerTeam', teamId);
      // Units serve their street: a resource answers needs of its own category in the same street.
      if (
        resource.regionCode.slice(0, 9) !== need.regionCode.slice(0, 9) ||
        resource.category !== need.category
      ) {
        throw new BadUserInputError(
          'a resource can only meet a need of its own category in the same street',
          { field: 'resourceId' },
        );
      }
      const claimed = await em
        .createQueryBuilder()
        .update(ResidentNeed)
        .set({ state: NeedState.MATCHED })
        .where('id = :id AND state = :open', { id: needId, open: NeedState.OPEN })
        .execute();
      if (claimed.affected !== 1)
        throw new ConflictError(`need ${needId} is already matched`, {
          currentState: NeedState.MATCHED,
        });
      const project = Object.assign(new ServiceProject(), {
        title: input.title,
        needId,
        resourceId,
        teamId,
        regionCode: need.regionCode,
        createdAt: new Date(),
      });
      await uniquely(
        () => em.insert(ServiceProject, project),
        `need ${needId} is already matched`,
        { currentState: NeedState.MATCHED },
      );
      return project;
    });
  }

  @FieldOrNull(() => ServiceProject, '对接项目 the project that matched this need, if any')
  project(@Root() need: ResidentNeed, @Ctx() ctx: VolunteerContext) {
    return ctx.loaders.projectByNeedId.load(need.id);
  }
}

@Resolver(() => ServiceProject)
export class ServiceProjectResolver extends Resolving<ServiceProject, VolunteerContext>(
  ServiceProject,
  {
    fields: {
      need: link(ResidentNeed, '需求 the need it meets', 'needById', 'needId'),
      resource: link(UnitResource, '资源 the resource it draws on', 'resourceById', 'resourceId'),
      team: link(VolunteerTeam, '承接服务队 the team carrying it out', 'teamById', 'teamId'),
    },
  },
) {}
