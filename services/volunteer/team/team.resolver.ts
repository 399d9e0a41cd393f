import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { VolunteerTeam } from './team.entity';
import {
  CreateVolunteerTeamInput,
  SetTeamLeaderArgs,
  VolunteerTeamFilterArgs,
} from './team.inputs';
import { Volunteer, TeamMembership } from '../volunteer/volunteer.entity';
import { Grid, gridRef } from '../place.stub';
import { SliceArgs, slice } from '../../../shared/pagination';
import { byId, listUnder, Resolving } from '../../../shared/queries';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import {
  PLACE_STAFF,
  WriteRule,
  argPlace,
  places,
  rowPlace,
} from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver extends Resolving<VolunteerTeam, VolunteerContext>(
  VolunteerTeam,
  {
    queries: {
      volunteerTeam: byId(
        '按编号查服务队 one volunteer team by id',
        '服务队编号 team id',
        (ctx, id) => ctx.loaders.teamById.load(id),
      ),
      volunteerTeams: listUnder(
        ['VolunteerTeamPage', '志愿服务队分页 a page of volunteer teams'],
        VolunteerTeamFilterArgs,
        {
          description: '区划下的服务队 volunteer teams under a region, by category, paginated',
          under: 'r.region_code',
          where: { category: 'r.category = :category' },
        },
      ),
    },
  },
) {
  @WriteRule({
    roles: PLACE_STAFF,
    place: places(argPlace('input.gridCode'), argPlace('input.regionCode')),
  })
  @Mutation(() => VolunteerTeam, {
    description: '成立服务队 found a volunteer team in a grid or a community',
  })
  async createVolunteerTeam(
    @Arg('input', { description: '服务队信息 the team' }) input: CreateVolunteerTeamInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    if (!input.gridCode === !input.regionCode) {
      throw new BadUserInputError('give exactly one of gridCode and regionCode', {
        field: 'gridCode',
      });
    }
    const regionCode = input.regionCode ?? input.gridCode!.slice(0, 12);
    return writeTransaction(ctx.dataSource, (em) =>
      em.getRepository(VolunteerTeam).save(
        Object.assign(new VolunteerTeam(), {
          name: input.name,
          category: input.category,
          regionCode,
          gridCode: input.gridCode ?? null,
          leaderVolunteerId: null,
          foundedAt: new Date(),
        }),
      ),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(VolunteerTeam, 'teamId') })
  @Mutation(() => VolunteerTeam, { description: '任命队长 appoint a member as team leader' })
  async setTeamLeader(@Args() args: SetTeamLeaderArgs, @Ctx() ctx: VolunteerContext) {
    const teamId = parseId(args.teamId, 'teamId');
    const volunteerId = parseId(args.volunteerId, 'volunteerId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const team = await em.findOneBy(VolunteerTeam, { id: teamId });
      if (!team) throw new NotFoundError('VolunteerTeam', teamId);
      const member = await em.findOneBy(TeamMembership, { teamId, volunteerId });
      if (!member)
        throw new BadUserInputError(`volunteer ${volunteerId} is not a member of team ${teamId}`, {
          field: 'volunteerId',
        });
      await em.update(VolunteerTeam, { id: teamId }, { leaderVolunteerId: volunteerId });
      return Object.assign(team, { leaderVolunteerId: volunteerId });
    });
  }

  @FieldResolver(() => [Volunteer], { description: "队员 the team's volunteers" })
  async volunteers(
    @Root() team: VolunteerTeam,
    @Args() window: SliceArgs,
    @Ctx() ctx: VolunteerContext,
  ): Promise<Volunteer[]> {
    const memberships = slice(await ctx.loaders.membershipsByTeamId.load(team.id), window);
    const rows = await ctx.loaders.volunteerById.loadMany(memberships.map((m) => m.volunteerId));
    return rows.filter((v): v is Volunteer => v instanceof Volunteer);
  }

  @FieldOrNull(() => Volunteer, "队长 the team leader, who verifies the team's hours")
  leader(@Root() team: VolunteerTeam, @Ctx() ctx: VolunteerContext) {
    return team.leaderVolunteerId == null
      ? null
      : ctx.loaders.volunteerById.load(team.leaderVolunteerId);
  }

  @FieldOrNull(() => Grid, '所属网格 the grid the team serves (grid subgraph)')
  grid(@Root() team: VolunteerTeam): Grid | null {
    return team.gridCode ? gridRef(team.gridCode) : null;
  }
}
