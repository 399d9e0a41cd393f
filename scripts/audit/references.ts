/** Cross-subgraph references: every key one subgraph holds to another's entity points at a row that exists, and at the right one. */
import type { AuditData } from './data';
import { violation, type Violation } from './violation';
import { CATEGORY_OF_KIND } from '../../services/urban/demo';

const group = <T, K>(rows: T[], key: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
  return m;
};
const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const day = (d: Date) => d.toISOString().slice(0, 10);
const quarterEnd = (q: string) =>
  `${q.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Number(q[5]) - 1]}`;

export function checkReferences(d: AuditData): Violation[] {
  const out: Violation[] = [];
  const grids = new Set(d.grids.map((g) => g.code));
  const regions = new Set(d.regions.map((r) => r.code));
  const members = byId(d.members);
  const orgs = byId(d.organizations);
  const units = byId(d.units);
  const compounds = byId(d.compounds);
  const cases = byId(d.cases);
  const components = byId(d.components);

  // Place codes held outside the grid subgraph (多网合一 is only as good as these joins).
  const places: [string, { gridCode?: string | null; regionCode?: string; id?: number }[]][] = [
    ['party member', d.members],
    ['party organisation', d.organizations],
    ['compound', d.compounds],
    ['volunteer team', d.teams],
    ['micro-wish', d.wishes],
    ['urban component', d.components],
    ['inspection', d.inspections],
    ['volunteer', d.volunteers],
  ];
  for (const [what, rows] of places) {
    for (const r of rows) {
      if (r.gridCode && !grids.has(r.gridCode))
        out.push(
          violation(
            'UNKNOWN_GRID',
            r.gridCode,
            `${what} ${r.id}`,
            `grid ${r.gridCode} does not exist`,
          ),
        );
      if (r.regionCode && !regions.has(r.regionCode))
        out.push(
          violation(
            'UNKNOWN_REGION',
            r.regionCode,
            `${what} ${r.id}`,
            `region ${r.regionCode} does not exist`,
          ),
        );
    }
  }
  // A person exists once: a record linked to a party member carries the member's name and phone.
  const samePerson = (
    what: string,
    r: { id: number; name: string; phone: string | null; partyMemberId: number | null },
    code: string,
  ) => {
    if (r.partyMemberId == null) return;
    const m = members.get(r.partyMemberId);
    if (!m)
      out.push(
        violation(
          'UNKNOWN_PARTY_MEMBER',
          code,
          `${what} ${r.id}`,
          `party member ${r.partyMemberId} does not exist`,
        ),
      );
    else if (m.name !== r.name || (m.phone != null && m.phone !== r.phone)) {
      out.push(
        violation(
          'PERSON_MISMATCH',
          code,
          `${what} ${r.id}`,
          // By id and which part differs, never the name or phone itself: the report is served in the graph.
          `is party member ${m.id} but reads another ${m.name !== r.name ? 'name' : 'phone'}`,
        ),
      );
    }
  };
  for (const v of d.volunteers) samePerson('volunteer', v, v.regionCode);
  for (const c of d.committeeMembers) samePerson("owners' committee member", c, c.gridCode);
  for (const c of d.companies) {
    if (c.partyOrganizationId == null) continue;
    const o = orgs.get(c.partyOrganizationId);
    if (!o)
      out.push(
        violation(
          'UNKNOWN_PARTY_ORGANIZATION',
          c.regionCode,
          `company ${c.id}`,
          `party organisation ${c.partyOrganizationId} does not exist`,
        ),
      );
    else if (o.level !== 'ENTERPRISE' || !o.name.startsWith(c.name)) {
      out.push(
        violation(
          'FOREIGN_COMPANY_BRANCH',
          c.regionCode,
          `company ${c.id} ${c.name}`,
          `its party organisation is ${o.name}`,
        ),
      );
    }
  }
  for (const m of d.meetings) {
    if (m.partyOrganizationId != null && !orgs.has(m.partyOrganizationId)) {
      out.push(
        violation(
          'UNKNOWN_PARTY_ORGANIZATION',
          m.gridCode,
          `linkage meeting ${m.id}`,
          `party organisation ${m.partyOrganizationId} does not exist`,
        ),
      );
    }
  }
  // Claimants: a member organised or managed in the community or dual-reporting there, or a unit that dual-reports there, on the day of the claim.
  const reportsOf = group(d.dualReports, (r) => r.regionCode.slice(0, 12));
  const reportsIn = (community: string, on: string, kind: 'memberId' | 'unitId', id: number) =>
    (reportsOf.get(community) ?? []).some(
      (r) => r[kind] === id && r.reportedOn <= on && (r.endedOn == null || r.endedOn >= on),
    );
  for (const w of d.wishes) {
    const community = w.gridCode.slice(0, 12);
    const on = w.claimedAt ? day(w.claimedAt) : '';
    if (w.claimantMemberId != null) {
      const m = members.get(w.claimantMemberId);
      if (!m) {
        out.push(
          violation(
            'UNKNOWN_PARTY_MEMBER',
            w.gridCode,
            `micro-wish ${w.id}`,
            `claimant ${w.claimantMemberId} does not exist`,
          ),
        );
        continue;
      }
      // As claimMicroWish asks the party subgraph (PartyMember.servesIn): organised, managed or reporting here.
      const local = m.regionCode === community || m.gridCode?.slice(0, 12) === community;
      if (!local && !reportsIn(community, on, 'memberId', m.id)) {
        out.push(
          violation(
            'CLAIMANT_NOT_LOCAL',
            w.gridCode,
            `micro-wish ${w.id}`,
            `claimed by member ${m.id} of ${m.gridCode ?? m.regionCode}, with no dual report here`,
          ),
        );
      }
    }
    if (w.claimantUnitId != null) {
      if (!units.has(w.claimantUnitId))
        out.push(
          violation(
            'UNKNOWN_UNIT',
            w.gridCode,
            `micro-wish ${w.id}`,
            `unit ${w.claimantUnitId} does not exist`,
          ),
        );
      else if (!reportsIn(community, on, 'unitId', w.claimantUnitId)) {
        out.push(
          violation(
            'CLAIMANT_NOT_LOCAL',
            w.gridCode,
            `micro-wish ${w.id}`,
            `claimed by unit ${w.claimantUnitId}, which does not dual-report here`,
          ),
        );
      }
    }
  }
  for (const c of d.cases) {
    const k = c.compoundId != null ? compounds.get(c.compoundId) : undefined;
    if (c.compoundId != null && (!k || k.gridCode !== c.gridCode)) {
      out.push(
        violation(
          'UNKNOWN_COMPOUND',
          c.gridCode,
          `case ${c.id}`,
          k
            ? `compound ${k.id} is on grid ${k.gridCode}`
            : `compound ${c.compoundId} does not exist`,
        ),
      );
    }
  }
  const caseRef = (what: string, r: { id: number; gridCode: string }, caseId: number | null) => {
    if (caseId == null) return undefined;
    const c = cases.get(caseId);
    if (!c)
      out.push(
        violation('UNKNOWN_CASE', r.gridCode, `${what} ${r.id}`, `case ${caseId} does not exist`),
      );
    return c;
  };
  for (const f of d.findings) {
    const c = caseRef('inspection finding', f, f.caseId);
    const kind = components.get(f.componentId)?.kind;
    if (c && (c.gridCode !== f.gridCode || (kind && c.category !== CATEGORY_OF_KIND(kind)))) {
      out.push(
        violation(
          'FINDING_CASE_MISMATCH',
          f.gridCode,
          `inspection finding ${f.id}`,
          `${kind} finding linked to ${c.category} case ${c.id} on ${c.gridCode}`,
        ),
      );
    }
  }
  for (const t of d.tickets) caseRef('urban ticket', t, t.caseId);
  for (const r of d.onSiteRecords) caseRef('on-site record', r, r.caseId);
  for (const x of d.decisions) caseRef('linkage decision', x, x.followUpCaseId);
  // A branch secretary is a member of the branch (or of one of its building groups).
  const membersOf = group(d.members, (m) => m.organizationId);
  for (const o of d.organizations) {
    if (o.level !== 'GRID_BRANCH' || !o.secretary) continue;
    const groups = d.organizations.filter(
      (g) => g.parentId === o.id && g.level === 'BUILDING_GROUP',
    );
    const own = [o, ...groups].flatMap((x) => membersOf.get(x.id) ?? []);
    if (!own.some((m) => m.name === o.secretary)) {
      out.push(
        violation(
          'SECRETARY_NOT_MEMBER',
          o.gridCode ?? o.regionCode,
          `party organisation ${o.id} ${o.name}`,
          'its secretary is not one of its members',
        ),
      );
    }
  }
  // An owners'-committee evaluation needs a committee in term at the end of the quarter it scores.
  for (const e of d.evaluations) {
    if (e.evaluatorKind !== 'OWNERS_COMMITTEE') continue;
    const end = quarterEnd(e.quarter);
    if (
      !d.committees.some(
        (k) => k.compoundId === e.compoundId && k.termStart <= end && end <= k.termEnd,
      )
    ) {
      out.push(
        violation(
          'EVALUATION_WITHOUT_COMMITTEE',
          e.gridCode,
          `service evaluation ${e.id}`,
          `compound ${e.compoundId} had no owners' committee in ${e.quarter}`,
        ),
      );
    }
  }
  return out;
}
