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

  // Days where a year's or a quarter's records begin: claims, postings, signatures, visits and scores must not run ahead of them.
  test.each(['2026-01-02', '2026-01-10', '2027-02-20', '2025-04-03', '2026-07-05', '2028-02-29'])(
    'a demo city seeded on %s, early in its year or quarter, has none',
    (day) => {
      const c = generateCity('demo', 11, day);
      expect(audit(fresh(c))).toEqual([]);
    },
  );

  test('the accountability records are audited: the demo city has some of each', () => {
    const d = fresh();
    for (const rows of [
      d.projects,
      d.reviews,
      d.firstSecretaries,
      d.packages,
      d.visits,
      d.agreements,
      d.admissions,
      d.receptions,
    ])
      expect(rows.length).toBeGreaterThan(0);
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

  test('a violation names records by id, never the person: the report is read in the graph', () => {
    const d = fresh();
    const m = first(d.committeeMembers, (x) => x.partyMemberId != null);
    m.name = '错误名';
    m.phone = '13000000000';
    const found = audit(d);
    expect(found.map((v) => v.kind)).toEqual(['PERSON_MISMATCH']);
    expect(JSON.stringify(found)).not.toMatch(/错误名|13000000000/);
  });
});

const dayBefore = (day: string) => new Date(Date.parse(day) - 86400000).toISOString().slice(0, 10);

/** One planted row per kind in the accountability records (考核督办), and the kinds they share with the other subgraphs. */
describe('the integrity audit of the accountability records', () => {
  const plants: [string, string, (d: AuditData) => void][] = [
    [
      'PROJECT_OWNER_MISMATCH',
      "a community secretary's project owned by the city committee",
      (d) => {
        const city = first(d.organizations, (o) => o.level === 'CITY_COMMITTEE');
        first(d.projects, (p) => p.level === 'COMMUNITY').organizationId = city.id;
      },
    ],
    [
      'UNKNOWN_PARTY_ORGANIZATION',
      'an agreement signed by an organisation that does not exist',
      (d) => {
        d.agreements[0].organizationId = 999999;
      },
    ],
    [
      'UNKNOWN_REGION',
      'a reception in a community that does not exist',
      (d) => {
        d.receptions[0].communityCode = '220699999999';
      },
    ],
    [
      'UNKNOWN_REGION',
      'a first secretary posted to a street, not a community',
      (d) => {
        const f = d.firstSecretaries[0];
        f.communityCode = f.communityCode.slice(0, 9);
      },
    ],
    [
      'UNKNOWN_PARTY_MEMBER',
      'a first secretary linked to a member who does not exist',
      (d) => {
        d.firstSecretaries[0].partyMemberId = 999999;
      },
    ],
    [
      'PERSON_MISMATCH',
      'a first secretary who reads another name than the member',
      (d) => {
        d.firstSecretaries[0].cadreName = '无此人';
      },
    ],
    [
      'UNKNOWN_COMPOUND',
      'a package for a compound that does not exist',
      (d) => {
        d.packages[0].compoundId = 999999;
      },
    ],
    [
      'PACKAGE_TARGET_MISMATCH',
      'a package for a single building on a compound that is not one',
      (d) => {
        const p = first(d.packages, (x) => x.target === 'COMPOUND');
        p.target = 'SINGLE_BUILDING';
      },
    ],
    [
      'UNKNOWN_UNIT',
      'an agreement with a unit that does not exist',
      (d) => {
        d.agreements[0].unitId = 999999;
      },
    ],
    [
      'AGREEMENT_PARTY_MISMATCH',
      'an agreement that names another unit than its unit id',
      (d) => {
        d.agreements[0].unitName = '不存在的单位';
      },
    ],
    [
      'UNKNOWN_DEPARTMENT',
      'a task admission requested by a department that does not exist',
      (d) => {
        d.admissions[0].departmentCode = 'NOPE';
      },
    ],
    [
      'ORPHAN_RECORD',
      'a review of a project that does not exist',
      (d) => {
        d.reviews[0].projectId = 999999;
      },
    ],
    [
      'PROJECT_OUT_OF_ORDER',
      'a project whose milestones run backwards',
      (d) => {
        d.projects[0].milestones.reverse();
      },
    ],
    [
      'REVIEW_OUT_OF_ORDER',
      'a review before its project was claimed',
      (d) => {
        const r = d.reviews[0];
        r.reviewedOn = dayBefore(d.projects.find((p) => p.id === r.projectId)!.claimedOn);
      },
    ],
    [
      'TERM_OUT_OF_ORDER',
      "a first secretary's term that ends before it starts",
      (d) => {
        const f = d.firstSecretaries[0];
        f.termEnd = dayBefore(f.termStart);
      },
    ],
    [
      'VISIT_BEFORE_PACKAGE',
      'a visit before the package was held',
      (d) => {
        const v = d.visits[0];
        v.visitedOn = dayBefore(d.packages.find((p) => p.id === v.packageId)!.startedOn);
      },
    ],
    [
      'AGREEMENT_OUT_OF_ORDER',
      'an agreement supervised after its year-end assessment',
      (d) => {
        const a = first(d.agreements, (x) => x.stage === 'ASSESSED');
        a.supervisedOn = `${a.year}-12-31`;
      },
    ],
    [
      'ADMISSION_OUT_OF_ORDER',
      'a task admission decided before it was requested',
      (d) => {
        const t = first(d.admissions, (x) => x.decidedOn != null);
        t.decidedOn = dayBefore(t.requestedOn);
      },
    ],
    [
      'AFTER_NOW',
      "a reception after the data's now",
      (d) => {
        d.receptions[0].receivedOn = '2099-01-01';
      },
    ],
  ];
  test.each(plants)('finds a planted %s (%s), and only that', (kind, _what, plant) => {
    const d = fresh();
    plant(d);
    expect(kinds(d)).toEqual([kind]);
  });
});
