import { foreignEntities } from '../../shared/foreign-entities';

/**
 * Grid and Region (grid subgraph), ResidentialCompound (property) and PartyOrganization (party),
 * extended here with who is responsible for them (包保, 书记项目, 共建协议) and 考核督办 indicators.
 */
const stubs = foreignEntities();
export const {
  Grid,
  Region,
  ResidentialCompound,
  PartyOrganization,
  gridRef,
  regionRef,
  compoundRef,
  partyOrganizationRef: organizationRef,
} = stubs;
export type Grid = InstanceType<typeof Grid>;
export type Region = InstanceType<typeof Region>;
export type ResidentialCompound = InstanceType<typeof ResidentialCompound>;
export type PartyOrganization = InstanceType<typeof PartyOrganization>;
export const references = stubs.referencesFor(
  'Grid',
  'Region',
  'ResidentialCompound',
  'PartyOrganization',
);
