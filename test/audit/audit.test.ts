import { generateCity, type DemoCity } from '../../services/demo-city';
import { auditDataOf, type AuditData } from '../../scripts/audit/data';
import { audit } from '../../scripts/audit/report';

const city = generateCity('demo', 20210104, '2026-12-01');
const kinds = (d: AuditData) => [...new Set(audit(d).map((v) => v.kind))].sort();
/** A deep copy of the city's audit view, so each test plants its violation alone. */
const fresh = (c: DemoCity = city): AuditData => structuredClone(auditDataOf(c));
const first = <T>(rows: T[], ok: (r: T) => boolean): T => {
  const r = rows.find(ok);
  if (!r) throw new Error('the demo city has no row to plant a violation in');
  return r;
};

describe('the federated integrity audit', () => {
  test('a freshly generated demo city has no violation', () => {
    expect(audit(fresh())).toEqual([]);
  });

  test('a demo city seeded on another day has none either', () => {
    expect(audit(fresh(generateCity('demo', 7, '2025-03-15')))).toEqual([]);
  });

  const plants: [string, (d: AuditData) => void][] = [
    [
      'UNKNOWN_GRID',
      (d) => {
        d.inspections[0].gridCode = '999999999999001';
      },
    ],
    [
      'UNKNOWN_PARTY_MEMBER',
      (d) => {
        first(d.volunteers, (v) => v.partyMemberId == null).partyMemberId = 999999;
      },
    ],
    [
      'PERSON_MISMATCH',
      (d) => {
        first(d.committeeMembers, (m) => m.partyMemberId != null).phone = '13000000000';
      },
    ],
    [
      'FOREIGN_COMPANY_BRANCH',
      (d) => {
        const [a, b] = d.companies.filter((c) => c.partyOrganizationId != null);
        a.partyOrganizationId = b.partyOrganizationId;
      },
    ],
    [
      'CLAIMANT_NOT_LOCAL',
      (d) => {
        const w = first(d.wishes, (x) => x.claimantMemberId != null);
        w.claimantMemberId = first(
          d.members,
          (m) =>
            m.gridCode != null &&
            m.gridCode.slice(0, 9) !== w.gridCode.slice(0, 9) &&
            !d.dualReports.some((r) => r.memberId === m.id),
        ).id;
      },
    ],
    [
      'UNKNOWN_COMPOUND',
      (d) => {
        first(d.cases, (c) => c.compoundId == null).compoundId = 999999;
      },
    ],
    [
      'FINDING_CASE_MISMATCH',
      (d) => {
        const f = first(d.findings, () => true);
        const kind = d.components.find((c) => c.id === f.componentId)!.kind;
        f.caseId = first(
          d.cases,
          (c) =>
            c.gridCode === f.gridCode &&
            c.category !== (kind === 'BIN' ? 'SANITATION' : 'FACILITY'),
        ).id;
      },
    ],
    [
      'UNKNOWN_CASE',
      (d) => {
        d.tickets[0].caseId = 999999;
      },
    ],
    [
      'SECRETARY_NOT_MEMBER',
      (d) => {
        first(d.organizations, (o) => o.level === 'GRID_BRANCH').secretary = '无此人';
      },
    ],
    [
      'EVALUATION_WITHOUT_COMMITTEE',
      (d) => {
        const e = first(d.evaluations, () => true);
        e.evaluatorKind = 'OWNERS_COMMITTEE';
        d.committees = d.committees.filter((k) => k.compoundId !== e.compoundId);
      },
    ],
    [
      'CASE_OUT_OF_ORDER',
      (d) => {
        const c = first(d.cases, (x) => d.caseEvents.filter((e) => e.caseId === x.id).length > 2);
        const [a, b] = d.caseEvents.filter((e) => e.caseId === c.id);
        [a.at, b.at] = [b.at, a.at];
      },
    ],
    [
      'TICKET_BEFORE_DISPATCH',
      (d) => {
        d.tickets[0].openedAt = new Date(d.tickets[0].openedAt.getTime() - 30 * 86400000);
      },
    ],
    [
      'ARRIVAL_BEFORE_CHECK_IN',
      (d) => {
        const r = first(d.onSiteRecords, (x) => x.action === 'ARRIVED');
        r.at = new Date(
          d.caseEvents.find((e) => e.caseId === r.caseId && e.action === 'checkIn')!.at.getTime() -
            3600000,
        );
      },
    ],
    [
      'ON_SITE_AFTER_RESOLVE',
      (d) => {
        const r = first(d.onSiteRecords, (x) => x.action !== 'ARRIVED');
        r.at = new Date(
          d.caseEvents.find((e) => e.caseId === r.caseId && e.action === 'resolve')!.at.getTime() +
            3600000,
        );
      },
    ],
    [
      'DUAL_REPORT_BEFORE_JOINING',
      (d) => {
        first(d.dualReports, (r) => r.memberId != null).reportedOn = '1950-01-01';
      },
    ],
    [
      'SIGN_UP_BEFORE_REGISTRATION',
      (d) => {
        const p = d.participations[0];
        d.volunteers.find((v) => v.id === p.volunteerId)!.registeredAt = new Date(
          p.signedUpAt.getTime() + 86400000,
        );
      },
    ],
    [
      'ACTIVITY_BEFORE_TEAM',
      (d) => {
        const a = d.activities[0];
        d.teams.find((t) => t.id === a.teamId)!.foundedAt = new Date(
          a.startsAt.getTime() + 86400000,
        );
      },
    ],
    [
      'SELF_VERIFIED',
      (d) => {
        const p = first(d.participations, (x) => x.verifiedByRole === 'TEAM_LEADER');
        const team = d.teams.find(
          (t) => t.id === d.activities.find((a) => a.id === p.activityId)!.teamId,
        )!;
        team.leaderVolunteerId = p.volunteerId;
      },
    ],
    [
      'WISH_OUT_OF_ORDER',
      (d) => {
        const w = first(d.wishes, (x) => x.confirmedAt != null);
        w.claimedAt = new Date(w.postedAt.getTime() - 86400000);
      },
    ],
    [
      'AFTER_NOW',
      (d) => {
        d.members[0].joinedOn = '2099-01-01';
      },
    ],
  ];
  test.each(plants)('finds a planted %s, and only that', (kind, plant) => {
    const d = fresh();
    plant(d);
    expect(kinds(d)).toEqual([kind]);
  });
});
