import { BadUserInputError } from '../../../shared/errors';
import { peerEntity } from '../../../shared/peer';
import type { VolunteerContext } from '../context';
import { ClaimantKind, type MicroWish } from './micro-wish.entity';

export type Claimant =
  | { kind: typeof ClaimantKind.PARTY_MEMBER; memberId: number }
  | { kind: typeof ClaimantKind.UNIT; unitId: number; unitName?: string };

/** What the wish stores about an eligible claimant. */
export type ClaimantColumns = Pick<
  MicroWish,
  'claimantKind' | 'claimantMemberId' | 'claimantUnitId' | 'claimantUnitName'
>;

/**
 * Who may claim a wish of community `community` (12 digits): a party member organised there (its
 * organisation), managed there (its grid) or reporting there (双报到), or a unit with a standing
 * dual report there (as the integrity audit holds it, scripts/audit/references.ts). The
 * members, organisations and reports are the party subgraph's: it is asked (shared/peer.ts), and
 * a claimant it does not know, or knows elsewhere, is BAD_USER_INPUT naming the field.
 */
export async function eligibleClaimant(
  ctx: VolunteerContext,
  claimant: Claimant,
  community: string,
): Promise<ClaimantColumns> {
  const asker = { from: 'volunteer' as const, requestId: ctx.requestId };
  const vars = { c: ['RegionCode!', community] as [string, unknown] };
  if (claimant.kind === ClaimantKind.PARTY_MEMBER) {
    const m = await peerEntity<{ servesIn: boolean }>(
      'party',
      { __typename: 'PartyMember', id: String(claimant.memberId) },
      'servesIn(communityCode: $c)',
      asker,
      vars,
    );
    if (!m)
      throw new BadUserInputError(`party member ${claimant.memberId} does not exist`, {
        field: 'partyMemberId',
      });
    if (!m.servesIn)
      throw new BadUserInputError(
        `party member ${claimant.memberId} is neither organised nor managed in the wish's community, nor reports (双报到) there`,
        { field: 'partyMemberId' },
      );
    return {
      claimantKind: ClaimantKind.PARTY_MEMBER,
      claimantMemberId: claimant.memberId,
      claimantUnitId: null,
      claimantUnitName: null,
    };
  }
  const u = await peerEntity<{ name: string; servesIn: boolean }>(
    'party',
    { __typename: 'PartyUnit', id: String(claimant.unitId) },
    'name servesIn(communityCode: $c)',
    asker,
    vars,
  );
  if (!u)
    throw new BadUserInputError(`unit ${claimant.unitId} does not exist`, { field: 'unitId' });
  if (!u.servesIn)
    throw new BadUserInputError(
      `unit ${claimant.unitId} has no standing dual report (双报到) to the wish's community`,
      { field: 'unitId' },
    );
  if (claimant.unitName && claimant.unitName !== u.name)
    throw new BadUserInputError(`unit ${claimant.unitId} is registered as ${u.name}`, {
      field: 'unitName',
    });
  return {
    claimantKind: ClaimantKind.UNIT,
    claimantMemberId: null,
    claimantUnitId: claimant.unitId,
    claimantUnitName: u.name,
  };
}
