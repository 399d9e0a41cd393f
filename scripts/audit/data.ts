/**
 * What the integrity audit reads: the rows of every subgraph that hold a key to another subgraph's
 * entity or a date the domain orders. Read from the six databases (loadAuditData) or taken from an
 * in-memory demo city (auditDataOf), so the same checks run on both.
 */
import type { DemoCity } from '../../services/demo-city';
import { demoAccountability } from '../../services/accountability/seed';

type D = Date;
export interface AuditData {
  now: D;
  regions: { code: string }[];
  grids: { code: string; regionCode: string }[];
  departments: { code: string }[];
  workers: {
    name: string;
    phone: string;
    role: string;
    gridCode: string;
    endedOn: string | null;
  }[];
  cases: {
    id: number;
    gridCode: string;
    category: string;
    compoundId: number | null;
    reportedAt: D;
    closedAt: D | null;
  }[];
  caseEvents: { caseId: number; action: string; at: D }[];
  organizations: {
    id: number;
    name: string;
    level: string;
    parentId: number | null;
    gridCode: string | null;
    regionCode: string;
    secretary: string | null;
  }[];
  members: {
    id: number;
    name: string;
    phone: string | null;
    organizationId: number;
    gridCode: string | null;
    regionCode: string;
    joinedOn: string;
  }[];
  units: { id: number; name: string; regionCode: string }[];
  dualReports: {
    id: number;
    memberId: number | null;
    unitId: number | null;
    regionCode: string;
    reportedOn: string;
    endedOn: string | null;
  }[];
  compounds: { id: number; gridCode: string; old: boolean; singleBuilding: boolean }[];
  companies: { id: number; name: string; regionCode: string; partyOrganizationId: number | null }[];
  committees: {
    id: number;
    compoundId: number;
    gridCode: string;
    termStart: string;
    termEnd: string;
  }[];
  committeeMembers: {
    id: number;
    committeeId: number;
    gridCode: string;
    name: string;
    phone: string;
    partyMemberId: number | null;
  }[];
  evaluations: {
    id: number;
    compoundId: number;
    gridCode: string;
    quarter: string;
    evaluatorKind: string;
    evaluatedOn: string;
  }[];
  meetings: { id: number; gridCode: string; partyOrganizationId: number | null }[];
  decisions: { id: number; gridCode: string; followUpCaseId: number | null }[];
  volunteers: {
    id: number;
    name: string;
    phone: string;
    regionCode: string;
    partyMemberId: number | null;
    registeredAt: D;
  }[];
  teams: {
    id: number;
    regionCode: string;
    gridCode: string | null;
    leaderVolunteerId: number | null;
    foundedAt: D;
  }[];
  activities: { id: number; teamId: number; regionCode: string; startsAt: D }[];
  participations: {
    id: number;
    activityId: number;
    volunteerId: number;
    regionCode: string;
    verifiedByRole: string | null;
    verifiedBy: string | null;
    signedUpAt: D;
  }[];
  wishes: {
    id: number;
    gridCode: string;
    claimantKind: string | null;
    claimantMemberId: number | null;
    claimantUnitId: number | null;
    postedAt: D;
    claimedAt: D | null;
    fulfilledAt: D | null;
    confirmedAt: D | null;
  }[];
  components: { id: number; gridCode: string; kind: string }[];
  inspections: { id: number; gridCode: string; inspectedOn: string }[];
  findings: {
    id: number;
    inspectionId: number;
    componentId: number;
    gridCode: string;
    caseId: number | null;
  }[];
  tickets: { id: number; caseId: number; gridCode: string; openedAt: D }[];
  onSiteRecords: { id: number; caseId: number; gridCode: string; action: string; at: D }[];
  /** The accountability subgraph (考核督办): its keys to regions, organisations, members, units, compounds and departments. */
  projects: {
    id: number;
    level: string;
    regionCode: string;
    organizationId: number | null;
    secretaryName: string;
    year: number;
    milestones: { dueOn: string }[];
    claimedOn: string;
  }[];
  reviews: {
    id: number;
    projectId: number;
    regionCode: string;
    reviewedOn: string;
    rectifyBy: string | null;
  }[];
  firstSecretaries: {
    id: number;
    cadreName: string;
    partyMemberId: number | null;
    communityCode: string;
    termStart: string;
    termEnd: string;
  }[];
  packages: {
    id: number;
    unitName: string | null;
    compoundId: number;
    gridCode: string;
    target: string;
    startedOn: string;
  }[];
  visits: { id: number; packageId: number; gridCode: string; visitedOn: string }[];
  agreements: {
    id: number;
    unitId: number | null;
    unitName: string;
    regionCode: string;
    organizationId: number | null;
    year: number;
    stage: string;
    signedOn: string;
    supervisedOn: string | null;
    assessedOn: string | null;
  }[];
  admissions: {
    id: number;
    districtCode: string;
    departmentCode: string;
    requestedOn: string;
    status: string;
    decidedOn: string | null;
  }[];
  receptions: { id: number; communityCode: string; receivedOn: string }[];
}

/** The audit's view of a generated city, as it would read back from the databases. */
export function auditDataOf(city: DemoCity, now: Date = city.now): AuditData {
  const { grid: g, party: p, property: pr, volunteer: v, urban: u } = city;
  const a = demoAccountability(city);
  return {
    now,
    regions: city.geography.regions,
    grids: city.geography.grids,
    departments: g.departments,
    workers: g.workers,
    cases: g.cases,
    caseEvents: g.caseEvents,
    organizations: p.organizations,
    members: p.members,
    units: p.units,
    dualReports: p.dualReports,
    compounds: pr.compounds,
    companies: pr.companies,
    committees: pr.committees,
    committeeMembers: pr.committeeMembers,
    evaluations: pr.evaluations,
    meetings: pr.meetings,
    decisions: pr.decisions,
    volunteers: v.volunteers,
    teams: v.teams,
    activities: v.activities,
    participations: v.participations,
    wishes: v.wishes,
    components: u.components,
    inspections: u.inspections,
    findings: u.findings,
    tickets: u.tickets,
    onSiteRecords: u.onSiteRecords,
    projects: a.projects,
    reviews: a.reviews,
    firstSecretaries: a.firstSecretaries,
    packages: a.packages,
    visits: a.visits,
    agreements: a.agreements,
    admissions: a.admissions,
    receptions: a.receptions,
  };
}
