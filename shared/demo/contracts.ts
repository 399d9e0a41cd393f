/**
 * What one domain's demo data promises the others, so that cross-subgraph references in the
 * demo city (a volunteer's party member, a company's party organisation, a case's compound)
 * always point at rows that exist. Each generator returns at least these fields.
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
  name: string;
  organizationId: number;
  status: 'RESIDENT' | 'IN_SERVICE' | 'RETIRED';
  gridCode: string | null;
}

export interface PartyUnitRef {
  /** A dual-reporting unit (双报到单位) that can claim a micro-wish. */
  id: number;
  name: string;
}

export interface PartyDemoRefs {
  organizations: PartyOrganizationRef[];
  members: PartyMemberRef[];
  units: PartyUnitRef[];
  /** ENTERPRISE organisations free to be a property company's party organisation. */
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
