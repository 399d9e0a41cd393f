import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createPropertySchema } from './schema';
import { createServer } from './server';
import { seedProperty } from './seed';

export const propertyService: SubgraphModule = {
  name: 'property', entities, migrations, createSchema: createPropertySchema, createServer, seed: seedProperty,
};
