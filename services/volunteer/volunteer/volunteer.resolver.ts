import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { SliceArgs, slice } from '../../../shared/pagination';
import { In } from 'typeorm';
import { TeamMembership, Volunteer } from './volunteer.entity';
import { RegisterVolunteerInput } from './volunteer.inputs';
import { VolunteerTeam } from '../team/team.entity';
import { PointsBalance, PointsEntry } from '../points/points.entity';
import { PartyMember, partyMemberRef } from '../place.stub';
import { NotFoundError } from '../../../shared/errors';
import { parseId } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import { byId, Resolving } from '../../../shared/queries';
import { PLACE_STAFF, WriteRule, argPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => Volunteer)
export class VolunteerResolver extends Resolving<Volunteer, VolunteerContext>(Volunteer, {
  queries: {
    volunteer: byId('按编号查志愿者 one volunteer by id', '志愿者编号 volunteer id', (ctx, id) =>
      ctx.loaders.volunteerById.load(id),
    ),
  },
}) {
  @WriteRule({ roles: PLACE_STAFF, place: argPlace('input.regionCode') })
  @Mutation(() => Volunteer, {
    description: '登记志愿者 register a volunteer, open a points account and join teams',
  })
  async registerVolunteer(
    @Arg('input', { description: '志愿者信息 the volunteer' }) input: RegisterVolunteerInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const teamIds = [...new Set(input.teamIds.map((t) => parseId(t, 'teamIds')))];
    const partyMemberId =
      input.partyMemberId == null ? null : parseId(input.partyMemberId, 'partyMemberId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const teams = teamIds.length ? await em.findBy(VolunteerTeam, { id: In(teamIds) }) : [];
      const missing = teamIds.find((id) => !teams.some((t) => t.id === id));
      if (missing) throw new NotFoundError('VolunteerTeam', missing);
      const volunteer = await em.save(
        Object.assign(new Volunteer(), {
          name: input.name,
          phone: input.phone,
          regionCode: input.regionCode,
          partyMemberId,
          registeredAt: new Date(),
        }),
      );
      await em.insert(PointsBalance, {
        volunteerId: volunteer.id,
        balance: 0,
        regionCode: volunteer.regionCode,
      });
      if (teams.length) {
        await em.insert(
          TeamMembership,
          teams.map((t) => ({ teamId: t.id, volunteerId: volunteer.id, regionCode: t.regionCode })),
        );
      }
      return volunteer;
    });
  }

  @FieldResolver(() => [VolunteerTeam], {
    description: '所在服务队 the teams the volunteer serves in',
  })
  async teams(@Root() v: Volunteer, @Ctx() ctx: VolunteerContext): Promise<VolunteerTeam[]> {
    const memberships = await ctx.loaders.membershipsByVolunteerId.load(v.id);
    const rows = await ctx.loaders.teamById.loadMany(memberships.map((m) => m.teamId));
    return rows.filter((t): t is VolunteerTeam => t instanceof VolunteerTeam);
  }

  @FieldOrNull(
    () => PartyMember,
    '党员身份 the party member this volunteer is (党员帮客), resolved by the party subgraph',
  )
  partyMember(@Root() v: Volunteer): PartyMember | null {
    return v.partyMemberId == null ? null : partyMemberRef(v.partyMemberId);
  }

  @FieldResolver(() => Float, { description: '已核实服务时长 verified service hours' })
  async verifiedHours(@Root() v: Volunteer, @Ctx() ctx: VolunteerContext): Promise<number> {
    return (await ctx.loaders.verifiedMinutesByVolunteerId.load(v.id)) / 60;
  }

  @FieldResolver(() => Int, { description: '积分余额 points balance; never below zero' })
  pointsBalance(@Root() v: Volunteer, @Ctx() ctx: VolunteerContext): Promise<number> {
    return ctx.loaders.balanceByVolunteerId.load(v.id);
  }

  @FieldResolver(() => [PointsEntry], {
    description: "积分流水 the volunteer's points ledger, oldest first",
  })
  async pointsEntries(
    @Root() v: Volunteer,
    @Args() window: SliceArgs,
    @Ctx() ctx: VolunteerContext,
  ): Promise<PointsEntry[]> {
    return slice(await ctx.loaders.pointsEntriesByVolunteerId.load(v.id), window);
  }
}
