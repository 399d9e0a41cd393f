import type { SubgraphModule } from '../../shared/service';
import { entities, migrations } from './entities';
import { createVolunteerSchema } from './schema';
import { createServer } from './server';
import { seedVolunteer } from './seed';

export const volunteerService: SubgraphModule = {
  name: 'volunteer', entities, migrations, createSchema: createVolunteerSchema, createServer, seed: seedVolunteer,
};
