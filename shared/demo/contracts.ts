/**
 * What one domain's demo data promises the others, so that cross-subgraph references in the
 * demo city (a volunteer's party member, a company's party organisation, a case's compound)
 * always point at rows that exist, and name the same person. Each generator returns at least these.
 */
export interface PartyOrganizationRef {
  id: number;
  name: string;
  level: string;
  gridCode: string | null;
  regionCode: string | null;
}

export interface PartyMemberRef {
  id: number;
  /** The city's person (shared/demo/people) this member is: same name and phone everywhere. */
  personId: number;
  name: string;
  phone: string | null;
  organizationId: number;
  status: 'RESIDENT' | 'IN_SERVICE' | 'RETIRED';
  gridCode: string | null;
  regionCode: string;
  joinedOn: string;
}

export interface PartyUnitRef {
  /** A dual-reporting unit (双报到单位) that can claim a micro-wish. */
  id: number;
  name: string;
}

/** A standing or past dual report (双报到) of a member or a unit to a community. */
export interface DualReportRef {
  memberId: number | null;
  unitId: number | null;
  regionCode: string;
  reportedOn: string;
  endedOn: string | null;
}

export interface PartyDemoRefs {
  organizations: PartyOrganizationRef[];
  members: PartyMemberRef[];
  units: PartyUnitRef[];
  dualReports: DualReportRef[];
  /** ENTERPRISE organisations free to be a property company's party organisation: `<company>党支部`. */
  enterpriseOrganizationIds: number[];
}

export interface CompoundRef {
  id: number;
  name: string;
  gridCode: string;
}

export interface PropertyDemoRefs {
  compounds: CompoundRef[];
}
