import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { LinkageDecision, LinkageMeeting } from './linkage.entity';
import { HoldMeetingInput } from './linkage.inputs';
import { ResidentialCompound } from '../compound/compound.entity';
import { OwnersCommittee } from '../committee/committee.entity';
import { PropertyCompany } from '../company/company.entity';
import { PartyOrganization, partyOrganizationRef } from '../place.stub';
import { assertDate, today } from '../calendar';
import { parseId } from '../../../shared/ids';
import { BadUserInputError, NotFoundError } from '../../../shared/errors';
import type { PropertyContext } from '../context';
import { byId, Resolving } from '../../../shared/queries';
import { writeTransaction } from '../../../shared/tx';
import { idempotent } from '../../../shared/idempotency';
import { PLACE_STAFF, WriteRule, rowPlace } from '../../../shared/auth/write-rule';
import { FieldOrNull } from '../../../shared/field-resolvers';

@Resolver(() => LinkageMeeting)
export class LinkageMeetingResolver extends Resolving<LinkageMeeting, PropertyContext>(
  LinkageMeeting,
  {
    queries: {
      linkageMeeting: byId(
        '按编号查联动议事 one linkage meeting by id',
        '会议编号 meeting id',
        (ctx, id) => ctx.loaders.meetingById.load(id),
      ),
    },
  },
) {
  @WriteRule({ roles: PLACE_STAFF, place: rowPlace(ResidentialCompound, 'input.compoundId') })
  @Mutation(() => LinkageMeeting, {
    description: '记录三方联动议事 record a "1+3+N" meeting with its decisions',
  })
  holdLinkageMeeting(
    @Arg('input', { description: '会议 the meeting' }) input: HoldMeetingInput,
    @Ctx() ctx: PropertyContext,
  ) {
    const compoundId = parseId(input.compoundId, 'compoundId');
    const heldOn = assertDate(input.heldOn, 'heldOn');
    if (heldOn > today())
      throw new BadUserInputError(`heldOn ${heldOn} is in the future`, { field: 'heldOn' });
    const orgId =
      input.partyOrganizationId == null
        ? null
        : parseId(input.partyOrganizationId, 'partyOrganizationId');
    const committeeId =
      input.ownersCommitteeId == null
        ? null
        : parseId(input.ownersCommitteeId, 'ownersCommitteeId');
    const companyId = input.companyId == null ? null : parseId(input.companyId, 'companyId');
    return writeTransaction(ctx.dataSource, async (em) => {
      const compound = await em.findOneBy(ResidentialCompound, { id: compoundId });
      if (!compound) throw new NotFoundError('ResidentialCompound', compoundId);
      if (
        committeeId != null &&
        !(await em.existsBy(OwnersCommittee, { id: committeeId, compoundId }))
      ) {
        throw new BadUserInputError(`owners' committee ${committeeId} is not this compound's`, {
          field: 'ownersCommitteeId',
        });
      }
      if (companyId != null && !(await em.existsBy(PropertyCompany, { id: companyId })))
        throw new NotFoundError('PropertyCompany', companyId);
      // A retry after a lost answer returns the meeting already recorded, not a second one.
      return idempotent(
        em,
        'holdLinkageMeeting',
        input.idempotencyKey,
        (id) => em.findOneBy(LinkageMeeting, { id }),
        async () => {
          const meeting = await em.save(
            LinkageMeeting,
            em.create(LinkageMeeting, {
              compoundId,
              gridCode: compound.gridCode,
              heldOn,
              topic: input.topic,
              partyOrganizationId: orgId,
              residentsCommittee: input.residentsCommittee,
              ownersCommitteeId: committeeId,
              companyId,
              otherParties: JSON.stringify(input.otherParties),
            }),
          );
          await em.insert(
            LinkageDecision,
            input.decisions.map((d) => ({
              meetingId: meeting.id,
              gridCode: compound.gridCode,
              content: d.content,
              followUpRequired: d.followUpRequired,
              followUpCaseId: null,
            })),
          );
          return meeting;
        },
      );
    });
  }

  @FieldOrNull(() => ResidentialCompound, '小区 the compound')
  compound(@Root() m: LinkageMeeting, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.compoundById.load(m.compoundId);
  }

  @FieldOrNull(() => PartyOrganization, '社区党组织 the convening party organisation (the "1")')
  partyOrganization(@Root() m: LinkageMeeting): PartyOrganization | null {
    return partyOrganizationRef(m.partyOrganizationId);
  }

  @FieldOrNull(() => OwnersCommittee, "业委会 the owners' committee that took part")
  ownersCommittee(@Root() m: LinkageMeeting, @Ctx() ctx: PropertyContext) {
    return m.ownersCommitteeId == null ? null : ctx.loaders.committeeById.load(m.ownersCommitteeId);
  }

  @FieldOrNull(() => PropertyCompany, '物业企业 the company that took part')
  company(@Root() m: LinkageMeeting, @Ctx() ctx: PropertyContext) {
    return m.companyId == null ? null : ctx.loaders.companyById.load(m.companyId);
  }

  @FieldResolver(() => [String], { description: '其他参与方 the "N" parties' })
  otherParties(@Root() m: LinkageMeeting): string[] {
    return JSON.parse(m.otherParties) as string[];
  }

  @FieldResolver(() => [LinkageDecision], { description: '议定事项 decisions' })
  decisions(@Root() m: LinkageMeeting, @Ctx() ctx: PropertyContext) {
    return ctx.loaders.decisionsByMeetingId.load(m.id);
  }
}
