import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createUrbanSchema } from './schema';
import { createServer } from './server';
import { seedUrban } from './seed';

export const urbanService: SubgraphModule = {
  name: 'urban', entities, migrations, createSchema: createUrbanSchema, createServer, seed: seedUrban,
};
