import { foreignEntities } from '../../../shared/foreign-entities';

/** Grid (grid subgraph), extended here with its party organisations, members and stations. */
const stubs = foreignEntities();
export const { Grid, gridRef } = stubs;
export type Grid = InstanceType<typeof Grid>;
export const gridReference = stubs.referencesFor('Grid').Grid!;
