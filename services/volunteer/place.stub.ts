import { foreignEntities } from '../../shared/foreign-entities';

/** Grid and Region (grid subgraph) and PartyMember (party), extended here with volunteer service. */
const stubs = foreignEntities();
export const { Grid, Region, PartyMember, gridRef, regionRef, partyMemberRef } = stubs;
export type Grid = InstanceType<typeof Grid>;
export type Region = InstanceType<typeof Region>;
export type PartyMember = InstanceType<typeof PartyMember>;
export const references = stubs.referencesFor('Grid', 'Region', 'PartyMember');
