import { Arg, Ctx, Int, Resolver } from 'type-graphql';
import { PartyMember } from './member.entity';
import { PartyMemberTransfer, PartyTransferReason } from './member-transfer.entity';
import { HandOverRetiredMembersInput, TransferPartyMemberInput } from './member.inputs';
import {
  PartyOrganization,
  PartyOrganizationLevel as L,
} from '../organization/organization.entity';
import { isUnder } from '../organization/organization.rules';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/errors';
import { prefixRange } from '../../../shared/codes';
import { findForUpdate, isMysql } from '../support';
import { parseId } from '../../../shared/ids';
import type { PartyContext } from '../context';
import { writeTransaction } from '../../../shared/tx';
import { assertNotFuture } from '../../../shared/scalars';
import { REGION_STAFF, WriteMutation, places, rowPlace } from '../../../shared/auth/write-rule';

/** Organisations that hold members' relations; committees above the community hold none here. */
export const HOLDS_MEMBERS = new Set<L>([
  L.COMMUNITY_COMMITTEE,
  L.GRID_BRANCH,
  L.BUILDING_GROUP,
  L.INDUSTRY,
  L.ENTERPRISE,
]);

async function targetOrganization(ctx: PartyContext, id: number): Promise<PartyOrganization> {
  const org = await ctx.dataSource.getRepository(PartyOrganization).findOneBy({ id });
  if (!org) throw new NotFoundError('PartyOrganization', id);
  if (!HOLDS_MEMBERS.has(org.level)) {
    throw new BadUserInputError(`a ${org.level} does not hold members' relations`, {
      field: 'toOrganizationId',
    });
  }
  return org;
}

@Resolver(() => PartyMember)
export class PartyMemberMutations {
  // A move writes where the member leaves and where it lands: both lie in the caller's jurisdiction.
  @WriteMutation(
    () => PartyMember,
    '组织关系转接 transfer a member to another organisation; the history keeps the move',
    {
      roles: REGION_STAFF,
      place: places(
        rowPlace(PartyMember, 'input.memberId'),
        rowPlace(PartyOrganization, 'input.toOrganizationId'),
      ),
    },
  )
  async transferPartyMember(
    @Arg('input') input: TransferPartyMemberInput,
    @Ctx() ctx: PartyContext,
  ): Promise<PartyMember> {
    const memberId = parseId(input.memberId, 'memberId');
    assertNotFuture(input.transferredOn, 'transferredOn');
    const target = await targetOrganization(
      ctx,
      parseId(input.toOrganizationId, 'toOrganizationId'),
    );
    return writeTransaction(ctx.dataSource, async (em) => {
      const member = (await findForUpdate(em, PartyMember, [memberId])).get(memberId);
      if (!member) throw new NotFoundError('PartyMember', memberId);
      if (member.organizationId === target.id)
        throw new BadUserInputError('the member already belongs there', {
          field: 'toOrganizationId',
        });
      if (input.expectedVersion != null && input.expectedVersion !== member.version) {
        throw new ConflictError(
          `member ${memberId} is at version ${member.version}, not ${input.expectedVersion}`,
          { currentVersion: member.version },
        );
      }
      // A grid-tied organisation sets the grid; otherwise the member stays in its grid if the grid lies in the new region.
      const gridCode =
        target.gridCode ??
        (member.gridCode && isUnder(member.gridCode, target.regionCode) ? member.gridCode : null);
      const result = await em
        .createQueryBuilder()
        .update(PartyMember)
        .set({
          organizationId: target.id,
          regionCode: target.regionCode,
          gridCode,
          centerHousehold: gridCode === member.gridCode ? member.centerHousehold : false,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :v', { id: memberId, v: member.version })
        .execute();
      if (result.affected !== 1)
        throw new ConflictError(`member ${memberId} changed meanwhile; read it again`);
      await em.getRepository(PartyMemberTransfer).insert({
        memberId,
        fromOrganizationId: member.organizationId,
        toOrganizationId: target.id,
        fromRegionCode: member.regionCode,
        toRegionCode: target.regionCode,
        reason: input.reason,
        transferredOn: input.transferredOn,
        note: input.note ?? null,
      });
      return (await em.getRepository(PartyMember).findOneBy({ id: memberId }))!;
    });
  }

  @WriteMutation(
    () => Int,
    "退休党员移交社区 hand every retired member of an organisation over to a community committee (e.g. a mining group's 6,000 retirees); returns how many moved, each with a transfer record",
    {
      roles: REGION_STAFF,
      place: places(
        rowPlace(PartyOrganization, 'input.fromOrganizationId'),
        rowPlace(PartyOrganization, 'input.toOrganizationId'),
      ),
    },
  )
  async handOverRetiredMembers(
    @Arg('input') input: HandOverRetiredMembersInput,
    @Ctx() ctx: PartyContext,
  ): Promise<number> {
    const fromId = parseId(input.fromOrganizationId, 'fromOrganizationId');
    const target = await targetOrganization(
      ctx,
      parseId(input.toOrganizationId, 'toOrganizationId'),
    );
    if (target.level !== L.COMMUNITY_COMMITTEE)
      throw new BadUserInputError('retired members are handed over to a community committee', {
        field: 'toOrganizationId',
      });
    if (fromId === target.id)
      throw new BadUserInputError('source and target are the same organisation', {
        field: 'toOrganizationId',
      });
    const from = await ctx.loaders.partyOrganizationById.load(fromId);
    if (!from) throw new NotFoundError('PartyOrganization', fromId);
    const { lo, hi } = prefixRange(target.regionCode);
    return writeTransaction(ctx.dataSource, async (em) => {
      const where = "organization_id = ? AND status = 'RETIRED'";
      const lock = isMysql(em) ? ' FOR UPDATE' : '';
      const rows: { n: number | string }[] = await em.query(
        `SELECT COUNT(*) AS n FROM party_members WHERE ${where}${lock}`,
        [fromId],
      );
      const n = Number(rows[0].n);
      if (n === 0) return 0;
      // Set-based: history first (it reads the old relation), then the move; thousands of members in two statements.
      await em.query(
        `INSERT INTO party_member_transfers (member_id, from_organization_id, to_organization_id, from_region_code, to_region_code, reason, transferred_on)
         SELECT id, organization_id, ?, region_code, ?, ?, ? FROM party_members WHERE ${where}`,
        [
          target.id,
          target.regionCode,
          PartyTransferReason.RETIREMENT_HANDOVER,
          input.transferredOn,
          fromId,
        ],
      );
      const inCommunity = 'grid_code >= ? AND grid_code < ?';
      await em.query(
        `UPDATE party_members SET organization_id = ?, region_code = ?,
           center_household = CASE WHEN ${inCommunity} THEN center_household ELSE 0 END,
           grid_code = CASE WHEN ${inCommunity} THEN grid_code ELSE NULL END, version = version + 1
         WHERE ${where}`,
        [target.id, target.regionCode, lo, hi, lo, hi, fromId],
      );
      return n;
    });
  }
}
