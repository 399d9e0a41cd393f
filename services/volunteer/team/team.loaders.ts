import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { VolunteerTeam } from './team.entity';

export function createTeamLoaders(ds: DataSource, options: LoaderOptions) {
  const teams = ds.getRepository(VolunteerTeam);
  return {
    teamById: rowBy(teams, 'id', options),
    teamsByGridCode: rowsBy(teams, 'gridCode', options, { id: 'ASC' }),
  };
}
