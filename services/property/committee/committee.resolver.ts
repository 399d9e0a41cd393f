import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { CommitteeRole, OwnersCommittee, OwnersCommitteeMember } from './committee.entity';
import { FormCommitteeInput } from './committee.inputs';
import { ResidentialCompound } from '../compound/compound.entity';
import { PartyMember, partyMemberRef } from '../place.stub';
import { addMonths, assertDate, today } from '../calendar';
import { parseId } from '../../../shared/ids';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import type { PropertyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import { REGION_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => OwnersCommittee)
export class CommitteeResolver {
  @WriteRule({ roles: REGION_STAFF, place: rowPlace(ResidentialCompound, 'input.compoundId') })
  @Mutation(() => OwnersCommittee, {
    description:
      "组建业委会 form an owners' committee for a term; terms of one compound may not overlap",
  })
  formOwnersCommittee(
    @Arg('input', { description: '业委会 the committee' }) input: FormCommitteeInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const compoundId = parseId(input.compoundId, 'compoundId');
    const termStart = assertDate(input.termStart, 'termStart');
    const termEnd = assertDate(input.termEnd, 'termEnd');
    if (termEnd <= termStart)
      throw new BadUserInputError('termEnd must be after termStart', { field: 'termEnd' });
    if (termEnd > addMonths(termStart, 60))
      throw new BadUserInputError('a term lasts at most five years', { field: 'termEnd' });
    if (input.members.filter((m) => m.role === CommitteeRole.DIRECTOR).length > 1) {
      throw new BadUserInputError('a committee has at most one director', { field: 'members' });
    }
    const partyIds = input.members.map((m) =>
      m.partyMemberId == null ? null : parseId(m.partyMemberId, 'partyMemberId'),
    );
    return writeTransaction(ctx.dataSource, async (em) => {
      const compound = await em.findOneBy(ResidentialCompound, { id: compoundId });
      if (!compound) throw new NotFoundError('ResidentialCompound', compoundId);
      const overlapping = await em.findOneBy(OwnersCommittee, {
        compoundId,
        termStart: LessThanOrEqual(termEnd),
        termEnd: MoreThanOrEqual(termStart),
      });
      if (overlapping) {
        throw new ConflictError(
          `committee ${overlapping.id} already serves ${overlapping.termStart}–${overlapping.termEnd}`,
          { field: 'termStart' },
        );
      }
      const committee = await em.save(
        OwnersCommittee,
        em.create(OwnersCommittee, { compoundId, gridCode: compound.gridCode, termStart, termEnd }),
      );
      await em.insert(
        OwnersCommitteeMember,
        input.members.map((m, i) => ({
          committeeId: committee.id,
          gridCode: compound.gridCode,
          name: m.name,
          phone: m.phone,
          role: m.role,
          partyMemberId: partyIds[i],
          crossAppointed: m.crossAppointed,
        })),
      );
      return committee;
    });
  }

  @FieldOrNull(() => ResidentialCompound, '小区 the compound')
  compound(@Root() c: OwnersCommittee, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.compoundById.load(c.compoundId);
  }

  @FieldResolver(() => [OwnersCommitteeMember], { description: '成员 members' })
  members(@Root() c: OwnersCommittee, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.membersByCommitteeId.load(c.id);
  }

  @FieldResolver(() => Boolean, { description: '在任期内 inside its term on asOf' })
  inTerm(
    @Root() c: OwnersCommittee,
    @Arg('asOf', () => String, {
      nullable: true,
      description: '截至日期 as of this date (YYYY-MM-DD), default today',
    })
    asOf?: string | null,
  ): boolean {
    const date = asOf ? assertDate(asOf, 'asOf') : today();
    return c.termStart <= date && date <= c.termEnd;
  }
}

@Resolver(() => OwnersCommitteeMember)
export class CommitteeMemberResolver {
  @FieldOrNull(
    () => PartyMember,
    '党员 the party-member record (party subgraph), when the member is one',
  )
  partyMember(@Root() m: OwnersCommitteeMember): PartyMember | null {
    return partyMemberRef(m.partyMemberId);
  }
}
