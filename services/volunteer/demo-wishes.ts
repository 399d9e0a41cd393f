/**
 * Who may claim a micro-wish (微心愿) in a community: a party member who lives there, an in-service
 * member who dual-reports (双报到) there, or a unit that dual-reports there, on the day of the claim.
 */
import type { Rng } from '../../shared/demo/random';
import type { PartyDemoRefs, PartyMemberRef, PartyUnitRef } from '../../shared/demo/contracts';

export type Claimant =
  { member: PartyMemberRef; unit?: undefined } | { unit: PartyUnitRef; member?: undefined };

const communityOf = (m: PartyMemberRef): string | null =>
  m.gridCode?.slice(0, 12) ?? (m.regionCode.length === 12 ? m.regionCode : null);

export function wishClaimants(
  party: PartyDemoRefs,
): (community: string, day: string, rng: Rng) => Claimant | null {
  const local = new Map<string, PartyMemberRef[]>();
  for (const m of party.members) {
    const c = communityOf(m);
    if (c) (local.get(c) ?? local.set(c, []).get(c)!).push(m);
  }
  const members = new Map(party.members.map((m) => [m.id, m]));
  const units = new Map(party.units.map((u) => [u.id, u]));
  const reports = new Map<string, PartyDemoRefs['dualReports']>();
  for (const r of party.dualReports)
    (
      reports.get(r.regionCode.slice(0, 12)) ??
      reports.set(r.regionCode.slice(0, 12), []).get(r.regionCode.slice(0, 12))!
    ).push(r);
  return (community, day, rng) => {
    const standing = (reports.get(community) ?? []).filter(
      (r) => r.reportedOn <= day && (r.endedOn == null || r.endedOn >= day),
    );
    const reporters = standing
      .filter((r) => r.memberId != null)
      .map((r) => members.get(r.memberId!)!)
      .filter((m) => m.joinedOn <= day);
    const residents = (local.get(community) ?? []).filter((m) => m.joinedOn <= day);
    const unitIds = standing.filter((r) => r.unitId != null).map((r) => r.unitId!);
    const people =
      reporters.length && (residents.length === 0 || rng.chance(0.5)) ? reporters : residents;
    if (people.length && (unitIds.length === 0 || rng.chance(0.75)))
      return { member: rng.pick(people) };
    if (unitIds.length) return { unit: units.get(rng.pick(unitIds))! };
    return null;
  };
}
