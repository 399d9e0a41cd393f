import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createPartySchema } from './schema';
import { createServer } from './server';
import { seedParty } from './seed';

export const partyService: SubgraphModule = {
  name: 'party', entities, migrations, createSchema: createPartySchema, createServer, seed: seedParty,
};
