import { foreignEntities } from '../../shared/foreign-entities';

/** Grid, Region and Case (grid subgraph), extended here by 城管 (urban). */
const stubs = foreignEntities();
export const { Grid, Region, Case, gridRef, regionRef, caseRef } = stubs;
export type Grid = InstanceType<typeof Grid>;
export type Region = InstanceType<typeof Region>;
export type Case = InstanceType<typeof Case>;
export const references = stubs.referencesFor('Grid', 'Region', 'Case');
