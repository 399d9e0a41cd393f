import { Ctx, Float, Resolver, Root } from 'type-graphql';
import { PartyMember } from '../place.stub';
import { MicroWish } from '../wish/micro-wish.entity';
import { idOrNull } from '../../../shared/ids';
import type { VolunteerContext } from '../context';
import { FieldOrNull } from '../../../shared/field-resolvers';

/** A member's service, visible from the party side: both fields are batched over every member in a response. */
@Resolver(() => PartyMember)
export class PartyMemberVolunteerResolver {
  @FieldOrNull(
    () => Float,
    '志愿服务时长 verified volunteer hours served as a party member helper (党员帮客)',
  )
  async volunteerHours(@Root() m: PartyMember, @Ctx() ctx: VolunteerContext): Promise<number> {
    const id = idOrNull(m.id);
    return id ? (await ctx.loaders.verifiedMinutesByPartyMemberId.load(id)) / 60 : 0;
  }

  @FieldOrNull(() => [MicroWish], '认领的微心愿 micro-wishes this member claimed, latest first')
  claimedWishes(
    @Root() m: PartyMember,
    @Ctx() ctx: VolunteerContext,
  ): Promise<MicroWish[]> | MicroWish[] {
    const id = idOrNull(m.id);
    return id ? ctx.loaders.microWishesByClaimantMemberId.load(id) : [];
  }
}
