import { foreignEntities } from '../../shared/foreign-entities';

/** ResidentialCompound (property subgraph), only pointed at by a case. */
const stubs = foreignEntities({ referenceOnly: ['ResidentialCompound'] });
export const { ResidentialCompound, compoundRef } = stubs;
export type ResidentialCompound = InstanceType<typeof ResidentialCompound>;
