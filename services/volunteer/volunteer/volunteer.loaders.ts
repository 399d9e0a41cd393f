import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { TeamMembership, Volunteer } from './volunteer.entity';

export function createVolunteerLoaders(ds: DataSource, options: LoaderOptions) {
  const volunteers = ds.getRepository(Volunteer);
  const memberships = ds.getRepository(TeamMembership);
  return {
    volunteerById: rowBy(volunteers, 'id', options),
    membershipsByTeamId: rowsBy(memberships, 'teamId', options, { volunteerId: 'ASC' }),
    membershipsByVolunteerId: rowsBy(memberships, 'volunteerId', options, { teamId: 'ASC' }),
  };
}
