import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createGridSchema } from './schema';
import { createServer } from './server';
import { seedGrid } from './seed';

export const gridService: SubgraphModule = {
  name: 'grid', entities, migrations, createSchema: createGridSchema, createServer, seed: seedGrid,
};
