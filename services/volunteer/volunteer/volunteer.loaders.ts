import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { TeamMembership, Volunteer } from './volunteer.entity';

export function createVolunteerLoaders(ds: DataSource, options: LoaderOptions) {
  const volunteers = ds.getRepository(Volunteer);
  const memberships = ds.getRepository(TeamMembership);
  return {
    volunteerById: keyedLoader<number, Volunteer>(
      (ids) => volunteers.findBy({ id: In([...ids]) }),
      (v) => v.id,
      options,
    ),
    membershipsByTeamId: groupedLoader<number, TeamMembership>(
      (ids) => memberships.find({ where: { teamId: In([...ids]) }, order: { volunteerId: 'ASC' } }),
      (m) => m.teamId,
      options,
    ),
    membershipsByVolunteerId: groupedLoader<number, TeamMembership>(
      (ids) => memberships.find({ where: { volunteerId: In([...ids]) }, order: { teamId: 'ASC' } }),
      (m) => m.volunteerId,
      options,
    ),
  };
}
