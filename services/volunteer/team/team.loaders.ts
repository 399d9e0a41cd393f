import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { VolunteerTeam } from './team.entity';

export function createTeamLoaders(ds: DataSource, options: LoaderOptions) {
  const teams = ds.getRepository(VolunteerTeam);
  return {
    teamById: keyedLoader<number, VolunteerTeam>(
      (ids) => teams.findBy({ id: In([...ids]) }),
      (t) => t.id,
      options,
    ),
    teamsByGridCode: groupedLoader<string, VolunteerTeam>(
      (codes) => teams.find({ where: { gridCode: In([...codes]) }, order: { id: 'ASC' } }),
      (t) => t.gridCode!,
      options,
    ),
  };
}
