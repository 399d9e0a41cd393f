import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createAccountabilitySchema } from './schema';
import { createServer } from './server';
import { seedAccountability } from './seed';

export const accountabilityService: SubgraphModule = {
  name: 'accountability', entities, migrations, createSchema: createAccountabilitySchema, createServer, seed: seedAccountability,
};
