import { foreignEntities } from '../../shared/foreign-entities';

/**
 * Grid and Region (grid subgraph), extended here with compounds and property indicators; Case
 * (grid) and PartyMember / PartyOrganization (party) only pointed at, so their keys are not
 * resolvable here.
 */
const stubs = foreignEntities({ referenceOnly: ['Case', 'PartyMember', 'PartyOrganization'] });
export const {
  Grid,
  Region,
  Case,
  PartyMember,
  PartyOrganization,
  gridRef,
  regionRef,
  caseRef,
  partyMemberRef,
  partyOrganizationRef,
} = stubs;
export type Grid = InstanceType<typeof Grid>;
export type Region = InstanceType<typeof Region>;
export type Case = InstanceType<typeof Case>;
export type PartyMember = InstanceType<typeof PartyMember>;
export type PartyOrganization = InstanceType<typeof PartyOrganization>;
export const references = stubs.referencesFor('Grid', 'Region');
