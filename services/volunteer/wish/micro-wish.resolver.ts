import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ClaimantKind, MicroWish, MicroWishState } from './micro-wish.entity';
import { ClaimMicroWishInput, MicroWishFilterArgs, PostMicroWishInput } from './micro-wish.inputs';
import { NEXT_STATES, transitionMicroWish } from './micro-wish.transitions';
import { Grid, PartyMember, gridRef, partyMemberRef } from '../place.stub';
import { byId, listUnder, Resolving } from '../../../shared/queries';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import { eligibleClaimant, type Claimant, type ClaimantColumns } from './claimant';
import { maskValue, PersonalData } from '../../../shared/personal-data';
import { parseId, IdArg } from '../../../shared/ids';
import { writeTransaction } from '../../../shared/tx';
import type { VolunteerContext } from '../context';
import { PLACE_STAFF, WriteRule, argPlace, rowPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => MicroWish)
export class MicroWishResolver extends Resolving<MicroWish, VolunteerContext>(MicroWish, {
  queries: {
    microWish: byId('按编号查微心愿 one micro-wish by id', '微心愿编号 wish id', (ctx, id) =>
      ctx.loaders.microWishById.load(id),
    ),
    microWishes: listUnder(
      ['MicroWishPage', '微心愿分页 a page of micro-wishes'],
      MicroWishFilterArgs,
      {
        description: '区划下的微心愿 micro-wishes under a region or grid, by state, newest first',
        under: 'r.grid_code',
        where: { state: 'r.state = :state' },
        order: { 'r.posted_at': 'DESC', 'r.id': 'DESC' },
      },
    ),
  },
}) {
  @WriteRule({ roles: PLACE_STAFF, place: argPlace('input.gridCode') })
  @Mutation(() => MicroWish, { description: "发布微心愿 post a resident's micro-wish in a grid" })
  postMicroWish(
    @Arg('input', { description: '心愿 the wish' }) input: PostMicroWishInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    return writeTransaction(ctx.dataSource, (em) =>
      em.getRepository(MicroWish).save(
        Object.assign(new MicroWish(), {
          title: input.title,
          residentName: input.residentName,
          gridCode: input.gridCode,
          state: MicroWishState.OPEN,
          claimantKind: null,
          claimantMemberId: null,
          claimantUnitId: null,
          claimantUnitName: null,
          postedAt: new Date(),
          claimedAt: null,
          fulfilledAt: null,
          confirmedAt: null,
        }),
      ),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(MicroWish, 'input.wishId') })
  @Mutation(() => MicroWish, {
    description:
      "认领微心愿 claim an open wish: a party member organised, managed or reporting (双报到) in the wish's community, or a unit with a standing dual report there; a wish is claimed once only (CONFLICT otherwise)",
  })
  claimMicroWish(
    @Arg('input', { description: '认领方 the claimant' }) input: ClaimMicroWishInput,
    @Ctx() ctx: VolunteerContext,
  ) {
    const id = parseId(input.wishId, 'wishId');
    if ((input.partyMemberId == null) === (input.unitId == null)) {
      throw new BadUserInputError('give exactly one of partyMemberId and unitId', {
        field: 'partyMemberId',
      });
    }
    const claimant: Claimant =
      input.partyMemberId != null
        ? {
            kind: ClaimantKind.PARTY_MEMBER,
            memberId: parseId(input.partyMemberId, 'partyMemberId'),
          }
        : {
            kind: ClaimantKind.UNIT,
            unitId: parseId(input.unitId!, 'unitId'),
            unitName: input.unitName,
          };
    return writeTransaction(
      ctx.dataSource,
      (em, columns: ClaimantColumns) =>
        transitionMicroWish(em, id, MicroWishState.CLAIMED, { ...columns, claimedAt: new Date() }),
      {
        // The party subgraph answers for the claimant before anything is written (shared/peer.ts).
        before: async (em) => {
          const wish = await em.findOneBy(MicroWish, { id });
          if (!wish) throw new NotFoundError('MicroWish', id);
          // Asked whatever the state read here: the transition alone decides OPEN → CLAIMED (CONFLICT otherwise).
          return eligibleClaimant(ctx, claimant, wish.gridCode.slice(0, 12));
        },
      },
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(MicroWish, 'id') })
  @Mutation(() => MicroWish, { description: '实现微心愿 the claimant reports the wish fulfilled' })
  fulfilMicroWish(@IdArg('微心愿编号 wish id') id: string, @Ctx() ctx: VolunteerContext) {
    const n = parseId(id, 'id');
    return writeTransaction(ctx.dataSource, (em) =>
      transitionMicroWish(em, n, MicroWishState.FULFILLED, { fulfilledAt: new Date() }),
    );
  }

  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(MicroWish, 'id') })
  @Mutation(() => MicroWish, {
    description: '确认微心愿 the resident or grid confirms the wish came true',
  })
  confirmMicroWish(@IdArg('微心愿编号 wish id') id: string, @Ctx() ctx: VolunteerContext) {
    const n = parseId(id, 'id');
    return writeTransaction(ctx.dataSource, (em) =>
      transitionMicroWish(em, n, MicroWishState.CONFIRMED, { confirmedAt: new Date() }),
    );
  }

  @FieldResolver(() => String, {
    description: "居民姓名 the resident's name, always masked in public views (张*)",
  })
  @PersonalData('name')
  residentName(@Root() w: MicroWish): string {
    return maskValue('name', w.residentName);
  }

  @FieldResolver(() => [MicroWishState], {
    description: '可转入状态 the states this wish may move to next',
  })
  nextStates(@Root() w: MicroWish): MicroWishState[] {
    return NEXT_STATES[w.state];
  }

  @FieldOrNull(() => PartyMember, '认领党员 the party member who claimed it (party subgraph)')
  claimantMember(@Root() w: MicroWish): PartyMember | null {
    return w.claimantMemberId == null ? null : partyMemberRef(w.claimantMemberId);
  }

  @FieldResolver(() => Grid, { description: '所在网格 the grid (grid subgraph)' })
  grid(@Root() w: MicroWish): Grid {
    return gridRef(w.gridCode);
  }
}
